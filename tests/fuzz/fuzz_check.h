// fuzz_check.h — what every fuzz target asserts besides "no sanitizer report": a failed property
// prints the input's finding and aborts, which libFuzzer records as a crash (and saves the input).
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>

namespace actlab::fuzz {

[[noreturn]] inline void fail(const char* property, const std::string& detail) {
  std::fprintf(stderr, "fuzz property failed: %s\n  %s\n", property, detail.c_str());
  std::abort();
}

// The project's rule for bad input: one clear line. Empty means "accepted".
inline void check_one_line(const char* where, const std::string& error) {
  if (error.find_first_of("\n\r") != std::string::npos)
    fail("error message is one line", where + (": " + error));
  // The longest legitimate message lists every flag of `train` and the chosen activations' parameters.
  if (error.size() > 1500) fail("error message is short", where + (": " + error.substr(0, 200) + "..."));
}

}  // namespace actlab::fuzz
