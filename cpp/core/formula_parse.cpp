// formula_parse.cpp — text -> compiled program: a tokenizer and a recursive-descent parser that emits
// the straight-line program as it goes (formula.h describes the language). Constant subexpressions
// are folded in double precision; x, y and each parameter get one register however often they occur.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "formula.h"
#include "formula_ref.h"

namespace actlab {
namespace {

struct FuncRow {
  const char* name;
  FOp op;
  int arity;
};
constexpr FuncRow kFuncs[] = {
    {"exp", FOp::exp, 1},         {"log", FOp::log, 1},           {"log1p", FOp::log1p, 1},
    {"sqrt", FOp::sqrt, 1},       {"abs", FOp::abs, 1},           {"sin", FOp::sin, 1},
    {"cos", FOp::cos, 1},         {"tan", FOp::tan, 1},           {"tanh", FOp::tanh, 1},
    {"sigmoid", FOp::sigmoid, 1}, {"softplus", FOp::softplus, 1}, {"erf", FOp::erf, 1},
    {"min", FOp::min, 2},         {"max", FOp::max, 2},           {"step", FOp::step, 1},
};
constexpr const char* kFunctionNames =
    "exp, log, log1p, sqrt, abs, sin, cos, tan, tanh, sigmoid, softplus, erf, min, max, step";

const FuncRow* find_func(const std::string& name) {
  for (const FuncRow& f : kFuncs)
    if (name == f.name) return &f;
  return nullptr;
}

enum class Tok : uint8_t { end, number, name, op };

struct Token {
  Tok kind = Tok::end;
  char op = 0;       // + - * / ^ ( ) , ; = [ ]
  std::string text;  // name or number text
  double value = 0;  // number
  int column = 1;    // 1-based
};

class Parser {
 public:
  Parser(const char* text, size_t len, FormulaVars vars, Formula* out)
      : s_(text), len_(len), vars_(vars), f_(out) {}

  std::string run() {
    // Declarations first (they follow the top-level ';'), so the expression can use their names.
    size_t semi = 0;
    while (semi < len_ && s_[semi] != ';') ++semi;
    if (semi < len_) {
      pos_ = semi + 1;
      limit_ = len_;
      if (auto e = declarations(); !e.empty()) return e;
    }
    limit_ = semi;
    pos_ = 0;
    if (auto e = next(); !e.empty()) return e;
    if (tok_.kind == Tok::end) return "empty formula: write an expression in x, e.g. x*tanh(softplus(x))";
    int r = 0;
    if (auto e = expr(&r, 0); !e.empty()) return e;
    if (tok_.kind != Tok::end) {
      if (tok_.kind == Tok::op && tok_.op == ')') return "unmatched ')' at column " + col(tok_);
      return "unexpected " + describe(tok_) + " at column " + col(tok_) + hint_after_operand();
    }
    f_->n = r + 1;  // the result register is the last instruction emitted for the whole expression
    return "";
  }

 private:
  const char* s_;
  size_t len_, limit_ = 0, pos_ = 0;
  FormulaVars vars_;
  Formula* f_;
  Token tok_;
  int reg_x_ = -1, reg_y_ = -1, reg_p_[kFormulaMaxParams] = {-1, -1};

  static std::string col(const Token& t) { return std::to_string(t.column); }
  static std::string describe(const Token& t) {
    switch (t.kind) {
      case Tok::end: return "end of formula";
      case Tok::number: return "number '" + t.text + "'";
      case Tok::name: return "'" + t.text + "'";
      default: return std::string("'") + t.op + "'";
    }
  }
  std::string hint_after_operand() const {
    if (tok_.kind == Tok::name || tok_.kind == Tok::number || (tok_.kind == Tok::op && tok_.op == '('))
      return "; write '*' between factors (2*x, not 2x)";
    return "";
  }

