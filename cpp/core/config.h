// config.h — plain configuration structs for a network and its training. Fixed-size arrays, no heap,
// no exceptions: they cross the embind boundary and the URL codec as they are.
#pragma once

#include <cstdint>
#include <string>

#include "activations.h"
#include "dataset.h"
#include "formula.h"

namespace actlab {

inline constexpr int kMaxHidden = 8;  // hidden layers 0..8
inline constexpr int kMaxUnits = 64;  // units per hidden layer 1..64
inline constexpr int kMaxClasses = 5;
inline constexpr int kMaxMaxoutPieces = 4;  // == the catalogue's maxout k.hi (test_config)

// The ranges validate() enforces (the data's are in dataset.h; activation parameters in the
// catalogue; batch is 1 .. the training points). embind exports them all as rules().
inline constexpr Range kLrRange{0, 100, true};
inline constexpr Range kPenaltyRange{0, 10};  // l1 and l2
inline constexpr Range kDropoutRange{0, 0.9};
inline constexpr Range kInitScaleRange{0, 10, true};
inline constexpr Range kUnitOpenRange{0, 1};  // momentum, beta1, beta2, rho: 0 <= v < 1

// Input features (TF Playground's names). Bit i of NetConfig::features enables feature i.
// clang-format off
#define ACTLAB_FEATURES(X) \
  X(x, "x") X(y, "y") X(x_squared, "xSquared") X(y_squared, "ySquared") X(xy, "xTimesY") \
  X(sin_x, "sinX") X(sin_y, "sinY")
// clang-format on
enum class Feature : uint8_t {
#define ACTLAB_FEATURE_ENUM(id, token) id,
  ACTLAB_FEATURES(ACTLAB_FEATURE_ENUM)
#undef ACTLAB_FEATURE_ENUM
};
inline constexpr int kNumFeatures = 7;
const char* feature_name(Feature f);
bool feature_parse(const char* name, Feature* out);

// Output head: activation of the last layer and the loss that goes with it.
#define ACTLAB_OUTPUTS(X)                                                 \
  X(tanh, "tanh", "squared error (TF Playground), targets -1/+1")         \
  X(sigmoid, "sigmoid", "binary cross-entropy, targets 0/1")              \
  X(softmax, "softmax", "cross-entropy over K classes")                   \
  X(log_softmax, "log_softmax", "negative log-likelihood over K classes") \
  X(softmin, "softmin", "cross-entropy over K classes of softmax(-z)")    \
  X(identity, "identity", "mean squared error (regression)")
enum class Output : uint8_t {
#define ACTLAB_OUTPUT_ENUM(id, token, loss) id,
  ACTLAB_OUTPUTS(ACTLAB_OUTPUT_ENUM)
#undef ACTLAB_OUTPUT_ENUM
};
const char* output_name(Output o);
bool output_parse(const char* name, Output* out);

#define ACTLAB_INITS(X) \
  X(xavier_uniform) X(xavier_normal) X(he_uniform) X(he_normal) X(lecun_normal) X(uniform) X(zeros)
enum class Init : uint8_t {
#define ACTLAB_INIT_ENUM(id) id,
  ACTLAB_INITS(ACTLAB_INIT_ENUM)
#undef ACTLAB_INIT_ENUM
};
const char* init_name(Init i);
bool init_parse(const char* name, Init* out);

#define ACTLAB_OPTIMIZERS(X) X(sgd) X(momentum) X(nesterov) X(rmsprop) X(adam) X(adagrad)
enum class Optimizer : uint8_t {
#define ACTLAB_OPT_ENUM(id) id,
  ACTLAB_OPTIMIZERS(ACTLAB_OPT_ENUM)
#undef ACTLAB_OPT_ENUM
};
const char* optimizer_name(Optimizer o);
bool optimizer_parse(const char* name, Optimizer* out);

struct LayerSpec {
  int units = 8;
  Act act = Act::tanh;                       // element-wise activation, or Act::maxout
  float act_params[kMaxActParams] = {0, 0};  // initial values; set by act_default_params()
  bool learn_params = false;                 // train the activation's learnable params per unit
  int maxout_k = 2;                          // pieces per unit when act == maxout (range: the
                                             // catalogue's maxout parameter "k"; act_params unused)
};

struct NetConfig {
  uint32_t features = 0b11;  // x and y
  int n_hidden = 2;
  LayerSpec hidden[kMaxHidden];
  Output output = Output::tanh;
  int n_out = 1;  // 1 for tanh/sigmoid/identity heads, K for softmax-family
  Init init = Init::xavier_uniform;
  float init_scale = 0.5f;  // a for Init::uniform (weights ~ U(-a, a))
  // The function of x of every hidden layer whose act is Act::formula (formula.h), e.g.
  // "x*tanh(softplus(x))". Its declared parameters start at each layer's act_params (NaN = the default
  // the text declares, what make_layer gives); learn_params trains them per unit like PReLU's slope.
  char formula[kFormulaMaxText + 1] = {0};
};

struct TrainConfig {
  Optimizer optimizer = Optimizer::sgd;
  float lr = 0.03f;
  float momentum = 0.9f;               // momentum / nesterov
  float beta1 = 0.9f, beta2 = 0.999f;  // adam
  float rho = 0.9f;                    // rmsprop decay
  float eps = 1e-8f;                   // adam / rmsprop / adagrad
  int batch = 10;                      // 1..N
  float l1 = 0.0f, l2 = 0.0f;          // penalty rates on weights (not biases)
  float dropout = 0.0f;                // drop probability of hidden units, training only
  float clip = 0.0f;                   // clip the global gradient norm to this (0 = off)
  uint64_t seed = 1;                   // init, shuffles and dropout
  // A deliberate bug for the gradient-check lesson's negative control: backprop uses 2·f'(z) in the
  // first hidden layer (so dL/dW and dL/db of that layer are doubled) in training, in the metrics and
  // in the backprop side of gradcheck(); the gradient check's double reference stays right.
  bool wrong_derivative = false;
};

// Softmax-family heads have one output per class (n_out = classes); the others one output.
bool is_softmax_family(Output o);
// The head a run gets when none is chosen: identity for regression (classes = 0), tanh for two
// classes (TF Playground), softmax for more.
Output natural_output(int classes);

// Defaults for a layer with activation a (parameters from the catalogue, learnable by default for prelu).
LayerSpec make_layer(int units, Act a);

// Checks every field; "" when valid, else one line naming the field and its allowed values.
std::string validate(const NetConfig& net, const TrainConfig& train, const Dataset& data);

}  // namespace actlab
