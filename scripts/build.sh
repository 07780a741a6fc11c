#!/usr/bin/env bash
# Builds the web build into dist/: the core compiled to WebAssembly, its wasm-bindgen glue
# (optimised with binaryen's wasm-opt from node_modules), the widget, the pages and the
# single-file offline page. Run scripts/setup.sh first (serve.sh and test.sh do).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
say() { printf '\033[1;34m==>\033[0m %s\n' "$*" >&2; }

say "cargo build --release --lib --target wasm32-unknown-unknown"
cargo build --release --lib --target wasm32-unknown-unknown

out=target/resolint-web
mkdir -p "$out/pkg"
say "wasm-bindgen --target web"
wasm-bindgen --target web --out-dir "$out/pkg" --out-name resolint_core \
  "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/resolint.wasm"

# wasm-opt by path: Debian's binaryen breaks wasm-bindgen output. Skipped when its input is unchanged.
in="$out/pkg/resolint_core_bg.wasm"
opt="$out/resolint_core_bg.opt.wasm"
sum=$(sha256sum "$in" | cut -d' ' -f1)
if [ -f "$opt" ] && [ "$(cat "$opt.sha256" 2>/dev/null)" = "$sum" ]; then
  say "wasm-opt: unchanged, skipped"
else
  say "wasm-opt -Oz (binaryen from node_modules)"
  node_modules/.bin/wasm-opt -Oz "$in" -o "$opt.tmp"
  mv "$opt.tmp" "$opt"
  echo "$sum" > "$opt.sha256"
fi

say "assembling dist/"
node scripts/build-dist.mjs --pkg "$out/pkg" --wasm "$opt" --out dist
