// dataset.cpp — the toy datasets. xor, spiral, circle, gauss and plane replicate TensorFlow
// Playground's src/dataset.ts (formulas, domains, draw order and noise semantics) with our seeded Rng
// in place of Math.random:
//   - per-class loops run `for (i = 0; i < points / K; i++)` with a real-valued bound, as TF's do,
//     so an odd count gives ceil(points / K) points per class (TF: numSamples / 2);
//   - noise either moves the points (spiral, gauss) or only the point the label is computed from
//     (xor, circle, plane: the point is drawn where it is, its label may be "wrong");
//   - all points are shuffled, then the first floor(total * train_ratio) are the training set.
// Labels are class indices: TF's -1 is class 0 and +1 is class 1.
#include "dataset.h"

#include <cassert>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <memory>

#include "range_error.h"
#include "rng.h"

namespace actlab {

namespace {

constexpr double kPi = 3.14159265358979323846;

// clang-format off
const DatasetInfo kInfos[kNumDatasets] = {
    {DatasetKind::xor_, "xor", "Exclusive or", "배타적 논리합 (XOR)", false, 2, 2, 2, 0, false},
    {DatasetKind::xor4, "xor4", "XOR, four points", "XOR 네 점", false, 2, 2, 2, 4, false},
    {DatasetKind::spiral, "spiral", "Spiral", "나선", false, 2, 2, 5, 0, true},
    {DatasetKind::circle, "circle", "Circle", "원", false, 2, 2, 2, 0, true},
    {DatasetKind::gauss, "gauss", "Two Gaussians", "두 가우시안", false, 2, 2, 2, 0, true},
    {DatasetKind::moons, "moons", "Two moons", "두 개의 반달", false, 2, 2, 2, 0, false},
    {DatasetKind::checkerboard, "checkerboard", "Checkerboard", "체커보드", false, 2, 2, 2, 0, false},
    {DatasetKind::plane, "plane", "Plane (regression)", "평면 (회귀)", true, 2, 0, 0, 0, false},
    {DatasetKind::sine1d, "sine1d", "Sine, 1-D (regression)", "사인 1차원 (회귀)", true, 1, 0, 0, 0, false},
    {DatasetKind::custom, "custom", "Your formula", "나의 식", false, 2, 2, 2, 0, false, "y - 3*sin(x)"},
    {DatasetKind::custom1d, "custom1d", "Your formula, 1-D (regression)", "나의 식 1차원 (회귀)", true, 1, 0, 0, 0,
     false, "x*sin(x)/5"},
};
// clang-format on

struct Point {
  double x, y, label;
};

// TF's randUniform(a, b).
double uniform(Rng& rng, double a, double b) { return rng.uniform(a, b); }

// classifyXORData: x, y in ±[0.3, 5.3]; label of the noise-shifted point, x*y >= 0 -> class 1.
void gen_xor(Rng& rng, int points, double noise, std::vector<Point>* out) {
  const double padding = 0.3;
  for (int i = 0; i < points; ++i) {
    double x = uniform(rng, -5, 5);
    x += x > 0 ? padding : -padding;
    double y = uniform(rng, -5, 5);
    y += y > 0 ? padding : -padding;
    const double nx = uniform(rng, -5, 5) * noise, ny = uniform(rng, -5, 5) * noise;
    out->push_back({x, y, (x + nx) * (y + ny) >= 0 ? 1.0 : 0.0});
  }
}

// The four corners of XOR, scaled into the domain; class 1 where x*y > 0.
void gen_xor4(std::vector<Point>* out) {
  const double c = 3;
  for (double x : {-c, c}) {
    for (double y : {-c, c}) out->push_back({x, y, x * y > 0 ? 1.0 : 0.0});
  }
}

// classifySpiralData generalised to K arms: n = points/K per arm, r = i/n*5,
// t = 1.75 * i/n * 2pi + deltaT, position noise U(-1,1)*noise on each coordinate.
// Arm of class c starts at deltaT = 2pi*c/K + pi: for K = 2 class 0 is TF's negative arm (deltaT = pi)
// and class 1 its positive arm (deltaT = 0, up to one rounding of 2pi).
void gen_spiral(Rng& rng, int points, double noise, int classes, std::vector<Point>* out) {
  const double n = static_cast<double>(points) / classes;
  // TF draws the positive arm first; keep that order for K = 2 (class 1, then class 0, then 2, 3 ...).
  for (int a = 0; a < classes; ++a) {
    const int c = a == 0 ? 1 : a == 1 ? 0 : a;
    const double delta_t = 2 * kPi * c / classes + kPi;
    for (int i = 0; i < n; ++i) {
      const double r = i / n * 5;
      const double t = 1.75 * i / n * 2 * kPi + delta_t;
      const double x = r * std::sin(t) + uniform(rng, -1, 1) * noise;
      const double y = r * std::cos(t) + uniform(rng, -1, 1) * noise;
      out->push_back({x, y, static_cast<double>(c)});
    }
  }
}

// classifyCircleData: class 1 drawn at r in [0, 2.5), class 0 at r in [3.5, 5); the label is that of
// the noise-shifted point (inside radius 2.5 -> class 1).
void gen_circle(Rng& rng, int points, double noise, std::vector<Point>* out) {
  const double radius = 5;
  const double half = points / 2.0;
  for (int ring = 0; ring < 2; ++ring) {
    const double r_lo = ring == 0 ? 0 : radius * 0.7, r_hi = ring == 0 ? radius * 0.5 : radius;
    for (int i = 0; i < half; ++i) {
      const double r = uniform(rng, r_lo, r_hi);
      const double angle = uniform(rng, 0, 2 * kPi);
      const double x = r * std::sin(angle), y = r * std::cos(angle);
      const double nx = uniform(rng, -radius, radius) * noise, ny = uniform(rng, -radius, radius) * noise;
      const double lx = x + nx, ly = y + ny;
      out->push_back({x, y, std::sqrt(lx * lx + ly * ly) < radius * 0.5 ? 1.0 : 0.0});
    }
  }
}

// classifyTwoGaussData: centres (2,2) class 1 and (-2,-2) class 0, variance 0.5 + 7*noise
// (d3 linear [0, .5] -> [0.5, 4]).
void gen_gauss(Rng& rng, int points, double noise, std::vector<Point>* out) {
  const double sd = std::sqrt(0.5 + noise * (4 - 0.5) / 0.5);
  const double half = points / 2.0;
  for (int g = 0; g < 2; ++g) {
    const double c = g == 0 ? 2 : -2;
    for (int i = 0; i < half; ++i) {
      const double x = c + sd * rng.normal();
      const double y = c + sd * rng.normal();
      out->push_back({x, y, g == 0 ? 1.0 : 0.0});
    }
  }
}

// scikit-learn's make_moons: floor(n/2) points on the upper half circle (class 0), the rest on the
// lower one shifted by (1, -0.5) (class 1), evenly spaced in angle, plus N(0, noise^2) on each
// coordinate; then centred ((-1..2) x (-0.5..1) -> around 0) and scaled by 3.5 to fill the domain.
void gen_moons(Rng& rng, int points, double noise, std::vector<Point>* out) {
  const double scale = 3.5, cx = 0.5, cy = 0.25;
  const int n_outer = points / 2, n_inner = points - n_outer;
  for (int m = 0; m < 2; ++m) {
    const int n = m == 0 ? n_outer : n_inner;
    for (int i = 0; i < n; ++i) {
      const double t = n > 1 ? kPi * i / (n - 1) : 0;  // np.linspace(0, pi, n)
      double x = m == 0 ? std::cos(t) : 1 - std::cos(t);
      double y = m == 0 ? std::sin(t) : 1 - std::sin(t) - 0.5;
      x += noise * rng.normal();
      y += noise * rng.normal();
      out->push_back({(x - cx) * scale, (y - cy) * scale, static_cast<double>(m)});
    }
  }
}

// 4 x 4 cells of side 3 over [-6, 6]^2; class of the noise-shifted point (TF's xor noise semantics):
// (column + row) odd -> class 1.
double checker_label(double x, double y) {
  const int cx = static_cast<int>(std::floor((x + 6) / 3)), cy = static_cast<int>(std::floor((y + 6) / 3));
  return ((cx + cy) % 2 + 2) % 2 == 1 ? 1.0 : 0.0;
}
void gen_checkerboard(Rng& rng, int points, double noise, std::vector<Point>* out) {
  for (int i = 0; i < points; ++i) {
    const double x = uniform(rng, -6, 6), y = uniform(rng, -6, 6);
    const double nx = uniform(rng, -6, 6) * noise, ny = uniform(rng, -6, 6) * noise;
    out->push_back({x, y, checker_label(x + nx, y + ny)});
  }
}

// regressPlane: x, y in [-6, 6], target (x + y)/10 of the noise-shifted point, clipped to [-1, 1]
// (the range of the tanh output TF trains it with; TF's own scale leaves |target| up to 1.2 unclipped).
void gen_plane(Rng& rng, int points, double noise, std::vector<Point>* out) {
  const double radius = 6;
  for (int i = 0; i < points; ++i) {
    const double x = uniform(rng, -radius, radius), y = uniform(rng, -radius, radius);
    const double nx = uniform(rng, -radius, radius) * noise, ny = uniform(rng, -radius, radius) * noise;
    const double target = std::clamp((x + nx + y + ny) / 10, -1.0, 1.0);
    out->push_back({x, y, target});
  }
}

// 1-D regression: x ~ U(-6, 6), target sin(x) + N(0, noise^2); y is unused (0).
void gen_sine1d(Rng& rng, int points, double noise, std::vector<Point>* out) {
  for (int i = 0; i < points; ++i) {
    const double x = uniform(rng, -6, 6);
    out->push_back({x, 0.0, std::sin(x) + noise * rng.normal()});
  }
}

// custom: x, y ~ U(-6, 6); class 1 where f(x + nx, y + ny) > 0 with nx, ny ~ U(-6, 6) * noise (xor's
// and checkerboard's noise semantics). f is evaluated by the scalar reference in double (formula_ref).
void gen_custom(Rng& rng, const Formula& f, int points, double noise, std::vector<Point>* out) {
  double p[kFormulaMaxParams];
  for (int k = 0; k < kFormulaMaxParams; ++k) p[k] = k < f.n_params ? f.params[k].def : 0.0;
  for (int i = 0; i < points; ++i) {
    const double x = uniform(rng, -6, 6), y = uniform(rng, -6, 6);
    const double nx = uniform(rng, -6, 6) * noise, ny = uniform(rng, -6, 6) * noise;
    out->push_back({x, y, formula_ref<double>(f, p, x + nx, y + ny) > 0 ? 1.0 : 0.0});
  }
}

// custom1d: x ~ U(-6, 6), target f(x) + N(0, noise^2) (sine1d's semantics); y is unused (0).
void gen_custom1d(Rng& rng, const Formula& f, int points, double noise, std::vector<Point>* out) {
  double p[kFormulaMaxParams];
  for (int k = 0; k < kFormulaMaxParams; ++k) p[k] = k < f.n_params ? f.params[k].def : 0.0;
  for (int i = 0; i < points; ++i) {
    const double x = uniform(rng, -6, 6);
    out->push_back({x, 0.0, formula_ref<double>(f, p, x, 0.0) + noise * rng.normal()});
  }
}

// The formula of a custom dataset, compiled: "" or the one-line error ("data formula: ..."). custom1d
// is a function of x alone: a y is named with its column.
std::string compile_data_formula(const DataConfig& cfg, Formula* f) {
  const char* text = cfg.formula[0] != '\0' ? cfg.formula : dataset_info(cfg.kind).formula;
  if (!std::memchr(cfg.formula, 0, sizeof cfg.formula)) {
    return "data formula: longer than " + std::to_string(kFormulaMaxText) + " characters";
  }
  if (auto e = formula_compile(text, FormulaVars::xy, f); !e.empty()) return "data formula: " + e;
  if (cfg.kind == DatasetKind::custom1d && f->uses_y) {
    int column = 0;
    for (int i = 0; i < f->n && column == 0; ++i) {
      if (f->code[i].op == FOp::var_y) column = f->code[i].column;
    }
    return "data formula: 'y' at column " + std::to_string(column) +
           " is not allowed in custom1d (a 1-D dataset: target = f(x))";
  }
  return "";
}

std::string check_config(const DataConfig& cfg) {
  using detail::check_closed;
  using detail::check_int;
  if (static_cast<int>(cfg.kind) >= kNumDatasets) {
    std::string names;
    for (const DatasetInfo& d : kInfos) names += (names.empty() ? "" : ", ") + std::string(d.name);
    return detail::not_allowed("dataset", std::to_string(static_cast<int>(cfg.kind)), names);
  }
  if (auto e = check_int("points", cfg.points, static_cast<long long>(kPointsRange.min),
                         static_cast<long long>(kPointsRange.max));
      !e.empty())
    return e;
  if (auto e = detail::check_range("noise", cfg.noise, kNoiseRange); !e.empty()) return e;
  // Compare in float: 0.1f and 0.9f themselves are allowed.
  if (!(cfg.train_ratio >= static_cast<float>(kTrainRatioRange.min) &&
        cfg.train_ratio <= static_cast<float>(kTrainRatioRange.max))) {
    return detail::not_allowed(
        "train_ratio", detail::fmt_number(cfg.train_ratio),
        detail::fmt_number(kTrainRatioRange.min) + " .. " + detail::fmt_number(kTrainRatioRange.max));
  }
  const DatasetInfo& info = kInfos[static_cast<int>(cfg.kind)];
  if (!info.regression) {
    const std::string field = std::string("classes (") + info.name + ")";
    if (auto e = check_int(field, cfg.classes, info.min_classes, info.max_classes); !e.empty()) return e;
  }
  return "";
}

}  // namespace

const DatasetInfo& dataset_info(DatasetKind k) {
  const int i = static_cast<int>(k);
  return kInfos[i < kNumDatasets ? i : 0];
}

bool dataset_parse(const char* name, DatasetKind* out) {
  if (name == nullptr) return false;
  for (const DatasetInfo& d : kInfos) {
    if (std::string(d.name) == name) {
      *out = d.kind;
      return true;
    }
  }
  return false;
}

int total_points(const DataConfig& cfg) {
  const DatasetInfo& info = dataset_info(cfg.kind);
  if (info.fixed_points > 0) return info.fixed_points;
  if (!info.per_class_draw) return cfg.points;
  const int k = info.max_classes > info.min_classes ? cfg.classes : info.min_classes;
  return k * ((cfg.points + k - 1) / k);
}

std::string make_dataset(const DataConfig& cfg, Dataset* out) {
  if (auto e = check_config(cfg); !e.empty()) return e;
  const DatasetInfo& info = kInfos[static_cast<int>(cfg.kind)];
  Rng rng(cfg.seed);
  const double noise = cfg.noise;
  std::vector<Point> pts;
  // cfg.classes is only checked (and meaningful) for classifiers: a regression set ignores it, whatever
  // it holds (a negative count here made reserve() throw; found by tests/fuzz/fuzz_run_config).
  const int classes = info.regression ? 0 : cfg.classes;
  pts.reserve(static_cast<size_t>(cfg.points) + static_cast<size_t>(classes));
  const auto formula = std::make_unique<Formula>();  // ~3 KB: off the stack
  if (cfg.kind == DatasetKind::custom || cfg.kind == DatasetKind::custom1d) {
    if (auto e = compile_data_formula(cfg, formula.get()); !e.empty()) return e;
  }
  switch (cfg.kind) {
    case DatasetKind::xor_: gen_xor(rng, cfg.points, noise, &pts); break;
    case DatasetKind::xor4: gen_xor4(&pts); break;
    case DatasetKind::spiral: gen_spiral(rng, cfg.points, noise, classes, &pts); break;
    case DatasetKind::circle: gen_circle(rng, cfg.points, noise, &pts); break;
    case DatasetKind::gauss: gen_gauss(rng, cfg.points, noise, &pts); break;
    case DatasetKind::moons: gen_moons(rng, cfg.points, noise, &pts); break;
    case DatasetKind::checkerboard: gen_checkerboard(rng, cfg.points, noise, &pts); break;
    case DatasetKind::plane: gen_plane(rng, cfg.points, noise, &pts); break;
    case DatasetKind::sine1d: gen_sine1d(rng, cfg.points, noise, &pts); break;
    case DatasetKind::custom: gen_custom(rng, *formula, cfg.points, noise, &pts); break;
    case DatasetKind::custom1d: gen_custom1d(rng, *formula, cfg.points, noise, &pts); break;
  }
  if (cfg.kind == DatasetKind::custom1d) {
    // A target that is not finite would only show up as a diverged loss: refuse it here, with where.
    for (const Point& p : pts) {
      if (!std::isfinite(p.label)) {
        return "data formula: f(" + detail::fmt_number(p.x) + ") = " + (std::isnan(p.label) ? "nan" : "inf") +
               "; custom1d needs a finite target on [-6, 6]";
      }
    }
  }

  Dataset d;
  d.classes = info.regression ? 0 : (cfg.kind == DatasetKind::spiral ? classes : 2);
  d.dims = info.dims;
  if (cfg.kind == DatasetKind::sine1d) {
    d.y_min = -1.5f;
    d.y_max = 1.5f;
  }
  if (cfg.kind == DatasetKind::custom1d) {
    // The targets' range with a margin, at least sine1d's [-1.5, 1.5].
    double lo = -1.5, hi = 1.5;
    for (const Point& p : pts) lo = std::min(lo, p.label * 1.1), hi = std::max(hi, p.label * 1.1);
    d.y_min = static_cast<float>(lo);
    d.y_max = static_cast<float>(hi);
  }
  const int total = static_cast<int>(pts.size());
  assert(total == total_points(cfg));
  std::vector<int> order(static_cast<size_t>(total));
  for (int i = 0; i < total; ++i) order[static_cast<size_t>(i)] = i;
  if (info.fixed_points > 0) {
    // The same four points are the training and the test set.
    d.n_train = d.n_test = total;
    order.insert(order.end(), order.begin(), order.end());
  } else {
    rng.shuffle(order.data(), static_cast<uint32_t>(total));
    // TF: splitIndex = floor(length * percTrainData / 100). The small slack absorbs the float
    // representation of the ratio (0.7f * 10 = 6.9999...), and both sets keep at least one point.
    const int split = static_cast<int>(std::floor(total * static_cast<double>(cfg.train_ratio) + 1e-3));
    d.n_train = std::clamp(split, 1, total - 1);
    d.n_test = total - d.n_train;
  }
  d.x.reserve(order.size());
  d.y.reserve(order.size());
  d.label.reserve(order.size());
  for (int i : order) {
    const Point& p = pts[static_cast<size_t>(i)];
    d.x.push_back(static_cast<float>(p.x));
    d.y.push_back(static_cast<float>(p.y));
    d.label.push_back(static_cast<float>(p.label));
  }
  *out = std::move(d);
  return "";
}

}  // namespace actlab
