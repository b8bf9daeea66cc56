// export_code.cpp — the Python script of an experiment (see export_code.h).
//
// The script is assembled from Python text blocks below, each a raw string with $NAME placeholders:
//   kHeader   docstring and imports          kConfig    the experiment as constants
//   kRng      cpp/core/rng.h in Python        kGen*      the one dataset generator in use (dataset.cpp)
//   kData     split, features, targets, initial weights (network.cpp's draw order)
//   kNumpy*   hand-written forward/backward/optimiser   kTorch*  nn.Module, autograd, torch.optim
// Shapes come from the core's own plan_layers(), names from the config tables, and each activation's
// NumPy/PyTorch expressions from its catalogue row (ActInfo::python in activations.cpp; a row without
// them is refused by export_code(), and tests/cli/export_test.mjs checks every row is covered).
#include "export_code.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "activations.h"
#include "formula.h"
#include "network.h"

namespace actlab {

namespace {

// ---- the formula activation (formula.h) ---------------------------------------------------------------
// PyTorch: formula_to_python() prints f and autograd differentiates it. NumPy needs f' and df/dp too,
// so the compiled program is printed as straight-line Python, value and forward-mode tangent per
// instruction (the core's own method, formula_eval_tangent), one function per seed (x, p0, p1).
std::string py_number(float c) {
  if (std::isnan(c)) return "float('nan')";
  if (std::isinf(c)) return c > 0 ? "float('inf')" : "float('-inf')";
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.9g", static_cast<double>(c));
  std::string t = buf;
  if (t.find_first_of(".eE") == std::string::npos) t += ".0";
  return t;
}

// Value of instruction i from the registers r<a>, r<b>.
std::string formula_value(const Formula& f, int i) {
  const FInstr& in = f.code[i];
  const std::string a = "r" + std::to_string(in.a), b = "r" + std::to_string(in.b);
  switch (in.op) {
    case FOp::konst: return py_number(in.c);
    case FOp::var_x: return "x";
    case FOp::var_y: return "0.0";  // activations see x only
    case FOp::param: return "p" + std::to_string(static_cast<int>(in.c));
    case FOp::neg: return "-" + a;
    case FOp::add: return a + " + " + b;
    case FOp::sub: return a + " - " + b;
    case FOp::mul: return a + " * " + b;
    case FOp::div: return a + " / " + b;
    case FOp::pow: return in.ipow ? a + " ** " + std::to_string(static_cast<int>(in.c)) : a + " ** " + b;
    case FOp::exp: return "np.exp(" + a + ")";
    case FOp::log: return "np.log(" + a + ")";
    case FOp::log1p: return "np.log1p(" + a + ")";
    case FOp::sqrt: return "np.sqrt(" + a + ")";
    case FOp::abs: return "np.abs(" + a + ")";
    case FOp::sin: return "np.sin(" + a + ")";
    case FOp::cos: return "np.cos(" + a + ")";
    case FOp::tan: return "np.tan(" + a + ")";
    case FOp::tanh: return "np.tanh(" + a + ")";
    case FOp::sigmoid: return "sigmoid(" + a + ")";
    case FOp::softplus: return "np.logaddexp(0.0, " + a + ")";
    case FOp::erf: return "erf(" + a + ")";
    case FOp::min: return "np.minimum(" + a + ", " + b + ")";
    case FOp::max: return "np.maximum(" + a + ", " + b + ")";
    case FOp::step: return "np.where(" + a + " > 0, 1.0, 0.0)";
  }
  return "float('nan')";
}

// Tangent of instruction i along the seed bit (FInstr::varies), from r<k> and d<k>; "" when it is 0.
std::string formula_tangent(const Formula& f, int i, unsigned seed) {
  const FInstr& in = f.code[i];
  if (!(in.varies & seed)) return "";
  const std::string r = "r" + std::to_string(i), a = "r" + std::to_string(in.a),
                    b = "r" + std::to_string(in.b);
  const bool va = (f.code[in.a].varies & seed) != 0, vb = (f.code[in.b].varies & seed) != 0;
  const std::string da = "d" + std::to_string(in.a), db = "d" + std::to_string(in.b);
  auto sum = [](const std::string& x, const std::string& y) {
    return x.empty() ? y : y.empty() ? x : x + " + " + y;
  };
  switch (in.op) {
    case FOp::konst:
    case FOp::var_y:
    case FOp::step: return "0.0";  // step' = 0 (PyTorch's convention at the jump too)
    case FOp::var_x:
    case FOp::param: return "1.0";
    case FOp::neg: return "-" + da;
    case FOp::add: return sum(va ? da : "", vb ? db : "");
    case FOp::sub: return sum(va ? da : "", vb ? "-" + db : "");
    case FOp::mul: return sum(va ? da + " * " + b : "", vb ? a + " * " + db : "");
    case FOp::div: return sum(va ? da + " / " + b : "", vb ? "-" + r + " * " + db + " / " + b : "");
    case FOp::pow:
      if (in.ipow) {
        const int c = static_cast<int>(in.c);
        return std::to_string(c) + " * " + a + " ** " + std::to_string(c - 1) + " * " + da;
      }
      return sum(va ? b + " * " + a + " ** (" + b + " - 1) * " + da : "",
                 vb ? r + " * np.log(" + a + ") * " + db : "");
    case FOp::exp: return r + " * " + da;
    case FOp::log: return da + " / " + a;
    case FOp::log1p: return da + " / (1.0 + " + a + ")";
    case FOp::sqrt: return da + " / (2.0 * " + r + ")";
    case FOp::abs: return "np.sign(" + a + ") * " + da;
    case FOp::sin: return "np.cos(" + a + ") * " + da;
    case FOp::cos: return "-np.sin(" + a + ") * " + da;
    case FOp::tan: return da + " / np.cos(" + a + ") ** 2";
    case FOp::tanh: return "(1.0 - " + r + " * " + r + ") * " + da;
    case FOp::sigmoid: return r + " * (1.0 - " + r + ") * " + da;
    case FOp::softplus: return "sigmoid(" + a + ") * " + da;
    case FOp::erf: return "2.0 / math.sqrt(math.pi) * np.exp(-" + a + " * " + a + ") * " + da;
    case FOp::min:
      return "np.where(" + a + " <= " + b + ", " + (va ? da : "0.0") + ", " + (vb ? db : "0.0") + ")";
    case FOp::max:
      return "np.where(" + a + " >= " + b + ", " + (va ? da : "0.0") + ", " + (vb ? db : "0.0") + ")";
  }
  return "float('nan')";
}

std::string formula_args(const Formula& f) {
  std::string s = "x";
  for (int k = 0; k < f.n_params; ++k) s += ", p" + std::to_string(k);
  return s;
}

// def formula(x, p0..), formula_dx, formula_dp<k>: value and derivatives, NumPy.
std::string formula_numpy(const Formula& f) {
  std::string text = f.text;
  for (char& c : text) c = (c == '\n' || c == '\r') ? ' ' : c;
  std::string s = "\n\n# The formula activation  " + text +
                  "  compiled by ActLab and printed one instruction per\n"
                  "# line; its derivatives by forward-mode differentiation of the same program.\n";
  const std::string args = formula_args(f);
  auto fn = [&](const std::string& name, int seed_bit) {
    s += "def " + name + "(" + args + "):\n";
    for (int i = 0; i < f.n; ++i) {
      s += "    r" + std::to_string(i) + " = " + formula_value(f, i) + "\n";
      if (seed_bit < 0) continue;
      const std::string d = formula_tangent(f, i, static_cast<unsigned>(seed_bit));
      if (!d.empty()) s += "    d" + std::to_string(i) + " = " + d + "\n";
    }
    const int last = f.n - 1;
    const bool varies = seed_bit >= 0 && (f.code[last].varies & seed_bit);
    const std::string out = seed_bit < 0 ? "r" + std::to_string(last)
                            : varies     ? "d" + std::to_string(last)
                                         : "0.0";
    s += "    return " + out + " + np.zeros_like(x)\n\n\n";
  };
  fn("formula", -1);
  fn("formula_dx", 1);
  for (int k = 0; k < f.n_params; ++k) fn("formula_dp" + std::to_string(k), 1 << (2 + k));
  s.resize(s.size() - 2);  // one blank line less before what follows
  return s;
}

std::string formula_numpy_row(const Formula& f) {
  std::string dp;
  for (int k = 0; k < f.n_params; ++k)
    dp += (k ? ", " : "") + std::string("formula_dp") + std::to_string(k) + "(x, *p)";
  return "    'formula': (\n        lambda x, p: formula(x, *p),\n        lambda x, y, p: formula_dx(x, "
         "*p),\n"
         "        lambda x, y, p: [" +
         dp + "]),\n";
}

// def formula(x, <declared names>): the core's PyTorch printer; the names must not hide a Python name.
std::string formula_torch(const Formula& f, std::string* err) {
  static const char* const kReserved[] = {
      "x",     "z",       "p",        "np",     "math",  "torch", "F",      "json",     "struct",  "float",
      "f32",   "formula", "False",    "None",   "True",  "and",   "as",     "assert",   "async",   "await",
      "break", "class",   "continue", "def",    "del",   "elif",  "else",   "except",   "finally", "for",
      "from",  "global",  "if",       "import", "in",    "is",    "lambda", "nonlocal", "not",     "or",
      "pass",  "raise",   "return",   "try",    "while", "with",  "yield"};
  std::string args = "x";
  for (int k = 0; k < f.n_params; ++k) {
    for (const char* r : kReserved)
      if (std::strcmp(r, f.params[k].name) == 0)
        *err = std::string("formula parameter '") + r + "' is a Python name; rename it to export the formula";
    args += std::string(", ") + f.params[k].name;
  }
  std::string text = f.text;
  for (char& c : text) c = (c == '\n' || c == '\r') ? ' ' : c;
  return "\n\ndef formula(" + args + "):  # the formula activation  " + text + "\n    return " +
         formula_to_python(f, PyFlavour::torch) + " + torch.zeros_like(x)\n";
}

// ---- text helpers -------------------------------------------------------------------------------------
using Subst = std::vector<std::pair<const char*, std::string>>;

// Replaces every $NAME of `subst` in `text`, longest names first ($INIT_SCALE before $INIT).
std::string fill(const char* text, Subst subst) {
  std::stable_sort(subst.begin(), subst.end(),
                   [](const auto& a, const auto& b) { return std::strlen(a.first) > std::strlen(b.first); });
  std::string s = text;
  for (const auto& [name, value] : subst) {
    const std::string key = std::string("$") + name;
    for (size_t at = s.find(key); at != std::string::npos; at = s.find(key, at + value.size()))
      s.replace(at, key.size(), value);
  }
  return s;
}

// A float of the core as Python: f32(<shortest decimal>), exactly the float (decimal -> double -> float).
std::string py_f32(float v) {
  char buf[40];
  for (int digits = 1; digits <= 9; ++digits) {
    std::snprintf(buf, sizeof buf, "%.*g", digits, static_cast<double>(v));
    if (static_cast<float>(std::strtod(buf, nullptr)) == v) break;
  }
  return std::string("f32(") + buf + ")";
}

std::string quoted(const char* s) { return std::string("'") + s + "'"; }

// ---- the shared Python blocks ---------------------------------------------------------------------------
const char* const kHeader = R"PY(#!/usr/bin/env python3
"""ActLab experiment as a self-contained $KIND script.

Reproduces

    $COMMAND

exactly: the same data points, initial weights, batch order$DROPNOTE, optimiser and loss, computed here
in float64 from ActLab's float32 data and weights. Prints one JSON object per epoch (epoch 0 before
any update) with epoch, train_loss, test_loss, accuracy (test) and train_accuracy, like `actlab train`.
Needs only $NEEDS. Generated by `actlab export --format $FORMAT`.
"""
import json
import math
import struct
)PY";

const char* const kConfig = R"PY(
# ---- the experiment ---------------------------------------------------------------------------------
DATASET = '$DATASET'
POINTS = $POINTS
NOISE = $NOISE
TRAIN_RATIO = $TRAIN_RATIO
CLASSES = $CLASSES
DATA_SEED = $DATA_SEED
FEATURES = [$FEATURES]
# Weight layers, input side first: fan-in, units, maxout pieces, activation, its parameters (initial
# values), parameters learnt per unit. The last row is the output layer and its head.
LAYERS = [
$LAYERS]
OUTPUT = '$OUTPUT'
INIT = '$INIT'
INIT_SCALE = $INIT_SCALE
OPTIMIZER = '$OPTIMIZER'
LR = $LR
MOMENTUM = $MOMENTUM
BETA1, BETA2 = $BETA1, $BETA2
RHO = $RHO
EPS = $EPS
BATCH = $BATCH
L1, L2 = $L1, $L2  # penalty rates on the weights (not biases): gradient += L2 * w + L1 * sign(w)
DROPOUT = $DROPOUT
CLIP = $CLIP  # clip the global gradient norm to this (0 = off)
SEED = $SEED  # initial weights, shuffles and dropout masks
EPOCHS = $EPOCHS
)PY";