  // ---- tokenizer ----------------------------------------------------------------------------------
  std::string next() {
    const size_t limit = limit_;
    while (pos_ < limit && std::isspace(static_cast<unsigned char>(s_[pos_]))) ++pos_;
    tok_ = Token{};
    tok_.column = static_cast<int>(pos_) + 1;
    if (pos_ >= limit) return "";
    const char c = s_[pos_];
    if (std::isdigit(static_cast<unsigned char>(c)) || c == '.') return number(limit);
    if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
      const size_t start = pos_;
      while (pos_ < limit && (std::isalnum(static_cast<unsigned char>(s_[pos_])) || s_[pos_] == '_')) ++pos_;
      tok_.kind = Tok::name;
      tok_.text.assign(s_ + start, pos_ - start);
      return "";
    }
    if (std::strchr("+-*/^(),;=[]", c) && c != '\0') {
      tok_.kind = Tok::op;
      tok_.op = c;
      ++pos_;
      return "";
    }
    const unsigned char uc = static_cast<unsigned char>(c);
    if (uc < 0x20 || uc >= 0x7f)
      return "unexpected character (byte " + std::to_string(uc) + ") at column " + col(tok_);
    return std::string("unexpected character '") + c + "' at column " + col(tok_);
  }

  std::string number(size_t limit) {
    const size_t start = pos_;
    while (pos_ < limit && std::isdigit(static_cast<unsigned char>(s_[pos_]))) ++pos_;
    if (pos_ < limit && s_[pos_] == '.') {
      ++pos_;
      while (pos_ < limit && std::isdigit(static_cast<unsigned char>(s_[pos_]))) ++pos_;
    }
    bool bad = pos_ - start == 1 && s_[start] == '.';
    if (!bad && pos_ < limit && (s_[pos_] == 'e' || s_[pos_] == 'E')) {
      // An exponent only if digits follow ("2e" is 2 then the name e: an error below, asking for '*').
      size_t p = pos_ + 1;
      if (p < limit && (s_[p] == '+' || s_[p] == '-')) ++p;
      if (p < limit && std::isdigit(static_cast<unsigned char>(s_[p]))) {
        while (p < limit && std::isdigit(static_cast<unsigned char>(s_[p]))) ++p;
        pos_ = p;
      }
    }
    tok_.kind = Tok::number;
    tok_.text.assign(s_ + start, pos_ - start);
    if (bad) return "bad number '.' at column " + col(tok_);
    tok_.value = std::strtod(tok_.text.c_str(), nullptr);
    if (!(std::fabs(tok_.value) <= 3.4028234663852886e38))
      return "number '" + tok_.text + "' at column " + col(tok_) + " is beyond the float range";
    return "";
  }

  bool is_op(char c) const { return tok_.kind == Tok::op && tok_.op == c; }

  // ---- code generation ----------------------------------------------------------------------------
  std::string emit(FInstr in, int* reg) {
    if (f_->n >= kFormulaMaxOps) {
      return "formula too long: more than " + std::to_string(kFormulaMaxOps) + " operations at column " +
             std::to_string(in.column);
    }
    const bool unary = fdetail::is_unary(in.op);
    if (!fdetail::is_leaf(in.op)) {
      const FInstr& a = f_->code[in.a];
      const FInstr& b = f_->code[unary ? in.a : in.b];
      in.varies = static_cast<uint8_t>(a.varies | (unary ? 0 : b.varies));
      if (in.op == FOp::pow && !unary && b.op == FOp::konst) {
        const float n = b.c;
        if (n == std::floor(n) && std::fabs(n) <= 64) {
          in.ipow = 1;
          in.c = n;
        }
      }
      // Fold constants in double (the operands' floats are exact; the result is rounded once).
      if (in.varies == 0) {
        const double v = fdetail::ref_value<double>(in, a.c, b.c);
        FInstr k;
        k.op = FOp::konst;
        k.c = static_cast<float>(v);
        k.column = in.column;
        // The folded operands were the last instructions emitted; drop them if nothing else uses them.
        const int lowest = unary ? in.a : std::min(in.a, in.b);
        if (lowest == f_->n - (unary ? 1 : 2) && (unary || in.a != in.b)) f_->n = lowest;
        in = k;
      }
    }
    *reg = f_->n;
    f_->code[f_->n++] = in;
    return "";
  }
  std::string leaf(FOp op, float c, int column, int* reg) {
    FInstr in;
    in.op = op;
    in.c = c;
    in.column = static_cast<int16_t>(column);
    if (op == FOp::var_x) in.varies = 1;
    if (op == FOp::var_y) in.varies = 2;
    if (op == FOp::param) in.varies = static_cast<uint8_t>(4u << static_cast<int>(c));
    return emit(in, reg);
  }
  std::string node(FOp op, int a, int b, int column, int* reg) {
    FInstr in;
    in.op = op;
    in.a = static_cast<uint8_t>(a);
    in.b = static_cast<uint8_t>(b);
    in.column = static_cast<int16_t>(column);
    return emit(in, reg);
  }
  // A register that is shared (x, y, a parameter): emitted once, on first use.
  std::string shared(int* slot, FOp op, float c, int column, int* reg) {
    if (*slot < 0) {
      if (auto e = leaf(op, c, column, slot); !e.empty()) return e;
    }
    *reg = *slot;
    return "";
  }

