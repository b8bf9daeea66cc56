// formula_python.cpp — the compiled program printed back as a NumPy or PyTorch expression (for
// `actlab export`). Printed from the program, so folded constants appear as their float values
// (9 significant digits: the float round-trips) and every operation is parenthesised.
#include <cstdio>
#include <string>

#include "formula.h"

namespace actlab {
namespace {

std::string number(float c) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.9g", static_cast<double>(c));
  std::string s = buf;
  if (s == "inf") return "float('inf')";
  if (s == "-inf") return "float('-inf')";
  if (s == "nan" || s == "-nan") return "float('nan')";
  if (s.find_first_of(".e") == std::string::npos) s += ".0";  // a float literal, never an int
  return s;
}

std::string print(const Formula& f, int i, PyFlavour fl) {
  const FInstr& in = f.code[i];
  const bool np = fl == PyFlavour::numpy;
  const char* m = np ? "np." : "torch.";
  auto A = [&] { return print(f, in.a, fl); };
  auto B = [&] { return print(f, in.b, fl); };
  auto call = [&](const char* name) { return std::string(m) + name + "(" + A() + ")"; };
  // torch.minimum/maximum need tensors on both sides.
  auto tensor = [&](int r) { return np ? print(f, r, fl) : "torch.as_tensor(" + print(f, r, fl) + ")"; };
  switch (in.op) {
    case FOp::konst: return number(in.c);
    case FOp::var_x: return "x";
    case FOp::var_y: return "y";
    case FOp::param: return f.params[static_cast<int>(in.c)].name;
    case FOp::neg: return "(-" + A() + ")";
    case FOp::add: return "(" + A() + " + " + B() + ")";
    case FOp::sub: return "(" + A() + " - " + B() + ")";
    case FOp::mul: return "(" + A() + " * " + B() + ")";
    case FOp::div: return "(" + A() + " / " + B() + ")";
    case FOp::pow: return "(" + A() + " ** " + B() + ")";
    case FOp::exp: return call("exp");
    case FOp::log: return call("log");
    case FOp::log1p: return call("log1p");
    case FOp::sqrt: return call("sqrt");
    case FOp::abs: return call("abs");
    case FOp::sin: return call("sin");
    case FOp::cos: return call("cos");
    case FOp::tan: return call("tan");
    case FOp::tanh: return call("tanh");
    case FOp::sigmoid: return np ? "(1.0 / (1.0 + np.exp(-" + A() + ")))" : call("sigmoid");
    case FOp::softplus:
      return np ? "np.logaddexp(0.0, " + A() + ")" : "torch.nn.functional.softplus(" + A() + ")";
    case FOp::erf: return np ? "np.vectorize(math.erf, otypes=[float])(" + A() + ")" : call("erf");
    case FOp::min: return std::string(m) + "minimum(" + tensor(in.a) + ", " + tensor(in.b) + ")";
    case FOp::max: return std::string(m) + "maximum(" + tensor(in.a) + ", " + tensor(in.b) + ")";
    case FOp::step:
      return np ? "np.where(" + A() + " > 0, 1.0, 0.0)" : "(" + A() + " > 0).to(torch.get_default_dtype())";
  }
  return "float('nan')";
}

}  // namespace

std::string formula_to_python(const Formula& f, PyFlavour flavour) {
  if (f.n == 0) return "float('nan')";
  return print(f, f.n - 1, flavour);
}

}  // namespace actlab