// f32() is defined before the configuration uses it.
const char* const kF32 = R"PY(

def f32(v):
    """v rounded to float32, as ActLab stores every number."""
    return struct.unpack('<f', struct.pack('<f', v))[0]
)PY";

const char* const kRng = R"PY(

# ---- ActLab's random generator (cpp/core/rng.h): xoshiro128** seeded through SplitMix64 -------------
M32, M64 = 0xFFFFFFFF, 0xFFFFFFFFFFFFFFFF


def rotl(x, k):
    return ((x << k) | (x >> (32 - k))) & M32


class Rng:
    def __init__(self, seed):
        z, s = seed & M64, []
        for _ in range(2):
            z = (z + 0x9E3779B97F4A7C15) & M64
            v = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M64
            v = ((v ^ (v >> 27)) * 0x94D049BB133111EB) & M64
            v ^= v >> 31
            s += [v & M32, v >> 32]
        if not any(s):
            s[0] = 1
        self.s = s

    def next_u32(self):
        s = self.s
        result = (rotl((s[1] * 5) & M32, 7) * 9) & M32
        t = (s[1] << 9) & M32
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = rotl(s[3], 11)
        return result

    def uniform_f(self):  # [0, 1), 24 bits (dropout masks)
        return (self.next_u32() >> 8) * 2.0**-24

    def uniform(self, lo=0.0, hi=1.0):  # [lo, hi), 53 bits (data, weights)
        a = self.next_u32() >> 5
        b = self.next_u32() >> 6
        return lo + (hi - lo) * (((a << 26) | b) * 2.0**-53)

    def below(self, n):  # integer in [0, n)
        return (self.next_u32() * n) >> 32

    def normal(self):  # Marsaglia's polar method
        while True:
            u = 2.0 * self.uniform() - 1.0
            v = 2.0 * self.uniform() - 1.0
            s = u * u + v * v
            if 0.0 < s < 1.0:
                return u * math.sqrt(-2.0 * math.log(s) / s)

    def shuffle(self, a):  # Fisher-Yates
        for i in range(len(a), 1, -1):
            j = self.below(i)
            a[i - 1], a[j] = a[j], a[i - 1]
)PY";

