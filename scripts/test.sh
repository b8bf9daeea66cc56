#!/usr/bin/env bash
# Every ActLab test, in dependency order: the C++ core natively (plain, ASan+UBSan, SIMD off), the same
# suite in WebAssembly under Node, the libFuzzer targets (time-bounded), native-vs-WASM agreement, then
# the web side (typecheck, lint, vitest, build, Chromium).
# Prints one line per step and a closing "N passed, N failed" line. Exit status 0 only if all pass.
set -uo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs   # Emscripten 3.1.6 links need Debian's acorn (TOOLCHAIN.md)

passed=0; failed=0; failures=()
step() {
  local name=$1; shift
  echo "::: $name"
  local t0=$SECONDS
  if "$@"; then
    passed=$((passed + 1)); echo "::: $name: ok ($((SECONDS - t0)) s)"
  else
    failed=$((failed + 1)); failures+=("$name"); echo "::: $name: FAILED ($((SECONDS - t0)) s)"
  fi
}
preset() {  # configure, build and test one CMake preset
  cmake --preset "$1" >/dev/null && cmake --build --preset "$1" -- -j2 && ctest --preset "$1"
}

step "core native"            preset native
step "core native-asan"       preset native-asan
step "core native-scalar"     preset native-scalar
step "core wasm (node)"       preset wasm
step "add-activation recipe"  node scripts/check-add-activation.mjs   # README's five files, in a scratch copy
step "fuzz (libFuzzer, 15 s each)" scripts/fuzz.sh 15   # corpus replay, then bounded fuzzing
step "native vs wasm"         node tests/cli/cross_check.mjs build/native/actlab build/wasm/actlab.js
step "bench code (no timing)" node --test bench/js/
step "web typecheck (tsc)"    npm run --silent typecheck
step "web lint (eslint)"      npm run --silent lint       # + prettier --check
step "web unit (vitest)"      npm run --silent test:web
step "web e2e (chromium)"     npm run --silent test:e2e   # builds dist/ first

echo
[ ${#failures[@]} -eq 0 ] || echo "failed steps: ${failures[*]}"
echo "steps: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
