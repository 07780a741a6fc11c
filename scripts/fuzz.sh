#!/usr/bin/env bash
# Fuzzes resolint::check and resolint::apply_fixes with libFuzzer (cargo fuzz), seeded from
# tests/fixtures and tests/corpus. Not part of scripts/test.sh: installing cargo-fuzz and building
# the instrumented target takes minutes on a fresh machine; CI runs the property tests instead.
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
exec cargo fuzz run -O check corpus/check ../tests/fixtures/en ../tests/fixtures/zh ../tests/corpus/en ../tests/corpus/zh \
  -- -max_len=4096 -max_total_time="$seconds" -timeout=10 -print_final_stats=1