// ---- dataset generators (cpp/core/dataset.cpp, after TensorFlow Playground's dataset.ts) ----------------
const char* const kGenXor = R"PY(

def generate(rng):  # xor: label of the noise-shifted point, x * y >= 0 -> class 1
    points = []
    for _ in range(POINTS):
        x = rng.uniform(-5, 5)
        x += 0.3 if x > 0 else -0.3
        y = rng.uniform(-5, 5)
        y += 0.3 if y > 0 else -0.3
        nx = rng.uniform(-5, 5) * NOISE
        ny = rng.uniform(-5, 5) * NOISE
        points.append((x, y, 1.0 if (x + nx) * (y + ny) >= 0 else 0.0))
    return points
)PY";

const char* const kGenXor4 = R"PY(

def generate(rng):  # xor4: the four corners, class 1 where x * y > 0
    return [(x, y, 1.0 if x * y > 0 else 0.0) for x in (-3.0, 3.0) for y in (-3.0, 3.0)]
)PY";

const char* const kGenSpiral = R"PY(

def generate(rng):  # spiral with CLASSES arms; TF Playground's positive arm (class 1) first
    points = []
    n = POINTS / CLASSES
    for a in range(CLASSES):
        c = 1 if a == 0 else 0 if a == 1 else a
        delta_t = 2 * math.pi * c / CLASSES + math.pi
        i = 0
        while i < n:
            r = i / n * 5
            t = 1.75 * i / n * 2 * math.pi + delta_t
            x = r * math.sin(t) + rng.uniform(-1, 1) * NOISE
            y = r * math.cos(t) + rng.uniform(-1, 1) * NOISE
            points.append((x, y, float(c)))
            i += 1
    return points
)PY";

const char* const kGenCircle = R"PY(

def generate(rng):  # circle: class 1 inside radius 2.5 (label of the noise-shifted point)
    points = []
    radius = 5
    half = POINTS / 2.0
    for ring in range(2):
        r_lo, r_hi = (0, radius * 0.5) if ring == 0 else (radius * 0.7, radius)
        i = 0
        while i < half:
            r = rng.uniform(r_lo, r_hi)
            angle = rng.uniform(0, 2 * math.pi)
            x, y = r * math.sin(angle), r * math.cos(angle)
            nx = rng.uniform(-radius, radius) * NOISE
            ny = rng.uniform(-radius, radius) * NOISE
            lx, ly = x + nx, y + ny
            points.append((x, y, 1.0 if math.sqrt(lx * lx + ly * ly) < radius * 0.5 else 0.0))
            i += 1
    return points
)PY";

const char* const kGenGauss = R"PY(

def generate(rng):  # two Gaussians at (2, 2) (class 1) and (-2, -2) (class 0)
    points = []
    sd = math.sqrt(0.5 + NOISE * (4 - 0.5) / 0.5)
    half = POINTS / 2.0
    for g in range(2):
        c = 2 if g == 0 else -2
        i = 0
        while i < half:
            x = c + sd * rng.normal()
            y = c + sd * rng.normal()
            points.append((x, y, 1.0 if g == 0 else 0.0))
            i += 1
    return points
)PY";

const char* const kGenMoons = R"PY(

def generate(rng):  # scikit-learn's make_moons, centred and scaled by 3.5
    points = []
    n_outer = POINTS // 2
    for m, n in ((0, n_outer), (1, POINTS - n_outer)):
        for i in range(n):
            t = math.pi * i / (n - 1) if n > 1 else 0
            x = math.cos(t) if m == 0 else 1 - math.cos(t)
            y = math.sin(t) if m == 0 else 1 - math.sin(t) - 0.5
            x += NOISE * rng.normal()
            y += NOISE * rng.normal()
            points.append(((x - 0.5) * 3.5, (y - 0.25) * 3.5, float(m)))
    return points
)PY";

const char* const kGenCheckerboard = R"PY(

def generate(rng):  # 4 x 4 cells of side 3; (column + row) odd -> class 1 (noise-shifted point)
    points = []
    for _ in range(POINTS):
        x, y = rng.uniform(-6, 6), rng.uniform(-6, 6)
        nx, ny = rng.uniform(-6, 6) * NOISE, rng.uniform(-6, 6) * NOISE
        cx, cy = math.floor((x + nx + 6) / 3), math.floor((y + ny + 6) / 3)
        points.append((x, y, 1.0 if (cx + cy) % 2 == 1 else 0.0))
    return points
)PY";

const char* const kGenPlane = R"PY(

def generate(rng):  # plane: target (x + y) / 10 of the noise-shifted point, clipped to [-1, 1]
    points = []
    for _ in range(POINTS):
        x, y = rng.uniform(-6, 6), rng.uniform(-6, 6)
        nx, ny = rng.uniform(-6, 6) * NOISE, rng.uniform(-6, 6) * NOISE
        points.append((x, y, min(max((x + nx + y + ny) / 10, -1.0), 1.0)))
    return points
)PY";

const char* const kGenSine1d = R"PY(

def generate(rng):  # sine1d: x ~ U(-6, 6), target sin(x) + N(0, NOISE^2)
    points = []
    for _ in range(POINTS):
        x = rng.uniform(-6, 6)
        points.append((x, 0.0, math.sin(x) + NOISE * rng.normal()))
    return points
)PY";

const char* const kGenCustom = R"PY(

