// oracle.h — tier 1: double-precision definitions of every element-wise activation, its derivative
// and its parameter derivatives, written independently of cpp/core (libm in double, textbook or
// PyTorch formulas, other formulations where there is one: sigma'(x) = sigma(x) sigma(-x),
// tanh' = 1/cosh^2, GELU through erfc). Tests only.
//
// Infinite inputs return the mathematical limits, spelled out per row below (not derived from the
// finite formulas). Finite results that leave the float range are saturated to +-FLT_MAX, which is
// the kernels' contract (ncu, swish's beta-gradient at beta ~ 0).
#pragma once

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <limits>

#include "core/activations.h"

namespace actlab::oracle {

inline constexpr double kInf = std::numeric_limits<double>::infinity();
inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
inline constexpr double kSeluAlpha = 1.6732632423543772848170429916717;
inline constexpr double kSeluScale = 1.0507009873554804934193349852946;

inline double sig(double x) { return 1.0 / (1.0 + std::exp(-x)); }  // no overflow issue in double
inline double sat(double v) { return std::min(std::max(v, -double(FLT_MAX)), double(FLT_MAX)); }
inline double sech2(double u) {
  const double c = std::cosh(u);
  return 1.0 / (c * c);
}
// PyTorch's softplus switch "beta x > threshold", evaluated as float tensors do (the product is
// rounded to float): within one ulp of the switch a double product could decide differently.
inline bool linear_softplus(const double* p, double x) {
  return static_cast<float>(x) * static_cast<float>(p[0]) > static_cast<float>(p[1]);
}
inline double Phi(double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); }
inline double phi(double x) { return std::exp(-0.5 * x * x) / std::sqrt(2.0 * M_PI); }

// clang-format off
// ---- limits at +-inf (s = +1 or -1) -------------------------------------------------------------
inline double f_limit(Act a, const double* p, int s) {
  const double inf = s * kInf;
  switch (a) {
    case Act::identity: return inf;
    case Act::elu: case Act::celu: return s > 0 ? inf : -p[0];
    case Act::selu: return s > 0 ? inf : -kSeluScale * kSeluAlpha;
    case Act::relu: case Act::gelu: case Act::gelu_tanh: case Act::silu: case Act::mish: case Act::softplus:
    case Act::hardswish:
      return s > 0 ? inf : 0.0;
    case Act::step: return s > 0 ? 1 : 0;
    case Act::threshold: return s > 0 ? inf : p[1];
    case Act::sigmoid: return s > 0 ? 1 : 0;
    case Act::tanh: case Act::softsign: return s;
    case Act::leaky_relu: case Act::prelu: return s > 0 ? inf : (p[0] == 0 ? 0.0 : -kInf * (p[0] > 0 ? 1 : -1));
    case Act::swish: return p[0] == 0 ? inf : (s * p[0] > 0 ? inf : 0.0);  // beta = 0: x/2
    case Act::hardtanh: return s > 0 ? p[1] : p[0];
    case Act::hardsigmoid: return s > 0 ? 1 : 0;
    case Act::relu6: return s > 0 ? 6 : 0;
    case Act::logsigmoid: return s > 0 ? 0.0 : -kInf;
    case Act::tanhshrink: case Act::softshrink: case Act::hardshrink: return inf;
    case Act::ncu: return -inf;
    case Act::sine: case Act::gcu: return kNaN;
    case Act::gaussian: return 0;
    case Act::centred_sigmoid: return 0.5 * s;
    default: return kNaN;
  }
}

inline double df_limit(Act a, const double* p, int s) {
  switch (a) {
    case Act::identity: case Act::tanhshrink: case Act::softshrink: case Act::hardshrink: return 1;
    case Act::step: case Act::sigmoid: case Act::tanh: case Act::softsign: case Act::hardtanh:
    case Act::hardsigmoid: case Act::relu6: case Act::gaussian: case Act::centred_sigmoid: return 0;
    case Act::threshold: case Act::relu: case Act::elu: case Act::celu: case Act::gelu: case Act::gelu_tanh:
    case Act::silu: case Act::mish: case Act::softplus: case Act::hardswish:
      return s > 0 ? 1 : 0;
    case Act::selu: return s > 0 ? kSeluScale : 0;
    case Act::leaky_relu: case Act::prelu: return s > 0 ? 1 : p[0];
    case Act::swish: return p[0] == 0 ? 0.5 : (s * p[0] > 0 ? 1 : 0);
    case Act::logsigmoid: return s > 0 ? 0 : 1;
    case Act::ncu: return -kInf;
    case Act::sine: case Act::gcu: return kNaN;
    default: return kNaN;
  }
}

