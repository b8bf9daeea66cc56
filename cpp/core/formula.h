// formula.h — a student's own function, typed as text: parsed and checked here, compiled to a small
// straight-line program, evaluated over whole SIMD vectors with the same kernels as the catalogue
// (math_approx.h: `tanh(x)` computes exactly what the built-in tanh computes), and differentiated by
// forward-mode automatic differentiation over that program (exact, not finite differences).
//
// The language (whitespace is free; names are case-sensitive):
//   formula := expr [ ';' decl [ ',' decl ] ]          decl := NAME '=' number [ 'in' '[' number ',' number ']' ]
//   expr    := numbers (2, 0.5, 1e-3), x (and y in dataset formulas), pi, e, declared parameters,
//              + - * / ^ (^ binds tightest and is right-associative; -x^2 = -(x^2)), unary -, ( )
//              and the functions  exp log log1p sqrt abs sin cos tan tanh sigmoid softplus erf  (one
//              argument) and  min max  (two); step(u) = 1 for u > 0, else 0.
//   e.g.  x*tanh(softplus(x))        x*sigmoid(a*x); a = 1 in [0.1, 5]        sin(3*x) - y
// Parameters: at most two, each a name that is not a function or constant, with its default and an
// optional range [lo, hi] (default [-10, 10]); the default must lie in the range.
//
// Semantics: IEEE float throughout (NaN and inf propagate; log(-1) = NaN, 1/0 = inf), so a formula
// that blows up is caught by the trainer's divergence check like any other activation. Derivatives
// at non-smooth points follow PyTorch: abs'(0) = 0, step' = 0, min/max pass the gradient to the first
// argument on a tie; sqrt'(0) of a constant-slope argument is inf. u^v with a constant integer v is
// repeated multiplication (defined for negative u); otherwise exp(v log u), NaN for u < 0 unless v is an
// integer at run time.
//
// Limits: kFormulaMaxText characters, kFormulaMaxDepth nested parentheses/calls/unary minus, and
// kFormulaMaxOps program instructions. Errors are one line naming the 1-based column and the problem,
// e.g. "unknown function 'sinh' at column 5; allowed: exp, log, ...". Nothing throws.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace actlab {

inline constexpr int kFormulaMaxText = 256;  // characters of the whole text (declarations included)
inline constexpr int kFormulaMaxDepth = 32;  // nesting of ( ), calls and unary minus
inline constexpr int kFormulaMaxOps = 128;   // instructions of the compiled program
inline constexpr int kFormulaMaxParams = 2;

// clang-format off
// Instructions, in the order the evaluator and the printers switch on. Leaves first.
#define ACTLAB_FORMULA_OPS(X)                                                                     \
  X(konst, "")  X(var_x, "x") X(var_y, "y") X(param, "")                                           \
  X(neg, "-") X(add, "+") X(sub, "-") X(mul, "*") X(div, "/") X(pow, "^")                          \
  X(exp, "exp") X(log, "log") X(log1p, "log1p") X(sqrt, "sqrt") X(abs, "abs") X(sin, "sin")       \
  X(cos, "cos") X(tan, "tan") X(tanh, "tanh") X(sigmoid, "sigmoid") X(softplus, "softplus")         \
  X(erf, "erf") X(min, "min") X(max, "max") X(step, "step")
// clang-format on
enum class FOp : uint8_t {
#define ACTLAB_FOP_ENUM(id, text) id,
  ACTLAB_FORMULA_OPS(ACTLAB_FOP_ENUM)
#undef ACTLAB_FOP_ENUM
};

// One instruction: the result goes to the register with the instruction's own index; operands are
// the indices of earlier instructions (static single assignment, so the program is its own AST).
struct FInstr {
  FOp op = FOp::konst;
  uint8_t a = 0, b = 0;  // operand registers (a for unary ops, a and b for binary ones)
  uint8_t varies = 0;    // bit 0: depends on x, bit 1: on y, bit 2/3: on parameter 0/1 (0 = a constant)
  float c = 0;           // the value of konst; the exponent of pow when it is a constant integer
  int32_t ipow = 0;      // pow: 1 if b is a constant integer (then c = that integer), else 0
  int16_t column = 0;    // 1-based column of the operator or name in the text (for messages)
};

struct FormulaParam {
  char name[16] = {0};
  float def = 0, lo = -10, hi = 10;
};

// A compiled formula. Fixed size, no heap: it can be copied into configurations as it is.
struct Formula {
  FInstr code[kFormulaMaxOps];
  int n = 0;            // instructions; the result is register n - 1
  bool uses_y = false;  // refers to y (dataset formulas only)
  int n_params = 0;
  FormulaParam params[kFormulaMaxParams];
  char text[kFormulaMaxText + 1] = {0};  // the source, as given
};

// Which variables a formula may use: activations see x only; dataset formulas see x and y.
enum class FormulaVars : uint8_t { x, xy };

// Parses and compiles text. Returns "" on success, else one line "<problem> at column N[; hint]".
std::string formula_compile(const char* text, FormulaVars vars, Formula* out);

// The function names of the language, comma-separated (for messages and help texts).
const char* formula_function_names();

// ---- evaluation (SIMD, tier 3) ------------------------------------------------------------------
// params: f.n_params floats (null = the declared defaults). y may be null unless f.uses_y.
// Any n, in place allowed (out == x).
void formula_eval(const Formula& f, const float* params, const float* x, const float* y, float* out,
                  size_t n);

// Value and the directional derivative along one seed variable in one pass (forward mode):
// d = d f / d seed, seed 0 = x, 1 = y, 2 + k = parameter k. value may be null.
void formula_eval_tangent(const Formula& f, const float* params, const float* x, const float* y, int seed,
                          float* value, float* d, size_t n);

// The activation interface of act_backward: dx = dy * f'(x). Recomputes the forward on the way
// (a formula has no cheaper "reads y" form); x and dy may alias dx.
void formula_backward(const Formula& f, const float* params, const float* x, const float* dy, float* dx,
                      size_t n);
// Gradient of the parameters: dparams[k] += sum_i dy[i] * df(x[i])/dparam_k for k < n_params.
void formula_param_grad(const Formula& f, const float* params, const float* x, const float* dy, size_t n,
                        float* dparams);

// ---- reference (tier 2): the same program in scalar libm arithmetic, T = float or double ------------
// Value and d/d seed (seed as above; -1: no derivative, *d untouched).
template <class T> T formula_ref(const Formula& f, const T* params, T x, T y, int seed = -1, T* d = nullptr);

// True if a non-smooth point of the formula lies between x0 and x1 (inclusive) at y: an argument of
// abs/step/sqrt/log/log1p(+1), a denominator, a non-integer power's base, min/max's difference or
// tan's cosine is zero at x0, x1 or their midpoint, or changes sign between them. The gradient check
// skips such stencils, where a central difference means nothing.
bool formula_kink_between(const Formula& f, const double* params, double x0, double x1, double y = 0);

// Which side of each of those non-smooth points x lies on (at y): a hash of the signs of the
// switch quantities. Two inputs with equal signatures lie on the same smooth piece (the whole-network
// gradient check compares the signatures at theta +- h).
uint64_t formula_kink_signature(const Formula& f, const double* params, double x, double y = 0);

// ---- printing -------------------------------------------------------------------------------------
enum class PyFlavour : uint8_t { numpy, torch };
// A Python expression in x (and y, and the parameter names) for `import numpy as np` / `import torch`
// (plus `import math` for numpy's erf), fully parenthesised. Numbers print with 9 significant digits.
std::string formula_to_python(const Formula& f, PyFlavour flavour);

}  // namespace actlab