def generate(rng):  # custom: class 1 where f(x + nx, y + ny) > 0 (the noise shifts the labelled point)
    points = []
    for _ in range(POINTS):
        x, y = rng.uniform(-6, 6), rng.uniform(-6, 6)
        nx, ny = rng.uniform(-6, 6) * NOISE, rng.uniform(-6, 6) * NOISE
        points.append((x, y, 1.0 if data_f(x + nx, y + ny) > 0 else 0.0))
    return points
)PY";

const char* const kGenCustom1d = R"PY(

def generate(rng):  # custom1d: x ~ U(-6, 6), target f(x) + N(0, NOISE^2)
    points = []
    for _ in range(POINTS):
        x = rng.uniform(-6, 6)
        points.append((x, 0.0, data_f(x, 0.0) + NOISE * rng.normal()))
    return points
)PY";

// The data formula as a Python function of two floats, in double precision as make_dataset evaluates
// it; its declared parameters at their defaults. Imports its library itself: the data is made before
// the model's imports.
std::string data_formula_py(const Formula& f, bool numpy) {
  std::string s = "\n\ndef data_f(x, y):  # your data formula: " + std::string(f.text) + "\n";
  if (numpy) {
    s += "    import numpy as np  # noqa: F401\n";
  } else {
    s += "    import torch  # noqa: F401\n";
    s += "    x, y = torch.tensor(x, dtype=torch.float64), torch.tensor(y, dtype=torch.float64)\n";
  }
  for (int k = 0; k < f.n_params; ++k) {
    char num[40];
    std::snprintf(num, sizeof num, "%.9g", static_cast<double>(f.params[k].def));
    s += "    " + std::string(f.params[k].name) + " = " + num + "\n";
  }
  s += "    return float(" + formula_to_python(f, numpy ? PyFlavour::numpy : PyFlavour::torch) + ")\n";
  return s;
}

const char* generator_of(DatasetKind k) {
  switch (k) {
    case DatasetKind::xor_: return kGenXor;
    case DatasetKind::xor4: return kGenXor4;
    case DatasetKind::spiral: return kGenSpiral;
    case DatasetKind::circle: return kGenCircle;
    case DatasetKind::gauss: return kGenGauss;
    case DatasetKind::moons: return kGenMoons;
    case DatasetKind::checkerboard: return kGenCheckerboard;
    case DatasetKind::plane: return kGenPlane;
    case DatasetKind::sine1d: return kGenSine1d;
    case DatasetKind::custom: return kGenCustom;
    case DatasetKind::custom1d: return kGenCustom1d;
  }
  return kGenXor;
}

// Split, features, targets, initial weights.
const char* const kData = R"PY(

def make_data():
    """Points (float32) shuffled and split like ActLab: the training set first, then the test set."""
    rng = Rng(DATA_SEED)
    points = generate(rng)
    order = list(range(len(points)))
$SPLIT
    rows = [(f32(points[i][0]), f32(points[i][1]), f32(points[i][2])) for i in order]
    return rows, n_train


def features(x, y):  # the enabled input features, computed in float32
    return [$FEATURE_EXPR]


def target(label):  # what the head is trained towards
    return $TARGET


def draw(rng, fan_in, fan_out):  # one initial weight: $INIT
    return $DRAW


def initial_weights():
    """Every layer's W (units * pieces rows, fan-in columns, row-major) from one Rng(SEED)."""
    rng = Rng(SEED)
    return [[f32(draw(rng, n_in, units)) for _ in range(units * pieces * n_in)]
            for n_in, units, pieces, _, _, _ in LAYERS]


ROWS, N_TRAIN = make_data()
INPUTS = [features(x, y) for x, y, _ in ROWS]
TARGETS = [target(label) for _, _, label in ROWS]
)PY";

const char* const kSplitShuffle = R"PY(    rng.shuffle(order)
    split = math.floor(len(points) * TRAIN_RATIO + 1e-3)
    n_train = min(max(split, 1), len(points) - 1)
)PY";
const char* const kSplitXor4 =
    R"PY(    n_train = len(points)  # xor4: the same four points are the training and the test set
    order += order
)PY";

std::string draw_expr(Init i) {
  switch (i) {
    case Init::xavier_uniform: return "rng.uniform(-1.0, 1.0) * math.sqrt(6.0 / (fan_in + fan_out))";
    case Init::xavier_normal: return "rng.normal() * math.sqrt(2.0 / (fan_in + fan_out))";
    case Init::he_uniform: return "rng.uniform(-1.0, 1.0) * math.sqrt(6.0 / fan_in)";
    case Init::he_normal: return "rng.normal() * math.sqrt(2.0 / fan_in)";
    case Init::lecun_normal: return "rng.normal() * math.sqrt(1.0 / fan_in)";
    case Init::uniform: return "rng.uniform(-1.0, 1.0) * INIT_SCALE";
    case Init::zeros: return "0.0";
  }
  return "0.0";
}

const char* feature_expr(Feature f) {
  switch (f) {
    case Feature::x: return "x";
    case Feature::y: return "y";
    case Feature::x_squared: return "f32(x * x)";
    case Feature::y_squared: return "f32(y * y)";
    case Feature::xy: return "f32(x * y)";
    case Feature::sin_x: return "f32(math.sin(x))";
    case Feature::sin_y: return "f32(math.sin(y))";
  }
  return "x";
}

// ---- NumPy: backprop by hand ------------------------------------------------------------------------------
const char* const kNumpyModel = R"PY(

# ---- the network in NumPy (float64; rows are samples) -----------------------------------------------
import numpy as np  # noqa: E402

X = np.array(INPUTS, dtype=np.float64)
T = np.array(TARGETS, dtype=np.float64)
X_TRAIN, T_TRAIN, X_TEST, T_TEST = X[:N_TRAIN], T[:N_TRAIN], X[N_TRAIN:], T[N_TRAIN:]
SELU_ALPHA, SELU_SCALE = 1.6732632423543772, 1.0507009873554805
GELU_C = math.sqrt(2.0 / math.pi)
erf = np.vectorize(math.erf, otypes=[np.float64])


def sigmoid(x):
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
$FORMULA

# Element-wise activations: f(x, p), f'(x, y = f(x), p), [df/dp_k (x, y, p)]
ACTIVATIONS = {
$ACTS}

# Per weight layer: [W, b, then each activation parameter as a per-unit array when learnt]
params = []
for (n_in, units, pieces, act, p, learn), w in zip(LAYERS, initial_weights()):
    layer = [np.array(w).reshape(units * pieces, n_in), np.zeros(units * pieces)]
    if learn:
        layer += [np.full(units, v) for v in p]
    params.append(layer)


def act_params(l):
    return params[l][2:] if LAYERS[l][5] else LAYERS[l][4]


def output(z):  # the head's output from the last layer's pre-activation z (n, K)
    $OUTPUT_FN


def head(z, h, t):
    """Summed data loss, dL/dz of every sample (n, K), number of correct predictions."""
    $HEAD_FN


