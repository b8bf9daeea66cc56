// range_error.h — the one wording of a configuration error, shared by validate() (config.cpp) and
// make_dataset() (dataset.cpp): "<field> = <value> is not allowed (allowed: <values or range>)".
// Internal to the core; every check is written so that NaN fails it.
#pragma once

#include <cstdio>
#include <string>

namespace actlab {

// An allowed range of a configuration number: min <= v <= max (min < v when min_open). The tables
// of them (config.h, dataset.h) are the only place a range is written: validate(), make_dataset()
// and the UI's link codec (embind rules()) all read them.
struct Range {
  double min, max;
  bool min_open = false;
};

}  // namespace actlab

namespace actlab::detail {

inline std::string fmt_number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

inline std::string not_allowed(const std::string& field, const std::string& value,
                               const std::string& allowed) {
  return field + " = " + value + " is not allowed (allowed: " + allowed + ")";
}

// lo <= v <= hi, "" when it holds.
inline std::string check_closed(const std::string& field, double v, double lo, double hi) {
  return v >= lo && v <= hi ? ""
                            : not_allowed(field, fmt_number(v), fmt_number(lo) + " .. " + fmt_number(hi));
}

// v inside r (NaN fails).
inline std::string check_range(const std::string& field, double v, const Range& r) {
  if (!r.min_open) return check_closed(field, v, r.min, r.max);
  return v > r.min && v <= r.max
             ? ""
             : not_allowed(field, fmt_number(v), fmt_number(r.min) + " < value <= " + fmt_number(r.max));
}

inline std::string check_int(const std::string& field, long long v, long long lo, long long hi) {
  return v >= lo && v <= hi
             ? ""
             : not_allowed(field, std::to_string(v), std::to_string(lo) + " .. " + std::to_string(hi));
}

}  // namespace actlab::detail
