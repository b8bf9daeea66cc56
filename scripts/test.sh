#!/usr/bin/env bash
# Every ActLab test, in dependency order: the C++ core natively (plain, ASan+UBSan, SIMD off), the same
# suite in WebAssembly under Node, the libFuzzer targets (time-bounded), native-vs-WASM agreement, then
# the web side (typecheck, lint, vitest, build, Chromium).
# Prints one line per step and a closing "N passed, N failed" line. Exit status 0 only if all pass.
# Two cores: a single-threaded step runs in the background beside the next ones (its output is printed
# when it is joined). The WASM soak (one core, ~4 min) starts once the WASM build is done and is joined
# before the browser tests, which must have the machine to themselves; eslint runs beside tsc.
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
preset() {  # preset NAME [TARGET...]: configure, build (only TARGETs if given) and test one CMake preset
  local name=$1; shift
  cmake --preset "$name" >/dev/null && cmake --build --preset "$name" ${1:+--target "$@"} -- -j2 &&
    ctest --preset "$name"
}
mkdir -p build/steps
trap 'kill $(jobs -p) 2>/dev/null' EXIT   # an interrupted run leaves no background step behind
declare -A bg_pid bg_t0
bg_log() { echo "build/steps/$(echo "$1" | tr -c 'A-Za-z0-9\n' '_').log"; }
bg_start() {  # bg_start NAME CMD...: starts a step in the background, its output to a log
  local name=$1; shift
  echo "::: $name (started in the background)"
  bg_t0[$name]=$SECONDS
  "$@" >"$(bg_log "$name")" 2>&1 &
  bg_pid[$name]=$!
}
bg_join() {  # bg_join NAME: waits for a background step, prints its output, counts it like step()
  local name=$1 rc=0
  wait "${bg_pid[$name]}" || rc=$?
  echo "::: $name (joined)"
  cat "$(bg_log "$name")"
  if [ "$rc" -eq 0 ]; then
    passed=$((passed + 1)); echo "::: $name: ok ($((SECONDS - bg_t0[$name])) s)"
  else
    failed=$((failed + 1)); failures+=("$name"); echo "::: $name: FAILED ($((SECONDS - bg_t0[$name])) s)"
  fi
}

step "C++ format (clang-format)" scripts/format.sh --check-cpp   # .clang-format; tables sit in clang-format off/on
step "core native"            preset native
# What their ctest runs: the gtest suite and the CLI (the benchmarks are compiled by `native` only).
step "core native-asan"       preset native-asan actlab_tests actlab
step "core native-scalar"     preset native-scalar actlab_tests actlab
step "core wasm (node)"       preset wasm
bg_start "web soak (vitest)"  npx vitest run --config tests/web/vitest.config.ts tests/web/soak.test.ts
step "add-activation recipe"  node scripts/check-add-activation.mjs   # README's five files, in a scratch copy
step "fuzz (libFuzzer, 15 s each)" scripts/fuzz.sh 15   # corpus replay, then bounded fuzzing
step "native vs wasm"         node tests/cli/cross_check.mjs build/native/actlab build/wasm/actlab.js
step "bench code (no timing)" node --test bench/js/
bg_start "web lint (eslint)"  npm run --silent lint       # + prettier --check
step "web typecheck (tsc)"    npm run --silent typecheck
bg_join "web lint (eslint)"
step "web unit (vitest)"      npx vitest run --config tests/web/vitest.config.ts --exclude tests/web/soak.test.ts
bg_join "web soak (vitest)"   # npm run test:web = these two steps
step "web e2e (chromium)"     npm run --silent test:e2e   # builds dist/ first; two files at a time, worker-death alone

echo
[ ${#failures[@]} -eq 0 ] || echo "failed steps: ${failures[*]}"
echo "steps: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