def forward(x, masks=None):
    """Per weight layer: (its input, pre-activation z, output h, maxout winners)."""
    cache = []
    for l, (n_in, units, pieces, act, p, learn) in enumerate(LAYERS):
        W, b = params[l][0], params[l][1]
        z = x @ W.T + b
        arg = None
        if l == len(LAYERS) - 1:
            h = output(z)
        elif pieces > 1:  # maxout: the largest of the unit's pieces (the first on ties)
            zk = z.reshape(len(z), units, pieces)
            arg = zk.argmax(axis=2)
            h = np.take_along_axis(zk, arg[:, :, None], axis=2)[:, :, 0]
        else:
            h = ACTIVATIONS[act][0](z, act_params(l))
        cache.append((x, z, h, arg))
        x = h if masks is None or l == len(LAYERS) - 1 else h * masks[l]
    return cache


def backward(cache, dz, masks=None):
    """Gradients of every parameter from dL/dz of the output layer."""
    grads = [[None] * len(layer) for layer in params]
    for l in range(len(LAYERS) - 1, -1, -1):
        x = cache[l][0]
        grads[l][0] = dz.T @ x
        grads[l][1] = dz.sum(axis=0)
        if l == 0:
            break
        da = dz @ params[l][0]  # dL/d(output of layer l - 1)
        if masks is not None:
            da = da * masks[l - 1]
        n_in, units, pieces, act, p, learn = LAYERS[l - 1]
        _, pz, ph, parg = cache[l - 1]
        if pieces > 1:  # maxout: the gradient goes to the winning piece
            dz = np.zeros((len(pz), units, pieces))
            np.put_along_axis(dz, parg[:, :, None], da[:, :, None], axis=2)
            dz = dz.reshape(len(pz), units * pieces)
        else:
            f, df, dp = ACTIVATIONS[act]
            if learn:
                for k, d in enumerate(dp(pz, ph, act_params(l - 1))):
                    grads[l - 1][2 + k] = (da * d).sum(axis=0)
            dz = da * df(pz, ph, act_params(l - 1))
    return grads


class Optimizer:  # $OPTIMIZER, as torch.optim defines it
    def __init__(self, tensors):
        self.m = [np.zeros_like(q) for q in tensors]
        self.v = [np.zeros_like(q) for q in tensors]
        self.t = 0

    def step(self, tensors, grads):
        self.t += 1
        for q, g, m, v in zip(tensors, grads, self.m, self.v):
            $OPT_STEP


def evaluate(x, t):
    _, z, h, _ = forward(x)[-1]
    loss, _, correct = head(z, h, t)
    return loss / len(t), correct / len(t)


rng_shuffle = Rng(SEED ^ 0x5348554646)
rng_dropout = Rng(SEED ^ 0x44524F50)
flat = [q for layer in params for q in layer]
optimizer = Optimizer(flat)


def train_step(idx):
    masks = None
    if DROPOUT > 0:  # inverted dropout of hidden units, masks drawn unit by unit
        masks = [np.array([[1.0 / (1.0 - DROPOUT) if rng_dropout.uniform_f() >= DROPOUT else 0.0
                            for _ in idx] for _ in range(units)]).T for _, units, *_ in LAYERS[:-1]]
    cache = forward(X_TRAIN[idx], masks)
    _, z, h, _ = cache[-1]
    _, dz, _ = head(z, h, T_TRAIN[idx])
    grads = backward(cache, dz / len(idx), masks)
    for layer, g in zip(params, grads):
        W = layer[0]
        g[0] = g[0] + L2 * W + L1 * np.sign(W)
    gflat = [g for layer in grads for g in layer]
    norm = math.sqrt(sum(float((g * g).sum()) for g in gflat))
    if CLIP > 0 and norm > CLIP:
        gflat = [g * (CLIP / norm) for g in gflat]
    optimizer.step(flat, gflat)
)PY";

const char* const kLoop = R"PY(

def report(epoch):
    train_loss, train_accuracy = evaluate(X_TRAIN, T_TRAIN)
    test_loss, test_accuracy = evaluate(X_TEST, T_TEST)
    line = {'epoch': epoch, 'train_loss': float(train_loss), 'test_loss': float(test_loss),
            'accuracy': $ACCURACY, 'train_accuracy': $TRAIN_ACCURACY}
    print(json.dumps(line), flush=True)
    return math.isfinite(train_loss)


if report(0):
    for epoch in range(1, EPOCHS + 1):
        order = list(range(N_TRAIN))
        rng_shuffle.shuffle(order)
        for start in range(0, N_TRAIN, BATCH):
            train_step(order[start:start + BATCH])
        if not report(epoch):
            break
)PY";

std::string numpy_output(Output o) {
  switch (o) {
    case Output::tanh: return "return np.tanh(z)";
    case Output::sigmoid: return "return sigmoid(z)";
    case Output::identity: return "return z";
    case Output::softmax:
      return "e = np.exp(z - z.max(axis=1, keepdims=True))\n    return e / e.sum(axis=1, keepdims=True)";
    case Output::softmin:
      return "e = np.exp(-z - (-z).max(axis=1, keepdims=True))\n    return e / e.sum(axis=1, keepdims=True)";
    case Output::log_softmax:
      return "m = z.max(axis=1, keepdims=True)\n    return z - m - np.log(np.exp(z - m).sum(axis=1, "
             "keepdims=True))";
  }
  return "return z";
}

std::string numpy_head(Output o) {
  switch (o) {
    case Output::tanh:  // TF Playground's 1/2 (o - t)^2
      return "e = h[:, 0] - t\n"
             "    correct = int(((h[:, 0] >= 0) == (t > 0)).sum())\n"
             "    return 0.5 * float((e * e).sum()), (e * (1.0 - h[:, 0] ** 2))[:, None], correct";
    case Output::identity: return "e = z[:, 0] - t\n    return float((e * e).sum()), (2.0 * e)[:, None], 0";
    case Output::sigmoid:
      return "zz = z[:, 0]\n"
             "    loss = np.maximum(zz, 0) - t * zz + np.log1p(np.exp(-np.abs(zz)))  # cross-entropy from "
             "the logit\n"
             "    correct = int(((h[:, 0] >= 0.5) == (t > 0.5)).sum())\n"
             "    return float(loss.sum()), (h[:, 0] - t)[:, None], correct";
    case Output::softmax:
    case Output::log_softmax:
    case Output::softmin: {
      const char* sign = o == Output::softmin ? "-1.0" : "1.0";
      return std::string("s = ") + sign +
             " * z  # cross-entropy of softmax(s) (softmin: s = -z; log_softmax: NLL)\n" +
             "    m = s.max(axis=1, keepdims=True)\n"
             "    lse = m[:, 0] + np.log(np.exp(s - m).sum(axis=1))\n"
             "    k = t.astype(int)\n"
             "    rows = np.arange(len(t))\n"
             "    loss = lse - s[rows, k]\n"
             "    dz = np.exp(s - lse[:, None])\n"
             "    dz[rows, k] -= 1.0\n"
             "    correct = int((h.argmax(axis=1) == k).sum())\n"
             "    return float(loss.sum()), " +
             sign + " * dz, correct";
    }
  }
  return "";
}

