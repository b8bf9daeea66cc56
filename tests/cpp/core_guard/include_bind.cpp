// Probe (tests/cpp/CMakeLists.txt): a core file that includes embind must not compile.
#include <emscripten/bind.h>

#include "core/activations.h"

int probe() { return 0; }
