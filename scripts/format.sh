#!/usr/bin/env bash
# The formatters, configured once: clang-format (.clang-format) for C++, Prettier (.prettierrc.json) for
# TypeScript, CSS, HTML and the .mjs scripts. `scripts/format.sh` rewrites; `--check` only reports;
# `--check-cpp` reports on the C++ alone (npm test's C++ step; its lint step runs prettier --check).
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-}
cpp=$(git ls-files 'cpp/*.cpp' 'cpp/*.h' 'tests/*.cpp' 'tests/*.h' 'bench/*.cpp')
web=(web tests bench vite.config.ts eslint.config.js)
if [ "$mode" = "--check-cpp" ]; then
  clang-format --dry-run -Werror $cpp
elif [ "$mode" = "--check" ]; then
  clang-format --dry-run -Werror $cpp
  npx prettier --check --log-level warn "${web[@]}"
else
  clang-format -i $cpp
  npx prettier --write --log-level warn "${web[@]}"
fi
