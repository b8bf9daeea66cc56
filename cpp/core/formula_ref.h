// formula_ref.h — internal to the formula library: one instruction in plain scalar libm arithmetic
// (tier 2), value and tangent side by side. Used by formula_ref<T> (the gradient check's double
// network), by the compiler's constant folding, and by the kink query.
#pragma once

#include <cmath>
#include <limits>

#include "formula.h"

namespace actlab::fdetail {

template <class T> inline T sigmoid_s(T a) {
  if (a >= 0) return T(1) / (T(1) + std::exp(-a));
  const T e = std::exp(a);
  return e / (T(1) + e);
}
template <class T> inline T softplus_s(T a) {
  return std::isnan(a) ? a : std::max(a, T(0)) + std::log1p(std::exp(-std::fabs(a)));
}
// min/max with NaN in either argument giving NaN; the first argument wins a tie.
template <class T> inline T min_s(T a, T b) {
  return std::isnan(a) || std::isnan(b) ? a + b : (a <= b ? a : b);
}
template <class T> inline T max_s(T a, T b) {
  return std::isnan(a) || std::isnan(b) ? a + b : (a >= b ? a : b);
}
// u^n for a constant integer n (|n| <= 64), by repeated squaring (defined for negative u).
template <class T> inline T powi_s(T a, int n) {
  unsigned m = static_cast<unsigned>(n < 0 ? -n : n);
  T r = T(1), p = a;
  while (m) {
    if (m & 1u) r *= p;
    p *= p;
    m >>= 1;
  }
  return n < 0 ? T(1) / r : r;
}

// Value of one instruction from its operand values a, b (leaves are handled by the caller).
template <class T> inline T ref_value(const FInstr& in, T a, T b) {
  switch (in.op) {
    case FOp::neg: return -a;
    case FOp::add: return a + b;
    case FOp::sub: return a - b;
    case FOp::mul: return a * b;
    case FOp::div: return a / b;
    case FOp::pow: return in.ipow ? powi_s(a, static_cast<int>(in.c)) : std::pow(a, b);
    case FOp::exp: return std::exp(a);
    case FOp::log: return std::log(a);
    case FOp::log1p: return std::log1p(a);
    case FOp::sqrt: return std::sqrt(a);
    case FOp::abs: return std::fabs(a);
    case FOp::sin: return std::sin(a);
    case FOp::cos: return std::cos(a);
    case FOp::tan: return std::tan(a);
    case FOp::tanh: return std::tanh(a);
    case FOp::sigmoid: return sigmoid_s(a);
    case FOp::softplus: return softplus_s(a);
    case FOp::erf: return std::erf(a);
    case FOp::min: return min_s(a, b);
    case FOp::max: return max_s(a, b);
    case FOp::step: return std::isnan(a) ? a : (a > 0 ? T(1) : T(0));
    default: return std::numeric_limits<T>::quiet_NaN();
  }
}

// Tangent of one instruction: d(result) from the operand values a, b, the result v and the operand
// tangents ta, tb (forward mode). b_varies: b is not a constant (pow's exponent term).
template <class T> inline T ref_tangent(const FInstr& in, T a, T b, T v, T ta, T tb, bool b_varies) {
  switch (in.op) {
    case FOp::neg: return -ta;
    case FOp::add: return ta + tb;
    case FOp::sub: return ta - tb;
    case FOp::mul: return ta * b + a * tb;
    case FOp::div: return (ta - v * tb) / b;
    case FOp::pow: {
      if (in.ipow) {
        const int n = static_cast<int>(in.c);
        return n == 0 ? T(0) : T(n) * powi_s(a, n - 1) * ta;
      }
      T t = ta == T(0) ? T(0) : b * std::pow(a, b - T(1)) * ta;
      if (b_varies && tb != T(0)) t += v * std::log(a) * tb;
      return t;
    }
    case FOp::exp: return v * ta;
    case FOp::log: return ta / a;
    case FOp::log1p: return ta / (T(1) + a);
    case FOp::sqrt: return ta == T(0) ? T(0) : T(0.5) * ta / v;
    case FOp::abs: return a > 0 ? ta : (a < 0 ? -ta : T(0));
    case FOp::sin: return std::cos(a) * ta;
    case FOp::cos: return -std::sin(a) * ta;
    case FOp::tan: {
      const T c = std::cos(a);
      return ta / (c * c);
    }
    case FOp::tanh: return (T(1) - v * v) * ta;
    case FOp::sigmoid: return sigmoid_s(a) * sigmoid_s(-a) * ta;
    case FOp::softplus: return sigmoid_s(a) * ta;
    case FOp::erf: return T(1.1283791670955125739) * std::exp(-a * a) * ta;  // 2/sqrt(pi)
    case FOp::min: return (std::isnan(a) || std::isnan(b)) ? a + b : (a <= b ? ta : tb);
    case FOp::max: return (std::isnan(a) || std::isnan(b)) ? a + b : (a >= b ? ta : tb);
    case FOp::step: return std::isnan(a) ? a : T(0);
    default: return std::numeric_limits<T>::quiet_NaN();
  }
}

// Whether an instruction has a unary operand only.
inline bool is_unary(FOp op) {
  return op == FOp::neg || (op >= FOp::exp && op <= FOp::erf) || op == FOp::step;
}
inline bool is_leaf(FOp op) {
  return op == FOp::konst || op == FOp::var_x || op == FOp::var_y || op == FOp::param;
}

}  // namespace actlab::fdetail