std::string numpy_opt_step(Optimizer o) {
  switch (o) {
    case Optimizer::sgd: return "q -= LR * g";
    case Optimizer::momentum: return "m[:] = MOMENTUM * m + g\n            q -= LR * m";
    case Optimizer::nesterov: return "m[:] = MOMENTUM * m + g\n            q -= LR * (g + MOMENTUM * m)";
    case Optimizer::rmsprop:
      return "v[:] = RHO * v + (1 - RHO) * g * g\n            q -= LR * g / (np.sqrt(v) + EPS)";
    case Optimizer::adam:
      return "m[:] = BETA1 * m + (1 - BETA1) * g\n"
             "            v[:] = BETA2 * v + (1 - BETA2) * g * g\n"
             "            m_hat = m / (1 - BETA1**self.t)\n"
             "            v_hat = v / (1 - BETA2**self.t)\n"
             "            q -= LR * m_hat / (np.sqrt(v_hat) + EPS)";
    case Optimizer::adagrad: return "v += g * g\n            q -= LR * g / (np.sqrt(v) + EPS)";
  }
  return "";
}

// ---- PyTorch: autograd and torch.optim -------------------------------------------------------------------
const char* const kTorchModel = R"PY(

# ---- the network in PyTorch (float64): autograd computes every gradient -----------------------------
import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402

torch.set_default_dtype(torch.float64)
X = torch.tensor(INPUTS)
T = torch.tensor(TARGETS)
X_TRAIN, T_TRAIN, X_TEST, T_TEST = X[:N_TRAIN], T[:N_TRAIN], X[N_TRAIN:], T[N_TRAIN:]
$FORMULA
# One function per hidden layer: its activation of the pre-activation z (rows are samples), with p the
# layer's parameters (numbers, or per-unit tensors when learnt).
ACTIVATIONS = [
$ACTS]


class Net(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = torch.nn.ModuleList(
            torch.nn.Linear(n_in, units * pieces) for n_in, units, pieces, *_ in LAYERS)
        self.act_params = torch.nn.ParameterList(
            torch.nn.Parameter(torch.full((units,), v)) for _, units, _, _, p, learn in LAYERS if learn for v in p)
        with torch.no_grad():
            for lin, w in zip(self.linear, initial_weights()):
                lin.weight.copy_(torch.tensor(w).view_as(lin.weight))
                lin.bias.zero_()

    def forward(self, x, masks=None):
        """The last layer's pre-activation (logits) of every sample."""
        k = 0
        for l, (n_in, units, pieces, act, p, learn) in enumerate(LAYERS[:-1]):
            if learn:
                p, k = [self.act_params[i] for i in range(k, k + len(p))], k + len(p)
            x = ACTIVATIONS[l](self.linear[l](x), p)
            if masks is not None:
                x = x * masks[l]
        return self.linear[-1](x)


def head(z, t):
    """The head's output and the mean data loss."""
    $HEAD_FN


def correct(h, t):
    return int($CORRECT.sum())


net = Net()
optimizer = $TORCH_OPT


def evaluate(x, t):
    with torch.no_grad():
        h, loss = head(net(x), t)
    return loss.item(), correct(h, t) / len(t)


rng_shuffle = Rng(SEED ^ 0x5348554646)
rng_dropout = Rng(SEED ^ 0x44524F50)


def train_step(idx):
    masks = None
    if DROPOUT > 0:  # inverted dropout of hidden units, masks drawn unit by unit
        masks = [torch.tensor([[1.0 / (1.0 - DROPOUT) if rng_dropout.uniform_f() >= DROPOUT else 0.0
                                for _ in idx] for _ in range(units)]).T for _, units, *_ in LAYERS[:-1]]
    optimizer.zero_grad()
    _, loss = head(net(X_TRAIN[idx], masks), T_TRAIN[idx])
    weights = [lin.weight for lin in net.linear]
    penalty = sum(L1 * w.abs().sum() + 0.5 * L2 * (w * w).sum() for w in weights)
    (loss + penalty).backward()
    if CLIP > 0:
        norm = math.sqrt(sum(float((q.grad * q.grad).sum()) for q in net.parameters()))
        if norm > CLIP:
            for q in net.parameters():
                q.grad.mul_(CLIP / norm)
    optimizer.step()
)PY";

std::string torch_head(Output o) {
  switch (o) {
    case Output::tanh:
      return "h = torch.tanh(z[:, 0])\n    return h, 0.5 * ((h - t) ** 2).mean()  # TF Playground's squared "
             "error";
    case Output::identity: return "h = z[:, 0]\n    return h, ((h - t) ** 2).mean()";
    case Output::sigmoid:
      return "return torch.sigmoid(z[:, 0]), F.binary_cross_entropy_with_logits(z[:, 0], t)";
    case Output::softmax: return "return F.softmax(z, dim=1), F.cross_entropy(z, t.long())";
    case Output::log_softmax: return "h = F.log_softmax(z, dim=1)\n    return h, F.nll_loss(h, t.long())";
    case Output::softmin: return "return F.softmin(z, dim=1), F.cross_entropy(-z, t.long())";
  }
  return "";
}

std::string torch_correct(Output o) {
  switch (o) {
    case Output::tanh: return "((h >= 0) == (t > 0))";
    case Output::sigmoid: return "((h >= 0.5) == (t > 0.5))";
    case Output::identity: return "(h != h)";  // regression: no accuracy (reported as null)
    case Output::softmax:
    case Output::log_softmax:
    case Output::softmin: return "(h.argmax(dim=1) == t.long())";
  }
  return "";
}

std::string torch_optimizer(Optimizer o) {
  switch (o) {
    case Optimizer::sgd: return "torch.optim.SGD(net.parameters(), lr=LR)";
    case Optimizer::momentum: return "torch.optim.SGD(net.parameters(), lr=LR, momentum=MOMENTUM)";
    case Optimizer::nesterov:
      return "torch.optim.SGD(net.parameters(), lr=LR, momentum=MOMENTUM, nesterov=True)";
    case Optimizer::rmsprop: return "torch.optim.RMSprop(net.parameters(), lr=LR, alpha=RHO, eps=EPS)";
    case Optimizer::adam: return "torch.optim.Adam(net.parameters(), lr=LR, betas=(BETA1, BETA2), eps=EPS)";
    case Optimizer::adagrad: return "torch.optim.Adagrad(net.parameters(), lr=LR, eps=EPS)";
  }
  return "";
}

// ---- assembling ---------------------------------------------------------------------------------------------
std::string layers_table(const std::vector<LayerShape>& layers, Output head) {
  std::string s;
  for (size_t l = 0; l < layers.size(); ++l) {
    const LayerShape& L = layers[l];
    std::string params;
    for (int k = 0; k < L.np; ++k) params += (k ? ", " : "") + py_f32(L.fixed[k]);
    const char* act = L.hidden ? act_info(L.act).name : output_name(head);
    s += "    (" + std::to_string(L.in) + ", " + std::to_string(L.out) + ", " + std::to_string(L.pieces) +
         ", " + quoted(act) + ", [" + params + "], " + (L.learn ? "True" : "False") + "),";
    s += L.hidden ? "\n" : "  # output layer\n";
  }
  return s;
}

