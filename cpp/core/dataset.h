// dataset.h — the 2-D (and 1-D) toy datasets of the playground.
//
// TensorFlow Playground's generators (dataset.ts) are the reference for xor, spiral, circle, gauss and
// plane: same domains, formulas and noise semantics, so its lessons translate. Points are shuffled
// with the seeded Rng and split into train then test. custom and custom1d are drawn from the student's
// formula (formula.h, DataConfig::formula): label = [f(x, y) > 0], and target = f(x).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "formula.h"
#include "range_error.h"

namespace actlab {

// The ranges make_dataset() accepts (DataConfig below).
inline constexpr Range kPointsRange{4, 5000};
inline constexpr Range kNoiseRange{0, 0.5};  // TF Playground's 0..50 %
inline constexpr Range kTrainRatioRange{0.1, 0.9};

// clang-format off
#define ACTLAB_DATASETS(X) \
  X(xor_, "xor") X(xor4, "xor4") X(spiral, "spiral") X(circle, "circle") X(gauss, "gauss") \
  X(moons, "moons") X(checkerboard, "checkerboard") X(plane, "plane") X(sine1d, "sine1d")   \
  X(custom, "custom") X(custom1d, "custom1d")
// clang-format on

enum class DatasetKind : uint8_t {
#define ACTLAB_DATASET_ENUM(id, token) id,
  ACTLAB_DATASETS(ACTLAB_DATASET_ENUM)
#undef ACTLAB_DATASET_ENUM
};
inline constexpr int kNumDatasets = 11;

struct DatasetInfo {
  DatasetKind kind;
  const char* name;     // token: "spiral"
  const char* display;  // "Spiral"
  const char* display_ko;
  bool regression;               // plane, sine1d
  int dims;                      // 2, or 1 for sine1d (only the x input is meaningful)
  int min_classes, max_classes;  // spiral: 2..5; other classifiers 2..2; regression 0..0
  int fixed_points;  // xor4: always these 4 points, used for training and test; 0: DataConfig::points
  bool
      per_class_draw;  // TF's per-class loops: ceil(points / classes) points per class (spiral, circle, gauss)
  const char* formula = "";  // custom, custom1d: the formula used when DataConfig::formula is empty
};
const DatasetInfo& dataset_info(DatasetKind k);
bool dataset_parse(const char* name, DatasetKind* out);

struct DataConfig {
  DatasetKind kind = DatasetKind::xor_;
  int points = 500;          // total points, 4..5000 (xor4 always has exactly 4, used for train and test)
  float noise = 0.0f;        // 0..0.5 (TF Playground's 0..50 %)
  float train_ratio = 0.5f;  // 0.1..0.9 fraction of points used for training
  int classes = 2;           // spiral arms 2..5; others fixed
  uint64_t seed = 1;
  // custom: a function of x and y, class 1 where f(x + nx, y + ny) > 0 (the noise shifts the point the
  // label is computed from, as xor's does; points uniform on [-6, 6]^2). custom1d: a function of x,
  // target f(x) + N(0, noise^2) (sine1d's semantics; x uniform on [-6, 6]; a target that is not finite
  // is refused). "" = the dataset's own (DatasetInfo::formula). Declared parameters keep their defaults.
  char formula[kFormulaMaxText + 1] = {0};
};

struct Dataset {
  int n_train = 0, n_test = 0;
  int classes = 2;  // number of classes; 0 for regression
  int dims = 2;
  // Points: train first [0, n_train), then test [n_train, n_train + n_test).
  std::vector<float> x, y;   // coordinates
  std::vector<float> label;  // class index 0..classes-1, or the regression target (plane in [-1,1])
  float x_min = -6, x_max = 6, y_min = -6, y_max = 6;  // display / grid domain
};

// How many points make_dataset draws in total for cfg (train + test; xor4's 4 once).
int total_points(const DataConfig& cfg);

// Fills *out. Returns "" on success or a one-line error naming the bad field and its allowed range.
std::string make_dataset(const DataConfig& cfg, Dataset* out);

}  // namespace actlab
