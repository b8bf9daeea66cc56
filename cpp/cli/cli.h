// cli.h — what the `actlab` commands share: exit statuses, option splitting, strict number parsing.
// The CLI parses and prints; every number it shows is computed by the core.
//
// Errors follow the core's convention: functions return "" or a one-line message, and main() prints
// it once as "actlab: <message>" with exit status 2. Nothing throws (the wasm build has no exceptions).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace actlab::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitCheckFailed = 1;  // gradcheck above tolerance
inline constexpr int kExitUsage = 2;        // bad input of any kind
inline constexpr int kExitDiverged = 3;     // training diverged

// Prints "actlab: <message>" on stderr; returns kExitUsage.
int usage_error(const std::string& message);

// Command-line options after the command word: `--name value`, `--name=value`, or a bare `--name`
// for the switches a command declares. Names are stored with '_' for '-' (so --train-ratio and
// --train_ratio are one flag, and activation parameters may be spelt --negative-slope).
struct Option {
  std::string name;   // normalised, without the leading "--"
  std::string value;  // "" for switches
  bool is_switch = false;
};
struct Options {
  std::vector<std::string> positional;
  std::vector<Option> flags;  // in command-line order; a repeated flag: the last one wins
  bool help = false;          // --help / -h seen
};
std::string split_options(int argc, char** argv, int first, const std::vector<std::string>& switches,
                          Options* out);
std::string normalise_flag(const std::string& name);  // "train-ratio" -> "train_ratio"

// Strict parsers: the whole text must be the number (strtod/strtoll end pointer), finite, and for
// integers representable. `what` names the flag or input in the message.
std::string parse_double(const std::string& what, const std::string& text, double* out);
std::string parse_float(const std::string& what, const std::string& text, float* out);
std::string parse_int(const std::string& what, const std::string& text, long long lo, long long hi, int* out);
std::string parse_u64(const std::string& what, const std::string& text, uint64_t* out);
// A number that may also be inf, -inf or nan (stdin of `eval`).
std::string parse_any_double(const std::string& what, const std::string& text, double* out);

// A user's text inside a message: shortened to 40 characters and control characters made spaces, so
// the message stays one readable line (found by tests/fuzz/fuzz_cli_args). quoted() adds '…'.
std::string printable(const std::string& text);
std::string quoted(const std::string& text);

// "a, b, c"
std::string join(const std::vector<std::string>& items, const char* sep = ", ");
// Comma-separated list; "" gives no items.
std::vector<std::string> split_commas(const std::string& text);

// The catalogue's activation names, in order (for "allowed: ..." messages).
std::string activation_names();

// Commands. argv[first] is the first argument after the command word.
int cmd_list(int argc, char** argv, int first);
int cmd_eval(int argc, char** argv, int first);
int cmd_train(int argc, char** argv, int first);
int cmd_gradcheck(int argc, char** argv, int first);
int cmd_bench(int argc, char** argv, int first);
int cmd_export(int argc, char** argv, int first);
int cmd_help(const std::string& topic);

}  // namespace actlab::cli