std::string numpy_activations(const std::vector<LayerShape>& layers) {
  std::string s;
  std::vector<Act> done;
  for (const LayerShape& L : layers) {
    if (!L.hidden || L.act == Act::maxout) continue;
    bool seen = false;
    for (Act a : done) seen = seen || a == L.act;
    if (seen) continue;
    done.push_back(L.act);
    if (L.act == Act::formula) {
      s += formula_numpy_row(*L.formula);
      continue;
    }
    const ActPython& p = act_info(L.act).python;
    s += std::string("    '") + act_info(L.act).name + "': (\n        lambda x, p: " + p.np_f +
         ",\n        lambda x, y, p: " + p.np_df + ",\n        lambda x, y, p: " + p.np_dp + "),\n";
  }
  return s;
}

std::string torch_activations(const std::vector<LayerShape>& layers) {
  std::string s;
  for (const LayerShape& L : layers) {
    if (!L.hidden) continue;
    std::string expr;
    if (L.act == Act::maxout) {
      expr =
          "z.view(len(z), " + std::to_string(L.out) + ", " + std::to_string(L.pieces) + ").max(dim=2).values";
    } else if (L.act == Act::formula) {
      expr = "formula(z, *[torch.as_tensor(q) for q in p])";
    } else {
      const ActPython& p = act_info(L.act).python;
      expr = L.learn && p.torch_learn ? p.torch_learn : p.torch_fixed;
    }
    s += "    lambda z, p: " + expr + ",  # " + act_info(L.act).name + "\n";
  }
  return s;
}

std::string feature_list(uint32_t mask, bool quoted_names) {
  std::string s;
  for (int f = 0; f < kNumFeatures; ++f) {
    if (!(mask >> f & 1u)) continue;
    if (!s.empty()) s += ", ";
    s += quoted_names ? quoted(feature_name(static_cast<Feature>(f))) : feature_expr(static_cast<Feature>(f));
  }
  return s;
}

std::string fmt_flag_float(float v) {
  char buf[40];
  for (int digits = 1; digits <= 9; ++digits) {
    std::snprintf(buf, sizeof buf, "%.*g", digits, static_cast<double>(v));
    if (std::strtof(buf, nullptr) == v) break;
  }
  return buf;
}

}  // namespace

const char* export_format_name(ExportFormat f) {
  switch (f) {
#define ACTLAB_EXPORT_NAME(id) \
  case ExportFormat::id: return #id;
    ACTLAB_EXPORT_FORMATS(ACTLAB_EXPORT_NAME)
#undef ACTLAB_EXPORT_NAME
  }
  return "?";
}

