#!/usr/bin/env bash
# Installs what ActLab needs and is missing on a Debian 12 machine, then the npm packages.
# Idempotent: a second run installs nothing. Needs root (or sudo) only when a Debian package is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
have() { command -v "$1" >/dev/null 2>&1; }
have g++          || need+=(g++)
have cmake        || need+=(cmake)
have ninja        || need+=(ninja-build)
have emcc         || need+=(emscripten)
have wasm-objdump || need+=(wabt)
have chromium     || need+=(chromium)
[ -d /usr/src/googletest ] || need+=(googletest)
# The native presets link Debian's prebuilt GoogleTest instead of compiling it (Emscripten uses the sources).
dpkg -s libgtest-dev >/dev/null 2>&1 || need+=(libgtest-dev)
[ -f /usr/include/benchmark/benchmark.h ] || need+=(libbenchmark-dev)
# The libFuzzer targets (scripts/fuzz.sh): clang 14 and its runtime (libFuzzer, ASan, UBSan,
# FuzzedDataProvider.h), which --no-install-recommends would otherwise leave out.
have clang++ || need+=(clang)
dpkg -s libclang-rt-14-dev >/dev/null 2>&1 || need+=(libclang-rt-14-dev)
# The C++ format check (scripts/format.sh --check-cpp): Debian's clang-format 14.
have clang-format || need+=(clang-format)
# Korean UI text in headless screenshots needs a CJK font. (dpkg, not `fc-list | grep -q`: grep's
# early exit makes fc-list die of SIGPIPE, which pipefail reports as failure.)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need+=(fonts-noto-cjk)
# tests/cli/export_test.mjs runs the exported Python scripts with Debian's /usr/bin/python3.
dpkg -s python3-numpy >/dev/null 2>&1 || need+=(python3-numpy)
dpkg -s python3-torch >/dev/null 2>&1 || need+=(python3-torch)

if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${need[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

if ! have node || ! node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>20||(a===20&&b>=19)?0:1)'; then
  echo "setup: Node.js >= 20.19 is required (found: $(node --version 2>/dev/null || echo none))" >&2
  exit 1
fi

# npm ci when node_modules is missing or older than the lock file.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi
echo "setup: ready"
