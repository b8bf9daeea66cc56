#!/usr/bin/env bash
# Builds the libFuzzer targets (CMake preset `fuzz`: clang, ASan + UBSan), replays every committed seed
# corpus once (the regression tests), then fuzzes each target tests/fuzz/fuzz_*.cpp for SECONDS.
#   scripts/fuzz.sh            20 s per target (`npm test` runs scripts/fuzz.sh 15)
#   scripts/fuzz.sh 3600       an hour per target, by hand
#   scripts/fuzz.sh 600 fuzz_cli_args    one target
# New inputs go to build/fuzz/work/<target>/ (kept between runs, never committed); a crash is saved as
# build/fuzz/artifacts/<target>-crash-<sha1>, with the command that reproduces it.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
only=${2:-}

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -- -j2 | grep -v '^\[' || true
cmake --build --preset fuzz -- -j2 >/dev/null  # fails the script when the build fails
ctest --preset fuzz

status=0
for src in tests/fuzz/fuzz_*.cpp; do
  target=$(basename "$src" .cpp)
  [ -z "$only" ] || [ "$only" = "$target" ] || continue
  exe=build/fuzz/tests/fuzz/$target
  seeds=tests/fuzz/corpus/$target
  work=build/fuzz/work/$target
  mkdir -p "$work" "$seeds" build/fuzz/artifacts
  log=build/fuzz/$target.log
  # -timeout: an input slower than 10 s is a finding too; -rss_limit_mb guards against runaway allocation.
  if "$exe" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="build/fuzz/artifacts/$target-" "$work" "$seeds" >"$log" 2>&1; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    echo "fuzz: $target: $runs inputs in $seconds s, no finding (corpus: $(ls "$work" | wc -l) new + $(ls "$seeds" | wc -l) seeds)"
  else
    status=1
    echo "fuzz: $target: FINDING — last lines of $log:"
    grep -E 'fuzz property failed|ERROR|SUMMARY|runtime error|Test unit written' "$log" | head -8
    echo "  reproduce: $exe build/fuzz/artifacts/$target-crash-*  (fix it, then commit the input to $seeds/)"
  fi
done
exit $status