bool export_format_parse(const char* name, ExportFormat* out) {
  if (name == nullptr) return false;
#define ACTLAB_EXPORT_PARSE(id)      \
  if (std::strcmp(name, #id) == 0) { \
    *out = ExportFormat::id;         \
    return true;                     \
  }
  ACTLAB_EXPORT_FORMATS(ACTLAB_EXPORT_PARSE)
#undef ACTLAB_EXPORT_PARSE
  return false;
}

std::string export_format_names() {
  std::string s;
#define ACTLAB_EXPORT_LIST(id) s += (s.empty() ? "" : ", ") + std::string(#id);
  ACTLAB_EXPORT_FORMATS(ACTLAB_EXPORT_LIST)
#undef ACTLAB_EXPORT_LIST
  return s;
}

std::string train_command(const DataConfig& d, const NetConfig& net, const TrainConfig& t, int epochs) {
  std::string s = "actlab train --dataset " + std::string(dataset_info(d.kind).name);
  auto flag = [&s](const char* name, const std::string& v) { s += std::string(" --") + name + " " + v; };
  flag("points", std::to_string(d.points));
  flag("noise", fmt_flag_float(d.noise));
  flag("train-ratio", fmt_flag_float(d.train_ratio));
  if (!dataset_info(d.kind).regression) flag("classes", std::to_string(d.classes));
  flag("data-seed", std::to_string(d.seed));
  // Texts in single quotes for the shell (a ' inside becomes '\'').
  auto quoted_text = [](const char* text) {
    std::string q = "'";
    for (const char* c = text; *c; ++c) q += *c == '\'' ? std::string("'\\''") : std::string(1, *c);
    return q + "'";
  };
  if ((d.kind == DatasetKind::custom || d.kind == DatasetKind::custom1d) && d.formula[0] != '\0')
    flag("data-formula", quoted_text(d.formula));
  std::string feats;
  for (int f = 0; f < kNumFeatures; ++f)
    if (net.features >> f & 1u)
      feats += (feats.empty() ? "" : ",") + std::string(feature_name(static_cast<Feature>(f)));
  flag("features", feats);
  std::string units, acts;
  for (int i = 0; i < net.n_hidden; ++i) {
    units += (i ? "," : "") + std::to_string(net.hidden[i].units);
    acts += (i ? "," : "") + std::string(act_info(net.hidden[i].act).name);
  }
  flag("layers", net.n_hidden == 0 ? "0" : units);
  if (net.n_hidden > 0) flag("activations", acts);
  bool uses_formula = false;
  for (int i = 0; i < net.n_hidden; ++i) uses_formula = uses_formula || net.hidden[i].act == Act::formula;
  if (uses_formula) flag("formula", quoted_text(net.formula));
  // A formula layer's parameters are the ones its text declares (NaN start value = the default).
  Formula formula;
  if (uses_formula && !formula_compile(net.formula, FormulaVars::x, &formula).empty()) formula.n_params = 0;
  // Activation parameters are one flag per name for all layers that have it (the CLI's rule): the
  // first layer having a parameter gives its value. Learnt-or-not is one switch for all layers.
  std::vector<std::string> seen;
  bool any_params = false, learn = false;
  for (int i = 0; i < net.n_hidden; ++i) {
    const LayerSpec& L = net.hidden[i];
    if (L.act == Act::maxout) {
      flag("maxout-k", std::to_string(L.maxout_k));
      continue;
    }
    const bool own = L.act == Act::formula;
    const int np = own ? formula.n_params : act_info(L.act).n_params;
    for (int k = 0; k < np; ++k) {
      const char* name = own ? formula.params[k].name : act_info(L.act).params[k].name;
      const float v = own && std::isnan(L.act_params[k]) ? formula.params[k].def : L.act_params[k];
      any_params = true;
      learn = learn || L.learn_params;
      bool dup = false;
      for (const std::string& n : seen) dup = dup || n == name;
      if (dup) continue;
      seen.push_back(name);
      flag(name, fmt_flag_float(v));
    }
  }
  if (any_params) flag("learn-params", learn ? "on" : "off");
  flag("output", output_name(net.output));
  flag("init", init_name(net.init));
  if (net.init == Init::uniform) flag("init-scale", fmt_flag_float(net.init_scale));
  flag("optimizer", optimizer_name(t.optimizer));
  flag("lr", fmt_flag_float(t.lr));
  switch (t.optimizer) {
    case Optimizer::momentum:
    case Optimizer::nesterov: flag("momentum", fmt_flag_float(t.momentum)); break;
    case Optimizer::rmsprop:
      flag("rho", fmt_flag_float(t.rho));
      flag("eps", fmt_flag_float(t.eps));
      break;
    case Optimizer::adam:
      flag("beta1", fmt_flag_float(t.beta1));
      flag("beta2", fmt_flag_float(t.beta2));
      flag("eps", fmt_flag_float(t.eps));
      break;
    case Optimizer::adagrad: flag("eps", fmt_flag_float(t.eps)); break;
    case Optimizer::sgd: break;
  }
  flag("batch", std::to_string(t.batch));
  if (t.l1 != 0) flag("l1", fmt_flag_float(t.l1));
  if (t.l2 != 0) flag("l2", fmt_flag_float(t.l2));
  if (t.dropout != 0) flag("dropout", fmt_flag_float(t.dropout));
  if (t.clip != 0) flag("clip", fmt_flag_float(t.clip));
  flag("seed", std::to_string(t.seed));
  flag("epochs", std::to_string(epochs));
  return s;
}

std::string export_code(ExportFormat format, const DataConfig& data, const NetConfig& net,
                        const TrainConfig& train, int epochs, std::string* out) {
  Dataset d;
  if (auto e = make_dataset(data, &d); !e.empty()) return e;
  if (auto e = validate(net, train, d); !e.empty()) return e;
  if (epochs < 0 || epochs > 1000000)
    return "epochs = " + std::to_string(epochs) + " is not allowed (allowed: 0 .. 1000000)";
  if (format != ExportFormat::numpy && format != ExportFormat::pytorch)
    return "format is not allowed (allowed: " + export_format_names() + ")";

  for (int i = 0; i < net.n_hidden; ++i) {
    const Act a = net.hidden[i].act;
    if (a != Act::maxout && a != Act::formula && act_info(a).python.np_f == nullptr)
      return std::string("activation ") + act_info(a).name + " has no Python formula for export yet";
  }
  int n_in = 0;
  for (int f = 0; f < kNumFeatures; ++f) n_in += static_cast<int>(net.features >> f & 1u);
  std::vector<LayerShape> layers;
  plan_layers(net, n_in, &layers);
  const bool numpy = format == ExportFormat::numpy;
  const Formula* formula = nullptr;  // compiled once by plan_layers(), shared by the formula layers
  for (const LayerShape& L : layers)
    if (L.act == Act::formula && L.formula) formula = L.formula.get();
  std::string formula_defs, formula_err;
  if (formula) formula_defs = numpy ? formula_numpy(*formula) : formula_torch(*formula, &formula_err);
  if (!formula_err.empty()) return formula_err;
  const bool classification = d.classes != 0;

  std::string s = fill(kHeader, {{"KIND", numpy ? "NumPy" : "PyTorch"},
                                 {"COMMAND", train_command(data, net, train, epochs)},
                                 {"DROPNOTE", train.dropout > 0 ? ", dropout masks" : ""},
                                 {"NEEDS", numpy ? "numpy" : "torch"},
                                 {"FORMAT", export_format_name(format)}});
  s += kF32;
  s += fill(kConfig, {{"DATASET", dataset_info(data.kind).name},
                      {"POINTS", std::to_string(data.points)},
                      {"NOISE", py_f32(data.noise)},
                      {"TRAIN_RATIO", py_f32(data.train_ratio)},
                      {"CLASSES", std::to_string(d.classes)},
                      {"DATA_SEED", std::to_string(data.seed)},
                      {"FEATURES", feature_list(net.features, true)},
                      {"LAYERS", layers_table(layers, net.output)},
                      {"OUTPUT", output_name(net.output)},
                      {"INIT", init_name(net.init)},
                      {"INIT_SCALE", py_f32(net.init_scale)},
                      {"OPTIMIZER", optimizer_name(train.optimizer)},
                      {"LR", py_f32(train.lr)},
                      {"MOMENTUM", py_f32(train.momentum)},
                      {"BETA1", py_f32(train.beta1)},
                      {"BETA2", py_f32(train.beta2)},
                      {"RHO", py_f32(train.rho)},
                      {"EPS", py_f32(train.eps)},
                      {"BATCH", std::to_string(train.batch)},
                      {"L1", py_f32(train.l1)},
                      {"L2", py_f32(train.l2)},
                      {"DROPOUT", py_f32(train.dropout)},
                      {"CLIP", py_f32(train.clip)},
                      {"SEED", std::to_string(train.seed)},
                      {"EPOCHS", std::to_string(epochs)}});
  s += kRng;
  if (data.kind == DatasetKind::custom || data.kind == DatasetKind::custom1d) {
    Formula df;
    const char* text = data.formula[0] != '\0' ? data.formula : dataset_info(data.kind).formula;
    if (auto e = formula_compile(text, FormulaVars::xy, &df); !e.empty()) return "data formula: " + e;
    s += data_formula_py(df, numpy);
  }
  s += generator_of(data.kind);
  const bool tanh_classes = net.output == Output::tanh && classification;
  s +=
      fill(kData,
           {{"SPLIT", data.kind == DatasetKind::xor4 ? kSplitXor4 : kSplitShuffle},
            {"FEATURE_EXPR", feature_list(net.features, false)},
            {"TARGET", tanh_classes ? "1.0 if label > 0.5 else -1.0  # tanh head: classes -1 / +1" : "label"},
            {"INIT", init_name(net.init)},
            {"DRAW", draw_expr(net.init)}});
  if (numpy) {
    std::string acts = numpy_activations(layers);
    s += fill(kNumpyModel, {{"ACTS", acts},
                            {"FORMULA", formula_defs},
                            {"OUTPUT_FN", numpy_output(net.output)},
                            {"HEAD_FN", numpy_head(net.output)},
                            {"OPTIMIZER", optimizer_name(train.optimizer)},
                            {"OPT_STEP", numpy_opt_step(train.optimizer)}});
  } else {
    s += fill(kTorchModel, {{"ACTS", torch_activations(layers)},
                            {"FORMULA", formula_defs},
                            {"HEAD_FN", torch_head(net.output)},
                            {"CORRECT", torch_correct(net.output)},
                            {"TORCH_OPT", torch_optimizer(train.optimizer)}});
  }
  s += fill(kLoop, {{"ACCURACY", classification ? "test_accuracy" : "None"},
                    {"TRAIN_ACCURACY", classification ? "train_accuracy" : "None"}});
  *out = std::move(s);
  return "";
}

}  // namespace actlab