  std::string too_deep(int depth) const {
    return depth > kFormulaMaxDepth ? "formula nested deeper than " + std::to_string(kFormulaMaxDepth) +
                                          " levels at column " + col(tok_)
                                    : "";
  }

  // ---- grammar ------------------------------------------------------------------------------------
  std::string expr(int* r, int depth) {
    if (auto e = term(r, depth); !e.empty()) return e;
    while (is_op('+') || is_op('-')) {
      const FOp op = tok_.op == '+' ? FOp::add : FOp::sub;
      const int column = tok_.column;
      if (auto e = next(); !e.empty()) return e;
      int b = 0;
      if (auto e = term(&b, depth); !e.empty()) return e;
      if (auto e = node(op, *r, b, column, r); !e.empty()) return e;
    }
    return "";
  }
  std::string term(int* r, int depth) {
    if (auto e = unary(r, depth); !e.empty()) return e;
    while (is_op('*') || is_op('/')) {
      const FOp op = tok_.op == '*' ? FOp::mul : FOp::div;
      const int column = tok_.column;
      if (auto e = next(); !e.empty()) return e;
      int b = 0;
      if (auto e = unary(&b, depth); !e.empty()) return e;
      if (auto e = node(op, *r, b, column, r); !e.empty()) return e;
    }
    return "";
  }
  std::string unary(int* r, int depth) {
    if (is_op('-') || is_op('+')) {
      const bool minus = tok_.op == '-';
      const int column = tok_.column;
      if (auto e = too_deep(depth + 1); !e.empty()) return e;
      if (auto e = next(); !e.empty()) return e;
      if (auto e = unary(r, depth + 1); !e.empty()) return e;
      return minus ? node(FOp::neg, *r, *r, column, r) : "";
    }
    return power(r, depth);
  }
  std::string power(int* r, int depth) {
    if (auto e = primary(r, depth); !e.empty()) return e;
    if (!is_op('^')) return "";
    const int column = tok_.column;
    if (auto e = too_deep(depth + 1); !e.empty()) return e;
    if (auto e = next(); !e.empty()) return e;
    int b = 0;
    if (auto e = unary(&b, depth + 1); !e.empty()) return e;  // right-associative; 2^-x allowed
    return node(FOp::pow, *r, b, column, r);
  }
  std::string primary(int* r, int depth) {
    const Token t = tok_;
    if (t.kind == Tok::number) {
      if (auto e = next(); !e.empty()) return e;
      return leaf(FOp::konst, static_cast<float>(t.value), t.column, r);
    }
    if (is_op('(')) {
      if (auto e = too_deep(depth + 1); !e.empty()) return e;
      if (auto e = next(); !e.empty()) return e;
      if (auto e = expr(r, depth + 1); !e.empty()) return e;
      if (!is_op(')')) return missing_close(t);
      return next();
    }
    if (t.kind == Tok::name) {
      if (auto e = next(); !e.empty()) return e;
      if (const FuncRow* fn = find_func(t.text)) return call(*fn, t, r, depth);
      if (is_op('(')) {
        return "unknown function '" + t.text + "' at column " + col(t) + "; allowed: " + kFunctionNames;
      }
      return name(t, r);
    }
    if (t.kind == Tok::end) return "missing operand at the end (column " + col(t) + ")";
    if (is_op(')')) return "missing operand before ')' at column " + col(t);
    return "unexpected " + describe(t) + " at column " + col(t) + "; expected a number, x, a function or '('";
  }
  std::string missing_close(const Token& open) {
    if (tok_.kind == Tok::end) {
      return "missing ')' at column " + col(tok_) + " (to close the '(' at column " + col(open) + ")";
    }
    return "missing ')' at column " + col(tok_) + " (found " + describe(tok_) + ")";
  }
  std::string call(const FuncRow& fn, const Token& t, int* r, int depth) {
    if (!is_op('('))
      return std::string("function '") + fn.name + "' needs '(' after it at column " + col(tok_);
    const Token open = tok_;
    if (auto e = too_deep(depth + 1); !e.empty()) return e;
    if (auto e = next(); !e.empty()) return e;
    if (is_op(')'))
      return std::string(fn.name) + " needs " + std::to_string(fn.arity) + " argument" +
             (fn.arity > 1 ? "s" : "") + " at column " + col(t);
    int a = 0, b = 0;
    if (auto e = expr(&a, depth + 1); !e.empty()) return e;
    if (fn.arity == 2) {
      if (!is_op(',')) {
        return std::string(fn.name) + " needs 2 arguments separated by ',' at column " + col(tok_) +
               " (found " + describe(tok_) + ")";
      }
      if (auto e = next(); !e.empty()) return e;
      if (auto e = expr(&b, depth + 1); !e.empty()) return e;
    } else {
      b = a;
      if (is_op(','))
        return std::string(fn.name) + " takes 1 argument; unexpected ',' at column " + col(tok_);
    }
    if (is_op(',')) return std::string(fn.name) + " takes 2 arguments; unexpected ',' at column " + col(tok_);
    if (!is_op(')')) return missing_close(open);
    if (auto e = next(); !e.empty()) return e;
    return node(fn.op, a, b, t.column, r);
  }
  std::string allowed_names() const {
    std::string s = vars_ == FormulaVars::xy ? "x, y, pi, e" : "x, pi, e";
    for (int k = 0; k < f_->n_params; ++k) s += std::string(", ") + f_->params[k].name;
    return s;
  }
  std::string name(const Token& t, int* r) {
    if (t.text == "x") return shared(&reg_x_, FOp::var_x, 0, t.column, r);
    if (t.text == "y") {
      if (vars_ != FormulaVars::xy)
        return "'y' at column " + col(t) +
               " is only allowed in dataset formulas (an activation sees x alone)";
      f_->uses_y = true;
      return shared(&reg_y_, FOp::var_y, 0, t.column, r);
    }
    if (t.text == "pi") return leaf(FOp::konst, static_cast<float>(3.14159265358979323846), t.column, r);
    if (t.text == "e") return leaf(FOp::konst, static_cast<float>(2.71828182845904523536), t.column, r);
    for (int k = 0; k < f_->n_params; ++k)
      if (t.text == f_->params[k].name)
        return shared(&reg_p_[k], FOp::param, static_cast<float>(k), t.column, r);
    std::string hint = "; allowed: " + allowed_names();
    if (f_->n_params < kFormulaMaxParams)
      hint += " (declare a parameter after ';', e.g. 'x*sigmoid(a*x); a = 1')";
    return "unknown name '" + t.text + "' at column " + col(t) + hint;
  }

