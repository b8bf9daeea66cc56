// args.cpp — option splitting and strict number parsing for the CLI.
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>

#include "cli.h"
#include "core/activations.h"

namespace actlab::cli {

int usage_error(const std::string& message) {
  std::string line = message;  // one line whatever a caller echoed (the messages quote with printable())
  for (char& c : line) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  std::fprintf(stderr, "actlab: %s\n", line.c_str());
  return kExitUsage;
}

std::string normalise_flag(const std::string& name) {
  std::string n = name;
  for (char& c : n) {
    if (c == '-') c = '_';
  }
  return n;
}

namespace {
bool looks_numeric(const std::string& a) {
  return a.size() > 1 && a[0] == '-' && (std::isdigit(static_cast<unsigned char>(a[1])) || a[1] == '.');
}
}  // namespace

std::string printable(const std::string& text) {
  std::string t = text.size() > 40 ? text.substr(0, 40) + "..." : text;
  for (char& c : t) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
  }
  return t;
}

std::string quoted(const std::string& text) { return "'" + printable(text) + "'"; }

std::string split_options(int argc, char** argv, int first, const std::vector<std::string>& switches,
                          Options* out) {
  for (int i = first; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--help" || a == "-h") {
      out->help = true;
    } else if (a.rfind("--", 0) == 0 && a.size() > 2) {
      Option o;
      const size_t eq = a.find('=');
      o.name = normalise_flag(a.substr(2, eq == std::string::npos ? std::string::npos : eq - 2));
      bool is_switch = false;
      for (const std::string& s : switches) is_switch = is_switch || normalise_flag(s) == o.name;
      if (is_switch) {
        if (eq != std::string::npos) return "flag --" + printable(a.substr(2, eq - 2)) + " takes no value";
        o.is_switch = true;
      } else if (eq != std::string::npos) {
        o.value = a.substr(eq + 1);
      } else if (i + 1 < argc) {
        o.value = argv[++i];
      } else {
        return "missing value for " + printable(a);
      }
      out->flags.push_back(o);
    } else if (a.size() > 1 && a[0] == '-' && !looks_numeric(a)) {
      return "unknown option " + quoted(a) + " (flags are written --name VALUE; see actlab --help)";
    } else {
      out->positional.push_back(a);
    }
  }
  return "";
}

std::string parse_any_double(const std::string& what, const std::string& text, double* out) {
  const char* s = text.c_str();
  char* end = nullptr;
  errno = 0;
  const double v = std::strtod(s, &end);
  if (text.empty() || end == s || *end != '\0') return what + ": " + quoted(text) + " is not a number";
  // strtod sets ERANGE for underflow too; only an overflow to ±HUGE_VAL from finite text is an error.
  if (errno == ERANGE && std::isinf(v)) return what + ": " + quoted(text) + " is too large";
  *out = v;
  return "";
}

std::string parse_double(const std::string& what, const std::string& text, double* out) {
  double v = 0;
  if (auto e = parse_any_double(what, text, &v); !e.empty()) return e;
  if (!std::isfinite(v)) return what + ": " + quoted(text) + " is not a finite number";
  *out = v;
  return "";
}

std::string parse_float(const std::string& what, const std::string& text, float* out) {
  double v = 0;
  if (auto e = parse_double(what, text, &v); !e.empty()) return e;
  if (std::fabs(v) > std::numeric_limits<float>::max()) return what + ": " + quoted(text) + " is too large";
  *out = static_cast<float>(v);
  return "";
}

std::string parse_int(const std::string& what, const std::string& text, long long lo, long long hi,
                      int* out) {
  const char* s = text.c_str();
  char* end = nullptr;
  errno = 0;
  const long long v = std::strtoll(s, &end, 10);
  if (text.empty() || end == s || *end != '\0') return what + ": " + quoted(text) + " is not an integer";
  if (errno == ERANGE || v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max()) {
    return what + ": " + quoted(text) + " is too large";
  }
  if (v < lo || v > hi) {
    return what + ": " + quoted(text) + " is out of range (allowed: " + std::to_string(lo) + " .. " +
           std::to_string(hi) + ")";
  }
  *out = static_cast<int>(v);
  return "";
}

std::string parse_u64(const std::string& what, const std::string& text, uint64_t* out) {
  const char* s = text.c_str();
  char* end = nullptr;
  errno = 0;
  const unsigned long long v = std::strtoull(s, &end, 10);
  if (text.empty() || end == s || *end != '\0' || text[0] == '-' || text[0] == '+' ||
      std::isspace(static_cast<unsigned char>(text[0]))) {
    return what + ": " + quoted(text) + " is not a non-negative integer";
  }
  if (errno == ERANGE) return what + ": " + quoted(text) + " is out of range (allowed: 0 .. 2^64-1)";
  *out = static_cast<uint64_t>(v);
  return "";
}

std::string join(const std::vector<std::string>& items, const char* sep) {
  std::string s;
  for (size_t i = 0; i < items.size(); ++i) s += (i ? sep : "") + items[i];
  return s;
}

std::vector<std::string> split_commas(const std::string& text) {
  std::vector<std::string> items;
  if (text.empty()) return items;
  size_t start = 0;
  while (true) {
    const size_t comma = text.find(',', start);
    items.push_back(text.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return items;
}

std::string activation_names() {
  std::vector<std::string> names;
  for (int i = 0; i < kNumActs; ++i) names.push_back(act_catalogue()[i].name);
  names.push_back("formula");  // with --formula EXPR (formula.h)
  return join(names);
}

}  // namespace actlab::cli