inline double dp_limit(Act a, const double* p, int k, int s) {
  switch (a) {
    case Act::threshold: return k == 1 && s < 0 ? 1 : 0;
    case Act::leaky_relu: case Act::prelu: return s > 0 ? 0 : -kInf;
    case Act::elu: case Act::celu: return s > 0 ? 0 : -1;
    case Act::swish: return p[0] == 0 ? FLT_MAX : 0;  // x^2/4 saturated
    case Act::hardtanh: return k == 0 ? (s < 0 ? 1 : 0) : (s > 0 ? 1 : 0);
    case Act::softshrink: return s > 0 ? -1 : 1;
    default: return 0;  // softplus (both), hardshrink
  }
}

// ---- f ------------------------------------------------------------------------------------------
inline double f_raw(Act a, const double* p, double x) {
  if (std::isnan(x)) return x;
  if (std::isinf(x)) return f_limit(a, p, x > 0 ? 1 : -1);
  switch (a) {
    case Act::identity: return x;
    case Act::step: return x >= 0 ? 1 : 0;
    case Act::threshold: return x > p[0] ? x : p[1];
    case Act::sigmoid: return sig(x);
    case Act::tanh: return std::tanh(x);
    case Act::relu: return std::max(x, 0.0);
    case Act::leaky_relu: case Act::prelu: return x > 0 ? x : p[0] * x;
    case Act::elu: return x > 0 ? x : p[0] * std::expm1(x);
    case Act::selu: return kSeluScale * (x > 0 ? x : kSeluAlpha * std::expm1(x));
    case Act::celu: return x > 0 ? x : p[0] * std::expm1(x / p[0]);
    case Act::gelu: return x * Phi(x);
    case Act::gelu_tanh: {
      const double u = std::sqrt(2.0 / M_PI) * (x + 0.044715 * x * x * x);
      return 0.5 * x * (1.0 + std::tanh(u));
    }
    case Act::silu: return x / (1.0 + std::exp(-x));
    case Act::swish: return x / (1.0 + std::exp(-p[0] * x));
    case Act::mish: return x * std::tanh(std::log1p(std::exp(x)));
    case Act::softplus: return linear_softplus(p, x) ? x : std::log1p(std::exp(p[0] * x)) / p[0];
    case Act::softsign: return x / (1.0 + std::fabs(x));
    case Act::hardtanh: return std::min(std::max(x, p[0]), p[1]);
    case Act::hardsigmoid: return x <= -3 ? 0 : x >= 3 ? 1 : x / 6 + 0.5;
    case Act::hardswish: return x <= -3 ? 0 : x >= 3 ? x : x * (x + 3) / 6;
    case Act::relu6: return std::min(std::max(x, 0.0), 6.0);
    case Act::logsigmoid: return x < 0 ? x - std::log1p(std::exp(x)) : -std::log1p(std::exp(-x));
    case Act::tanhshrink: {
      if (std::fabs(x) < 1e-3) {  // x^3/3 - 2x^5/15 + 17x^7/315: no cancellation
        const double x2 = x * x;
        return x * x2 * (1.0 / 3 - x2 * (2.0 / 15 - x2 * 17.0 / 315));
      }
      return x - std::tanh(x);
    }
    case Act::softshrink: return x > p[0] ? x - p[0] : x < -p[0] ? x + p[0] : 0;
    case Act::hardshrink: return std::fabs(x) > p[0] ? x : 0;
    case Act::sine: return std::sin(x);
    case Act::ncu: return x - x * x * x;
    case Act::gcu: return x * std::cos(x);
    case Act::gaussian: return std::exp(-x * x);
    case Act::centred_sigmoid: return sig(x) - 0.5;
    default: return kNaN;
  }
}