  // ---- declarations: NAME '=' number [ 'in' '[' number ',' number ']' ] -------------------------------
  std::string signed_number(const char* what, double* v) {
    bool minus = false;
    if (is_op('-') || is_op('+')) {
      minus = tok_.op == '-';
      if (auto e = next(); !e.empty()) return e;
    }
    if (tok_.kind != Tok::number) {
      return std::string("expected ") + what + " at column " + col(tok_) + " (found " + describe(tok_) + ")";
    }
    *v = minus ? -tok_.value : tok_.value;
    return next();
  }
  std::string declarations() {
    if (auto e = next(); !e.empty()) return e;
    while (true) {
      if (tok_.kind != Tok::name) {
        return "expected a parameter name at column " + col(tok_) + " (found " + describe(tok_) +
               "), e.g. '; a = 1 in [0, 5]'";
      }
      const Token t = tok_;
      if (t.text == "x" || t.text == "y" || t.text == "pi" || t.text == "e" || t.text == "in" ||
          find_func(t.text)) {
        return "parameter name '" + t.text + "' at column " + col(t) +
               " is taken by a variable, constant or function";
      }
      for (int k = 0; k < f_->n_params; ++k)
        if (t.text == f_->params[k].name)
          return "parameter '" + t.text + "' declared twice (column " + col(t) + ")";
      if (f_->n_params == kFormulaMaxParams) {
        return "at most " + std::to_string(kFormulaMaxParams) + " parameters; '" + t.text + "' at column " +
               col(t) + " is one too many";
      }
      if (t.text.size() >= sizeof(FormulaParam::name)) {
        return "parameter name '" + t.text + "' at column " + col(t) + " is longer than 15 characters";
      }
      if (auto e = next(); !e.empty()) return e;
      if (!is_op('='))
        return "expected '=' after '" + t.text + "' at column " + col(tok_) + " (found " + describe(tok_) +
               ")";
      if (auto e = next(); !e.empty()) return e;
      FormulaParam p;
      std::snprintf(p.name, sizeof p.name, "%s", t.text.c_str());
      double def = 0, lo = -10, hi = 10;
      if (auto e = signed_number("the default value", &def); !e.empty()) return e;
      if (tok_.kind == Tok::name && tok_.text == "in") {
        if (auto e = next(); !e.empty()) return e;
        if (!is_op('[')) return "expected '[' at column " + col(tok_) + ", e.g. 'a = 1 in [0, 5]'";
        if (auto e = next(); !e.empty()) return e;
        if (auto e = signed_number("the lower bound", &lo); !e.empty()) return e;
        if (!is_op(',')) return "expected ',' at column " + col(tok_) + " (found " + describe(tok_) + ")";
        if (auto e = next(); !e.empty()) return e;
        if (auto e = signed_number("the upper bound", &hi); !e.empty()) return e;
        if (!is_op(']')) return "missing ']' at column " + col(tok_);
        if (auto e = next(); !e.empty()) return e;
        if (!(lo < hi))
          return "empty range for '" + t.text + "' (lower bound not below the upper one) at column " + col(t);
      }
      if (!(def >= lo && def <= hi)) {
        char buf[160];
        std::snprintf(buf, sizeof buf, "default %g of '%s' is outside its range [%g, %g] (column %d)", def,
                      t.text.c_str(), lo, hi, t.column);
        return buf;
      }
      p.def = static_cast<float>(def);
      p.lo = static_cast<float>(lo);
      p.hi = static_cast<float>(hi);
      f_->params[f_->n_params++] = p;
      if (tok_.kind == Tok::end) return "";
      if (!is_op(','))
        return "unexpected " + describe(tok_) + " at column " + col(tok_) + " in the declarations";
      if (auto e = next(); !e.empty()) return e;
    }
  }
};

}  // namespace

const char* formula_function_names() { return kFunctionNames; }

std::string formula_compile(const char* text, FormulaVars vars, Formula* out) {
  *out = Formula{};
  if (text == nullptr) return "empty formula: write an expression in x, e.g. x*tanh(softplus(x))";
  const size_t len = std::strlen(text);
  if (len > static_cast<size_t>(kFormulaMaxText)) {
    return "formula is " + std::to_string(len) + " characters long; at most " +
           std::to_string(kFormulaMaxText) + " allowed";
  }
  std::memcpy(out->text, text, len + 1);
  Parser p(text, len, vars, out);
  std::string e = p.run();
  if (!e.empty()) {
    *out = Formula{};
    return e;
  }
  return "";
}

}  // namespace actlab
