// Probe (tests/cpp/CMakeLists.txt): a core file with an Emscripten-only branch must not compile.
#include "core/activations.h"

#if defined(__EMSCRIPTEN__)
int probe() { return 1; }
#else
int probe() { return 0; }
#endif
