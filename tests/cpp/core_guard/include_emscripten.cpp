// Probe (tests/cpp/CMakeLists.txt): a core file that includes <emscripten.h> must not compile.
#include <emscripten.h>
#include "core/activations.h"

int probe() { return 0; }
