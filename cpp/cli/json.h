// json.h — a minimal JSON writer for the CLI's line-delimited output. Numbers that JSON cannot hold
// (NaN, ±Inf) are written as null; floats get %.9g (round-trips a float exactly).
#pragma once

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

namespace actlab::cli {

class Json {
 public:
  Json& begin_object() { return open('{'); }
  Json& end_object() { return close('}'); }
  Json& begin_array() { return open('['); }
  Json& end_array() { return close(']'); }

  Json& key(const char* k) {
    comma();
    quote(k);
    s_ += ':';
    after_key_ = true;
    return *this;
  }
  Json& num(double v, int digits = 9) {
    comma();
    if (!std::isfinite(v)) {
      s_ += "null";
    } else {
      char buf[40];
      std::snprintf(buf, sizeof buf, "%.*g", digits, v);
      s_ += buf;
    }
    return *this;
  }
  Json& integer(long long v) {
    comma();
    s_ += std::to_string(v);
    return *this;
  }
  Json& boolean(bool v) {
    comma();
    s_ += v ? "true" : "false";
    return *this;
  }
  Json& str(const std::string& v) {
    comma();
    quote(v);
    return *this;
  }
  Json& null() {
    comma();
    s_ += "null";
    return *this;
  }
  // Shorthands for "key": value.
  Json& field(const char* k, double v) { return key(k).num(v); }
  Json& field_int(const char* k, long long v) { return key(k).integer(v); }
  Json& field_bool(const char* k, bool v) { return key(k).boolean(v); }
  Json& field_str(const char* k, const std::string& v) { return key(k).str(v); }

  const std::string& text() const { return s_; }

 private:
  Json& open(char c) {
    comma();
    s_ += c;
    first_.push_back(true);
    return *this;
  }
  Json& close(char c) {
    s_ += c;
    first_.pop_back();
    return *this;
  }
  // Separator before a value or key: none after a key or as the first item of a container.
  void comma() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (!first_.empty()) {
      if (!first_.back()) s_ += ',';
      first_.back() = false;
    }
  }
  void quote(const std::string& v) {
    s_ += '"';
    for (const char ch : v) {
      const unsigned char c = static_cast<unsigned char>(ch);
      if (c == '"' || c == '\\') {
        s_ += '\\';
        s_ += ch;
      } else if (c == '\n') {
        s_ += "\\n";
      } else if (c < 0x20) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        s_ += buf;
      } else {
        s_ += ch;  // UTF-8 passes through
      }
    }
    s_ += '"';
  }

  std::string s_;
  std::vector<bool> first_;
  bool after_key_ = false;
};

}  // namespace actlab::cli
