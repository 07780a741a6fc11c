#!/usr/bin/env bash
# "Run every test": installs what is missing (Rust wasm target, wasm-bindgen-cli, npm packages,
# Debian's chromium and fonts), builds the web build, then runs
#   cargo fmt --check · cargo clippy (host, all targets; and the wasm glue) · cargo test ·
#   a 60-second libFuzzer run (scripts/fuzz.sh) · node --test pkg-tests/ (the package in Node, then the pages in headless chromium).
# Every step runs; the summary lists the ones that failed and the exit status is non-zero if any did.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

scripts/setup.sh --browser || exit 1

failed=()
step() {
  local name="$1"; shift
  printf '\n\033[1;34m==> %s\033[0m\n' "$name"
  if "$@"; then printf '\033[1;32m--> ok: %s\033[0m\n' "$name"; else failed+=("$name"); printf '\033[1;31m--> FAILED: %s\033[0m\n' "$name"; fi
}

step "build the web build (dist/)" scripts/build.sh
step "build the CLI (for the parity test)" cargo build --release --bin resolint
step "cargo fmt --check" cargo fmt --check
step "cargo clippy --all-targets -- -D warnings" cargo clippy --all-targets -- -D warnings
step "cargo clippy (wasm32 glue) -- -D warnings" cargo clippy --lib --target wasm32-unknown-unknown -- -D warnings
step "cargo test" cargo test
step "fuzz check/applyFixes for 60 s (scripts/fuzz.sh)" scripts/fuzz.sh 60
if [ -f dist/resolint_core.js ]; then
  mkdir -p test-output
  step "node --test pkg-tests/" node --test pkg-tests/
else
  failed+=("node --test pkg-tests/ (not run: no build)")
fi

echo
if [ "${#failed[@]}" -eq 0 ]; then
  printf '\033[1;32mAll tests passed.\033[0m Screenshots: %s/test-output/\n' "$PWD"
else
  printf '\033[1;31m%d step(s) failed:\033[0m\n' "${#failed[@]}"
  printf '  - %s\n' "${failed[@]}"
  exit 1
fi
