#!/usr/bin/env bash
# The benchmark harness of issue 4 (not part of the test command). Builds what it needs, then measures:
#   native throughput (cargo bench --bench throughput), WASM validate vs validateFloor in Node, scaling,
#   harper.js on the same English text, start-up (Node; Chromium from file://), typing latency in the
#   widget (Chromium), the .wasm's and the offline file's sizes, and peak WASM memory.
# Prints the tables and writes bench-results/latest.json + latest.md (and bench-results/runs/<time>.json).
# Takes about 6 minutes on a 2-core machine. Usage: bash scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
say() { printf '\033[1;34m==>\033[0m %s\n' "$*" >&2; }

scripts/setup.sh --browser
scripts/build.sh

# The peer, for the benchmark only (bench/package.json + its lock file; never needed by the tests).
if [ ! -f bench/node_modules/.package-lock.json ] || [ bench/package-lock.json -nt bench/node_modules/.package-lock.json ]; then
  say "installing the benchmark's npm packages (harper.js) into bench/node_modules"
  (cd bench && npm ci --no-audit --no-fund) || say "warning: could not install harper.js: the peer is left out of this run"
fi

tmp=target/bench-tmp
mkdir -p "$tmp"
say "the drafts: 10 KB, 100 KB, 1 MB, 10 MB (and 150 KB for typing), English and Chinese"
node bench/inputs.mjs target/bench-inputs > "$tmp/inputs.json"

say "native: cargo bench --bench throughput"
cargo bench --bench throughput -- target/bench-inputs > "$tmp/native.json"

say "WASM in Node: throughput, floor, memory, harper.js, start-up, size"
node bench/node-bench.mjs target/bench-inputs "$tmp/node.json"

say "headless Chromium: start-up from file://, typing"
node bench/browser-bench.mjs target/bench-inputs "$tmp/browser.json" || say "warning: the browser part failed"

say "results (also in bench-results/latest.md and latest.json)"
node bench/report.mjs "$tmp/native.json" "$tmp/node.json" "$tmp/browser.json"