// ---- f' -----------------------------------------------------------------------------------------
inline double df_raw(Act a, const double* p, double x) {
  if (std::isnan(x)) return x;
  if (std::isinf(x)) return df_limit(a, p, x > 0 ? 1 : -1);
  switch (a) {
    case Act::identity: return 1;
    case Act::step: return 0;
    case Act::threshold: return x > p[0] ? 1 : 0;
    case Act::sigmoid: return sig(x) * sig(-x);
    case Act::tanh: return sech2(x);
    case Act::relu: return x > 0 ? 1 : 0;
    case Act::leaky_relu: case Act::prelu: return x > 0 ? 1 : p[0];
    case Act::elu: return x > 0 ? 1 : p[0] * std::exp(x);
    case Act::selu: return x > 0 ? kSeluScale : kSeluScale * kSeluAlpha * std::exp(x);
    case Act::celu: return x > 0 ? 1 : std::exp(x / p[0]);
    case Act::gelu: return Phi(x) + x * phi(x);
    case Act::gelu_tanh: {
      const double b = std::sqrt(2.0 / M_PI), kappa = 0.044715;
      const double u = b * (x + kappa * x * x * x);
      return 0.5 * (1.0 + std::tanh(u)) + 0.5 * x * sech2(u) * b * (1.0 + 3.0 * kappa * x * x);
    }
    case Act::silu: return sig(x) * (1.0 + x * sig(-x));
    case Act::swish: return sig(p[0] * x) * (1.0 + p[0] * x * sig(-p[0] * x));
    case Act::mish: {
      const double sp = std::log1p(std::exp(x));
      return std::tanh(sp) + x * sig(x) * sech2(sp);
    }
    case Act::softplus: return linear_softplus(p, x) ? 1 : sig(p[0] * x);
    case Act::softsign: return 1.0 / ((1.0 + std::fabs(x)) * (1.0 + std::fabs(x)));
    case Act::hardtanh: return (x <= p[0] || x >= p[1]) ? 0 : 1;
    case Act::hardsigmoid: return (x > -3 && x < 3) ? 1.0 / 6 : 0;
    case Act::hardswish: return x <= -3 ? 0 : x < 3 ? x / 3 + 0.5 : 1;
    case Act::relu6: return (x > 0 && x < 6) ? 1 : 0;
    case Act::logsigmoid: return sig(-x);
    case Act::tanhshrink: return std::tanh(x) * std::tanh(x);
    case Act::softshrink: case Act::hardshrink: return std::fabs(x) > p[0] ? 1 : 0;
    case Act::sine: return std::cos(x);
    case Act::ncu: return 1.0 - 3.0 * x * x;
    case Act::gcu: return std::cos(x) - x * std::sin(x);
    case Act::gaussian: return -2.0 * x * std::exp(-x * x);
    case Act::centred_sigmoid: return sig(x) * sig(-x);
    default: return kNaN;
  }
}

// ---- d f / d params[k] --------------------------------------------------------------------------
inline double dp_raw(Act a, const double* p, double x, int k) {
  if (std::isnan(x)) return x;
  if (std::isinf(x)) return dp_limit(a, p, k, x > 0 ? 1 : -1);
  switch (a) {
    case Act::threshold: return k == 0 ? 0 : (x > p[0] ? 0 : 1);
    case Act::leaky_relu: case Act::prelu: return x > 0 ? 0 : x;
    case Act::elu: return x > 0 ? 0 : std::expm1(x);
    case Act::celu: {
      if (x > 0) return 0;
      const double u = x / p[0];
      return std::expm1(u) - u * std::exp(u);
    }
    case Act::swish: return x * x * sig(p[0] * x) * sig(-p[0] * x);
    case Act::softplus: {
      if (k == 1 || linear_softplus(p, x)) return 0;
      const double y = std::log1p(std::exp(p[0] * x)) / p[0];
      return (x * sig(p[0] * x) - y) / p[0];
    }
    case Act::hardtanh: return k == 0 ? (x <= p[0] ? 1 : 0) : (x >= p[1] ? 1 : 0);
    case Act::softshrink: return x > p[0] ? -1 : x < -p[0] ? 1 : 0;
    case Act::hardshrink: return 0;
    default: return kNaN;
  }
}
// clang-format on

// The kernels' contract: a finite x never gives inf; a true value beyond the float range saturates.
inline double sat_finite(double x, double v) { return std::isfinite(x) && !std::isnan(v) ? sat(v) : v; }
inline double f(Act a, const double* p, double x) { return sat_finite(x, f_raw(a, p, x)); }
inline double df(Act a, const double* p, double x) { return sat_finite(x, df_raw(a, p, x)); }
inline double dp(Act a, const double* p, double x, int k) { return sat_finite(x, dp_raw(a, p, x, k)); }

// 5-point central differences (error O(h^4)).
template <class F> double central_diff(F fn, double x, double h) {
  return (fn(x - 2 * h) - 8 * fn(x - h) + 8 * fn(x + h) - fn(x + 2 * h)) / (12 * h);
}
inline double cd_x(Act a, const double* p, double x, double h) {
  return central_diff([&](double t) { return f(a, p, t); }, x, h);
}
inline double cd_param(Act a, const double* p, double x, int k, double h) {
  return central_diff(
      [&](double t) {
        double q[kMaxActParams] = {p[0], p[1]};
        q[k] = t;
        return f(a, q, x);
      },
      p[k], h);
}

}  // namespace actlab::oracle
