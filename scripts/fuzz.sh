#!/usr/bin/env bash
# Fuzzes resolint::check and resolint::apply_fixes with libFuzzer (cargo fuzz), seeded from
# tests/fixtures and tests/corpus. scripts/test.sh runs it for 60 seconds (installing cargo-fuzz
# and building the instrumented target takes minutes on a fresh machine, once); the long run
# is this script with a longer time.
# Usage: scripts/fuzz.sh [SECONDS]   (default 900; new inputs go to fuzz/corpus/check/, crashes to
#        fuzz/artifacts/check/ — turn each into a regression test in tests/robustness.rs)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
seconds="${1:-900}"
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "==> installing cargo-fuzz (once, a few minutes)" >&2
  cargo install cargo-fuzz
fi
# cargo fuzz passes -Z flags (AddressSanitizer, coverage); the stable toolchain accepts them so.
export RUSTC_BOOTSTRAP=1
mkdir -p fuzz/corpus/check
cd fuzz
seeds=()
for d in ../tests/fixtures/* ../tests/corpus/*; do
  [ -d "$d" ] && seeds+=("$d")
done
exec cargo fuzz run -O check corpus/check "${seeds[@]}" \
  -- -max_len=4096 -max_total_time="$seconds" -timeout=10 -print_final_stats=1
