#!/usr/bin/env bash
# "Run the page": installs what is missing, builds everything into dist/, and serves it on
# http://127.0.0.1:8080 (PORT=… to change) with the seed draft loaded.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
port="${PORT:-8080}"
printf '\n  The page:          http://127.0.0.1:%s/\n' "$port"
printf '  The widget demo:   http://127.0.0.1:%s/embed.html\n' "$port"
printf '  The offline file:  %s  (open it from disk; it needs no server and no network)\n\n' "$PWD/dist/resolint.html"
exec node scripts/server.mjs --root dist --port "$port"
