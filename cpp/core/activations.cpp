// activations.cpp — the catalogue table (one row per activation), the tier-2 scalar reference and the
// dispatch of the tier-3 SIMD kernels. The math of each row lives in act_kernels.h (K_<token>).
//
// Adding an element-wise activation (README "How to add an activation", five files): its token in
// ACTLAB_ELEMENTWISE_ACTIVATIONS (activations.h), a row below (with its kinks), a K_<token> struct in
// act_kernels.h, its double oracle in tests/cpp/oracle.h and its tolerance in tests/cpp/tolerance.h.
// The static_asserts below catch a row out of order or a parameter count that disagrees with the math.
#include "activations.h"

#include <cassert>
#include <cmath>
#include <cstring>
#include <limits>

#include "act_kernels.h"
#include "simd.h"

namespace actlab {
namespace {

constexpr ActParam P(const char* name, float def, float lo, float hi, bool learnable = false) {
  return ActParam{name, def, lo, hi, learnable};
}
constexpr ActParam kNoParam{nullptr, 0, 0, 0, false};

// ---- kinks (the row's `kinks` column) --------------------------------------------------------------
// Where f (order 0), f' (order 1) or f'' (order 2) jumps, for parameters p. Each is checked against
// the double oracle by measuring where f, f' and f'' jump (tests/cpp/test_activations.cpp, Kinks.*).
int kinks_none(const double*, ActKink*) { return 0; }
int kinks_step(const double*, ActKink* k) {
  k[0] = {0.0, 0};
  return 1;
}
// x > threshold ? x : value: continuous iff value == threshold.
int kinks_threshold(const double* p, ActKink* k) {
  k[0] = {p[0], p[1] == p[0] ? 1 : 0};
  return 1;
}
int kinks_at_0(const double*, ActKink* k) {  // relu, selu (slopes lambda*alpha and lambda)
  k[0] = {0.0, 1};
  return 1;
}
int kinks_leaky(const double* p, ActKink* k) {  // slope a below 0, 1 above: a = 1 is the identity
  if (p[0] == 1.0) return 0;
  k[0] = {0.0, 1};
  return 1;
}
int kinks_elu(const double* p, ActKink* k) {  // f'(0-) = alpha, f'(0+) = 1; f''(0-) = alpha, f''(0+) = 0
  k[0] = {0.0, p[0] == 1.0 ? 2 : 1};
  return 1;
}
int kinks_c1_at_0(const double*, ActKink* k) {  // celu (f'(0-) = 1 for every alpha), softsign
  k[0] = {0.0, 2};
  return 1;
}
// PyTorch switches to x at beta x > threshold: f jumps by log1p(e^-threshold) / beta (2e-9 at the
// defaults). Below 1e-11 of f (threshold > ~27) no double computation can see the jump: no kink.
int kinks_softplus(const double* p, ActKink* k) {
  if (std::log1p(std::exp(-p[1])) <= 1e-11 * (p[0] + p[1])) return 0;
  k[0] = {p[1] / p[0], 0};
  return 1;
}
int kinks_hardtanh(const double* p, ActKink* k) {
  k[0] = {p[0], 1};
  k[1] = {p[1], 1};
  return 2;
}
int kinks_pm3(const double*, ActKink* k) {  // hardsigmoid, hardswish
  k[0] = {-3.0, 1};
  k[1] = {3.0, 1};
  return 2;
}
int kinks_relu6(const double*, ActKink* k) {
  k[0] = {0.0, 1};
  k[1] = {6.0, 1};
  return 2;
}
int kinks_softshrink(const double* p, ActKink* k) {  // lambda = 0 is the identity
  if (p[0] == 0.0) return 0;
  k[0] = {-p[0], 1};
  k[1] = {p[0], 1};
  return 2;
}
int kinks_hardshrink(const double* p, ActKink* k) {  // f jumps from 0 to +-lambda; lambda = 0: the identity
  if (p[0] == 0.0) return 0;
  k[0] = {-p[0], 0};
  k[1] = {p[0], 0};
  return 2;
}

constexpr FamilyInfo kFamilies[] = {
#define ACTLAB_FAMILY_ROW(token, en, ko) {Family::token, #token, en, ko},
    ACTLAB_FAMILIES(ACTLAB_FAMILY_ROW)
#undef ACTLAB_FAMILY_ROW
};

// Columns: id, token, display, f, f', family, range, elementwise, monotonic, zero_centred, smooth,
// saturating, has_dead_zone, learnable_default, n_params, params, desc_en, desc_ko, source, year,
// grad_reads, kinks, python (NumPy f, f', df/dp; PyTorch f with fixed, then learnt parameters).
// Properties are those of the default parameters.
// clang-format off
constexpr ActInfo kCatalogue[] = {
    {Act::identity, "identity", "Identity", R"(f(x)=x)", R"(f'(x)=1)", Family::linear, "(-inf, inf)",
     true, true, true, true, false, false, false, 0, {kNoParam, kNoParam},
     "Passes the input through unchanged; a stack of identity layers collapses to one linear map.",
     "입력을 그대로 내보내는 선형 함수로, 층을 아무리 쌓아도 하나의 선형 변환과 같아져 비선형성을 얻지 못합니다.",
     "Widrow & Hoff 1960 (ADALINE)", 1960, "x", kinks_none,
     {"x", "np.ones_like(x)", "[]", "z", nullptr}},
    {Act::step, "step", "Step", R"(f(x)=\begin{cases}1 & x \ge 0\\ 0 & x < 0\end{cases})", R"(f'(x)=0)",
     Family::step, "{0, 1}", true, true, false, false, true, true, false, 0, {kNoParam, kNoParam},
     "Binary 0/1 output of the first perceptron; its gradient is 0 everywhere, so backpropagation cannot train it.",
     "퍼셉트론에서 처음 쓰인 계단 함수로 0 또는 1만 출력하며, 그래디언트가 항상 0이라 역전파로 학습할 수 없습니다.",
     "McCulloch & Pitts 1943; Rosenblatt 1958", 1943, "x", kinks_step,
     {"np.where(x >= 0, 1.0, 0.0)", "np.zeros_like(x)", "[]", "(z >= 0).to(z.dtype)", nullptr}},
    {Act::threshold, "threshold", "Threshold",
     R"(f(x)=\begin{cases}x & x > \theta\\ v & x \le \theta\end{cases})",
     R"(f'(x)=\begin{cases}1 & x > \theta\\ 0 & x \le \theta\end{cases})", Family::step, "{value} or (threshold, inf)",
     true, true, false, false, true, false, false, 2, {P("threshold", 0, -5, 5), P("value", -5, -10, 10)},
     "Keeps x above the threshold and replaces everything else by a constant: a linear function glued to a step.",
     "임곗값보다 큰 입력은 그대로 전달하고 나머지는 특정값(value)으로 바꾸는 임곗값 함수로, 선형 함수와 계단 함수의 조합입니다.",
     "Collobert, Kavukcuoglu & Farabet 2011 (Torch7 nn.Threshold)", 2011, "x", kinks_threshold,
     {"np.where(x > p[0], x, p[1])", "np.where(x > p[0], 1.0, 0.0)",
      "[np.zeros_like(x), np.where(x > p[0], 0.0, 1.0)]", "F.threshold(z, p[0], p[1])",
      "torch.where(z > p[0], z, p[1].expand_as(z))"}},
    {Act::sigmoid, "sigmoid", "Sigmoid", R"(f(x)=\sigma(x)=\frac{1}{1+e^{-x}})",
     R"(f'(x)=\sigma(x)\,(1-\sigma(x)))", Family::sigmoidal, "(0, 1)", true, true, false, true, true, false,
     false, 0, {kNoParam, kNoParam},
     "Logistic S-curve squashing inputs into (0, 1); it saturates on both sides (vanishing gradients) and its outputs are not zero-centred.",
     "입력을 0과 1 사이로 압축하는 S자 곡선으로, 양쪽 끝에서 포화되어 그래디언트 소실이 생기고 출력의 중심이 0이 아닙니다.",
     "Rumelhart, Hinton & Williams 1986", 1986, "y", kinks_none,
     {"sigmoid(x)", "y * (1.0 - y)", "[]", "torch.sigmoid(z)", nullptr}},
    {Act::tanh, "tanh", "Tanh", R"(f(x)=\tanh(x)=\frac{e^{x}-e^{-x}}{e^{x}+e^{-x}})",
     R"(f'(x)=1-\tanh^{2}(x))", Family::sigmoidal, "(-1, 1)", true, true, true, true, true, false, false, 0,
     {kNoParam, kNoParam},
     "Hyperbolic tangent, a rescaled sigmoid 2 sigma(2x) - 1 with zero-centred outputs in (-1, 1); it still saturates for large |x|.",
     "하이퍼볼릭 탄젠트는 시그모이드의 크기와 위치를 조절한 함수로 출력의 중심이 0이지만, |x|가 크면 여전히 포화되어 그래디언트 소실이 발생합니다.",
     "LeCun, Bottou, Orr & Mueller 1998 (Efficient BackProp)", 1998, "y", kinks_none,
     {"np.tanh(x)", "1.0 - y * y", "[]", "torch.tanh(z)", nullptr}},
    {Act::relu, "relu", "ReLU", R"(f(x)=\max(0,\,x))",
     R"(f'(x)=\begin{cases}1 & x > 0\\ 0 & x \le 0\end{cases})", Family::rectifier, "[0, inf)", true, true,
     false, false, true, true, false, 0, {kNoParam, kNoParam},
     "Rectified linear unit: identity for positive inputs and 0 otherwise; cheap and non-saturating for x > 0, but a unit stuck at x < 0 stops learning (dying ReLU).",
     "양수는 그대로, 음수는 0으로 내보내는 함수로 계산이 빠르고 양수 쪽에서 그래디언트 소실이 없지만, 입력이 계속 음수이면 갱신이 멈추는 죽은 ReLU(죽은 뉴런) 문제가 있습니다.",
     "Nair & Hinton 2010", 2010, "x", kinks_at_0,
     {"np.maximum(x, 0.0)", "np.where(x > 0, 1.0, 0.0)", "[]", "F.relu(z)", nullptr}},
    {Act::leaky_relu, "leaky_relu", "Leaky ReLU", R"(f(x)=\begin{cases}x & x > 0\\ a\,x & x \le 0\end{cases})",
     R"(f'(x)=\begin{cases}1 & x > 0\\ a & x \le 0\end{cases})", Family::rectifier, "(-inf, inf)", true, true,
     false, false, false, false, false, 1, {P("negative_slope", 0.01f, 0, 1), kNoParam},
     "ReLU with a small fixed negative slope, so negative inputs still pass a gradient and units cannot die.",
     "음수 입력에도 작은 음수 쪽 기울기(negative slope)를 주어 그래디언트가 전달되게 함으로써 죽은 ReLU 현상을 막는 함수입니다.",
     "Maas, Hannun & Ng 2013", 2013, "x", kinks_leaky,
     {"np.where(x > 0, x, p[0] * x)", "np.where(x > 0, 1.0, p[0])", "[np.where(x > 0, 0.0, x)]",
      "F.leaky_relu(z, p[0])", "F.prelu(z, p[0])"}},
    {Act::prelu, "prelu", "PReLU", R"(f(x)=\begin{cases}x & x > 0\\ a\,x & x \le 0\end{cases})",
     R"(f'(x)=\begin{cases}1 & x > 0\\ a & x \le 0\end{cases},\quad \frac{\partial f}{\partial a}=\begin{cases}0 & x > 0\\ x & x \le 0\end{cases})",
     Family::rectifier, "(-inf, inf)", true, true, false, false, false, false, true, 1,
     {P("a", 0.25f, 0, 1, true), kNoParam},
     "Parametric ReLU: a Leaky ReLU whose negative slope a is learned for every unit.",
     "Leaky ReLU와 모양은 같지만 음수 기울기 a를 고정하지 않고 유닛마다 학습을 통해 갱신하는 함수입니다.",
     "He, Zhang, Ren & Sun 2015", 2015, "x", kinks_leaky,
     {"np.where(x > 0, x, p[0] * x)", "np.where(x > 0, 1.0, p[0])", "[np.where(x > 0, 0.0, x)]",
      "F.leaky_relu(z, p[0])", "F.prelu(z, p[0])"}},
    {Act::elu, "elu", "ELU", R"(f(x)=\begin{cases}x & x > 0\\ \alpha\,(e^{x}-1) & x \le 0\end{cases})",
     R"(f'(x)=\begin{cases}1 & x > 0\\ \alpha\,e^{x}=f(x)+\alpha & x \le 0\end{cases})", Family::exponential,
     "(-alpha, inf)", true, true, false, true, true, false, false, 1, {P("alpha", 1, 0, 5), kNoParam},
     "Exponential linear unit: identity for x > 0 and a smooth exponential curve saturating at -alpha below, which pulls mean activations towards zero.",
     "양수는 그대로, 음수는 지수 함수로 부드럽게 -α에 수렴하는 함수로, 출력 평균을 0에 가깝게 만들고 죽은 뉴런 문제를 완화합니다.",
     "Clevert, Unterthiner & Hochreiter 2015", 2015, "x,y", kinks_elu,
     {"np.where(x > 0, x, p[0] * np.expm1(np.minimum(x, 0.0)))", "np.where(x > 0, 1.0, y + p[0])",
      "[np.where(x > 0, 0.0, np.expm1(np.minimum(x, 0.0)))]", "F.elu(z, p[0])",
      "torch.where(z > 0, z, p[0] * torch.expm1(torch.clamp(z, max=0.0)))"}},
    {Act::selu, "selu", "SELU",
     R"(f(x)=\lambda\begin{cases}x & x > 0\\ \alpha\,(e^{x}-1) & x \le 0\end{cases},\quad \lambda\approx 1.0507,\ \alpha\approx 1.6733)",
     R"(f'(x)=\lambda\begin{cases}1 & x > 0\\ \alpha\,e^{x} & x \le 0\end{cases})", Family::exponential,
     "(-1.7581, inf)", true, true, true, false, true, false, false, 0, {kNoParam, kNoParam},
     "Scaled ELU with fixed lambda = 1.0507 and alpha = 1.6733, chosen so that activations self-normalise to zero mean and unit variance.",
     "고정된 상수 λ≈1.0507, α≈1.6733으로 ELU의 크기를 조절해, 층을 지나도 출력이 평균 0, 분산 1로 스스로 정규화되도록 만든 함수입니다.",
     "Klambauer, Unterthiner, Mayr & Hochreiter 2017", 2017, "x,y", kinks_at_0,
     {"SELU_SCALE * np.where(x > 0, x, SELU_ALPHA * np.expm1(np.minimum(x, 0.0)))",
      "np.where(x > 0, SELU_SCALE, y + SELU_SCALE * SELU_ALPHA)", "[]", "F.selu(z)", nullptr}},
    {Act::celu, "celu", "CELU", R"(f(x)=\begin{cases}x & x > 0\\ \alpha\,(e^{x/\alpha}-1) & x \le 0\end{cases})",
     R"(f'(x)=\begin{cases}1 & x > 0\\ e^{x/\alpha} & x \le 0\end{cases})", Family::exponential, "(-alpha, inf)",
     true, true, false, true, true, false, false, 1, {P("alpha", 1, 0.1f, 5), kNoParam},
     "Continuously differentiable ELU: dividing x by alpha inside the exponential keeps the slope at 0 equal to 1 for every alpha.",
     "지수 안을 x/α로 바꿔 α 값과 관계없이 0에서 기울기가 1로 이어지도록(연속 미분 가능) 고친 ELU입니다.",
     "Barron 2017", 2017, "x,y", kinks_c1_at_0,
     {"np.where(x > 0, x, p[0] * np.expm1(np.minimum(x, 0.0) / p[0]))",
      "np.where(x > 0, 1.0, np.exp(np.minimum(x, 0.0) / p[0]))",
      "[np.where(x > 0, 0.0, np.expm1(np.minimum(x, 0.0) / p[0])"
      " - np.minimum(x, 0.0) / p[0] * np.exp(np.minimum(x, 0.0) / p[0]))]",
      "F.celu(z, p[0])", "torch.where(z > 0, z, p[0] * torch.expm1(torch.clamp(z, max=0.0) / p[0]))"}},
    {Act::gelu, "gelu", "GELU", R"(f(x)=x\,\Phi(x)=\frac{x}{2}\left(1+\operatorname{erf}\frac{x}{\sqrt{2}}\right))",
     R"(f'(x)=\Phi(x)+x\,\varphi(x),\quad \varphi(x)=\frac{e^{-x^{2}/2}}{\sqrt{2\pi}})", Family::gated,
     "[-0.170, inf)", true, false, false, true, true, false, false, 0, {kNoParam, kNoParam},
     "Gaussian error linear unit: weights x by the probability Phi(x) that a standard normal variable is below it; smooth, slightly non-monotonic, the default of Transformers.",
     "입력 x에 표준정규분포의 누적분포 Φ(x)를 곱해 확률적으로 가중하는 함수로, 부드럽고 약간 비단조적이며 트랜스포머에서 기본으로 쓰입니다.",
     "Hendrycks & Gimpel 2016", 2016, "x", kinks_none,
     {"0.5 * x * (1.0 + erf(x / math.sqrt(2.0)))",
      "0.5 * (1.0 + erf(x / math.sqrt(2.0))) + x * np.exp(-0.5 * x * x) / math.sqrt(2.0 * math.pi)",
      "[]", "F.gelu(z)", nullptr}},
    {Act::gelu_tanh, "gelu_tanh", "GELU (tanh)",
     R"(f(x)=\frac{x}{2}\left(1+\tanh u\right),\quad u=\sqrt{2/\pi}\,(x+0.044715\,x^{3}))",
     R"(f'(x)=\frac{1+\tanh u}{2}+\frac{x}{2}\,(1-\tanh^{2}u)\,\sqrt{2/\pi}\,(1+0.134145\,x^{2}))", Family::gated,
     "[-0.170, inf)", true, false, false, true, true, false, false, 0, {kNoParam, kNoParam},
     "The tanh approximation of GELU used by BERT and GPT-2 (PyTorch approximate='tanh').",
     "BERT와 GPT-2에서 쓰인 GELU의 근사식으로, erf 대신 하이퍼볼릭 탄젠트로 계산합니다.",
     "Hendrycks & Gimpel 2016 (tanh approximation)", 2016, "x", kinks_none,
     {
      "0.5 * x * (1.0 + np.tanh(GELU_C * (x + 0.044715 * x ** 3)))",
      "0.5 * (1.0 + np.tanh(GELU_C * (x + 0.044715 * x ** 3))) + 0.5 * x"
      " * (1.0 - np.tanh(GELU_C * (x + 0.044715 * x ** 3)) ** 2) * GELU_C * (1.0 + 3 * 0.044715 * x * x)",
      "[]", "F.gelu(z, approximate='tanh')", nullptr}},
    {Act::silu, "silu", "SiLU", R"(f(x)=x\,\sigma(x))", R"(f'(x)=\sigma(x)\,\bigl(1+x\,(1-\sigma(x))\bigr))",
     Family::gated, "[-0.278, inf)", true, false, false, true, true, false, false, 0, {kNoParam, kNoParam},
     "Sigmoid-weighted linear unit x sigma(x) (Swish with beta = 1): smooth, non-monotonic, unbounded above.",
     "입력에 자신의 시그모이드 값을 곱한 x·σ(x) 함수(β=1인 Swish)로, 부드럽고 비단조적이며 위로는 제한이 없습니다.",
     "Elfwing, Uchibe & Doya 2017", 2017, "x", kinks_none,
     {"x * sigmoid(x)", "sigmoid(x) * (1.0 + x * (1.0 - sigmoid(x)))", "[]", "F.silu(z)", nullptr}},
    {Act::swish, "swish", "Swish", R"(f(x)=x\,\sigma(\beta x))",
     R"(f'(x)=\sigma(\beta x)+\beta x\,\sigma(\beta x)\,(1-\sigma(\beta x)),\quad \frac{\partial f}{\partial \beta}=x^{2}\sigma(\beta x)\,(1-\sigma(\beta x)))",
     Family::gated, "[-0.278/beta, inf) for beta > 0", true, false, false, true, true, false, false, 1,
     {P("beta", 1, 0, 10, true), kNoParam},
     "x sigma(beta x), found by automated search; beta can be learned: beta = 0 gives x/2 and a large beta approaches ReLU.",
     "자동 탐색으로 찾은 x·σ(βx) 함수로 β를 학습할 수도 있으며, β가 0이면 x/2, 매우 크면 ReLU에 가까워집니다.",
     "Ramachandran, Zoph & Le 2017", 2017, "x", kinks_none,
     {"x * sigmoid(p[0] * x)", "sigmoid(p[0] * x) * (1.0 + p[0] * x * (1.0 - sigmoid(p[0] * x)))",
      "[x * x * sigmoid(p[0] * x) * (1.0 - sigmoid(p[0] * x))]", "z * torch.sigmoid(p[0] * z)",
      "z * torch.sigmoid(p[0] * z)"}},
    {Act::mish, "mish", "Mish", R"(f(x)=x\,\tanh(\operatorname{softplus}(x)))",
     R"(f'(x)=\tanh(\operatorname{softplus}(x))+x\,\sigma(x)\,\operatorname{sech}^{2}(\operatorname{softplus}(x)))",
     Family::gated, "[-0.309, inf)", true, false, false, true, true, false, false, 0, {kNoParam, kNoParam},
     "Self-regularised non-monotonic activation x tanh(softplus(x)); smooth and close to Swish.",
     "x·tanh(softplus(x))로 정의되는 부드럽고 비단조적이며 스스로 규제하는(self-regularised) 함수로, Swish와 비슷한 모양입니다.",
     "Misra 2019", 2019, "x", kinks_none,
     {"x * np.tanh(np.logaddexp(0.0, x))",
      "np.tanh(np.logaddexp(0.0, x)) + x * sigmoid(x) * (1.0 - np.tanh(np.logaddexp(0.0, x)) ** 2)",
      "[]", "F.mish(z)", nullptr}},
    {Act::softplus, "softplus", "Softplus",
     R"(f(x)=\begin{cases}\frac{1}{\beta}\log\left(1+e^{\beta x}\right) & \beta x \le \tau\\ x & \beta x > \tau\end{cases})",
     R"(f'(x)=\begin{cases}\sigma(\beta x) & \beta x \le \tau\\ 1 & \beta x > \tau\end{cases})", Family::softplus,
     "(0, inf)", true, true, false, true, true, false, false, 2,
     {P("beta", 1, 0.1f, 10), P("threshold", 20, 1, 50)},
     "Smooth approximation of ReLU, log(1 + e^(beta x))/beta, always positive; like PyTorch it becomes the identity once beta x exceeds the threshold.",
     "ReLU를 부드럽게 근사한 함수로 항상 양수를 출력하며, PyTorch처럼 βx가 임곗값을 넘으면 선형 함수로 바뀝니다.",
     "Dugas, Bengio, Belisle, Nadeau & Garcia 2001", 2001, "x,y", kinks_softplus,
     {"np.where(p[0] * x > p[1], x, np.logaddexp(0.0, p[0] * x) / p[0])",
      "np.where(p[0] * x > p[1], 1.0, sigmoid(p[0] * x))",
      "[np.where(p[0] * x > p[1], 0.0, (x * sigmoid(p[0] * x) - y) / p[0]), np.zeros_like(x)]",
      "F.softplus(z, p[0], p[1])",
      "torch.where(p[0] * z > p[1], z, torch.logaddexp(torch.zeros_like(z), torch.minimum(p[0] * z, "
      "p[1])) / p[0])"}},
    {Act::softsign, "softsign", "Softsign", R"(f(x)=\frac{x}{1+|x|})", R"(f'(x)=\frac{1}{(1+|x|)^{2}})",
     Family::sigmoidal, "(-1, 1)", true, true, true, true, true, false, false, 0, {kNoParam, kNoParam},
     "x/(1 + |x|): a tanh-like S-curve whose tails approach +-1 only polynomially, so it saturates more slowly.",
     "x/(1+|x|)로 tanh와 비슷한 S자 곡선이지만 ±1에 천천히(다항식처럼) 다가가 포화가 늦게 일어납니다.",
     "Turian, Bergstra & Bengio 2009", 2009, "x", kinks_c1_at_0,
     {"x / (1.0 + np.abs(x))", "1.0 / (1.0 + np.abs(x)) ** 2", "[]", "F.softsign(z)", nullptr}},
    {Act::hardtanh, "hardtanh", "Hardtanh", R"(f(x)=\min\bigl(\max(x,\,\text{min\_val}),\,\text{max\_val}\bigr))",
     R"(f'(x)=\begin{cases}1 & \text{min\_val} < x < \text{max\_val}\\ 0 & \text{otherwise}\end{cases})",
     Family::sigmoidal, "[min_val, max_val]", true, true, true, false, true, false, false, 2,
     {P("min_val", -1, -5, 0), P("max_val", 1, 0.1f, 5)},
     "Piecewise-linear tanh that clips x to [min_val, max_val]; cheap, but the gradient is 0 outside the interval.",
     "tanh를 직선 조각으로 근사해 x를 [min_val, max_val] 구간으로 자르는 함수로, 계산이 싸지만 구간 밖에서는 그래디언트가 0입니다.",
     "Collobert 2004", 2004, "x", kinks_hardtanh,
     {"np.where(x < p[0], p[0], np.where(x > p[1], p[1], x))",
      "np.where((x <= p[0]) | (x >= p[1]), 0.0, 1.0)",
      "[np.where(x <= p[0], 1.0, 0.0), np.where(x >= p[1], 1.0, 0.0)]", "F.hardtanh(z, p[0], p[1])",
      "torch.where(z <= p[0], p[0].expand_as(z), torch.where(z >= p[1], p[1].expand_as(z), z))"}},
    {Act::hardsigmoid, "hardsigmoid", "Hardsigmoid", R"(f(x)=\frac{\operatorname{ReLU6}(x+3)}{6})",
     R"(f'(x)=\begin{cases}1/6 & -3 < x < 3\\ 0 & \text{otherwise}\end{cases})", Family::sigmoidal, "[0, 1]", true,
     true, false, false, true, true, false, 0, {kNoParam, kNoParam},
     "Piecewise-linear sigmoid relu6(x + 3)/6 from MobileNetV3; exactly 0, with zero gradient, for x <= -3.",
     "시그모이드를 직선 조각으로 근사한 relu6(x+3)/6 함수로, x ≤ -3에서는 출력과 그래디언트가 모두 0이 됩니다.",
     "Howard et al. 2019 (MobileNetV3)", 2019, "x", kinks_pm3,
     {"np.clip(x + 3.0, 0.0, 6.0) / 6.0", "np.where((x > -3) & (x < 3), 1.0 / 6.0, 0.0)", "[]",
      "F.hardsigmoid(z)", nullptr}},
    {Act::hardswish, "hardswish", "Hardswish", R"(f(x)=x\,\frac{\operatorname{ReLU6}(x+3)}{6})",
     R"(f'(x)=\begin{cases}0 & x \le -3\\ \frac{x}{3}+\frac{1}{2} & -3 < x < 3\\ 1 & x \ge 3\end{cases})",
     Family::gated, "[-0.375, inf)", true, false, false, false, true, true, false, 0, {kNoParam, kNoParam},
     "Piecewise-polynomial Swish x relu6(x + 3)/6 from MobileNetV3, cheap on mobile hardware; 0 for x <= -3.",
     "Swish를 계산이 싼 조각 다항식 x·relu6(x+3)/6으로 근사한 함수로 MobileNetV3에서 제안되었으며, x ≤ -3에서는 0입니다.",
     "Howard et al. 2019 (MobileNetV3)", 2019, "x", kinks_pm3,
     {"x * np.clip(x + 3.0, 0.0, 6.0) / 6.0",
      "np.where(x <= -3, 0.0, np.where(x < 3, x / 3.0 + 0.5, 1.0))", "[]", "F.hardswish(z)", nullptr}},
    {Act::relu6, "relu6", "ReLU6", R"(f(x)=\min(\max(0,\,x),\,6))",
     R"(f'(x)=\begin{cases}1 & 0 < x < 6\\ 0 & \text{otherwise}\end{cases})", Family::rectifier, "[0, 6]", true,
     true, false, false, true, true, false, 0, {kNoParam, kNoParam},
     "ReLU capped at 6, which keeps activations in a range that low-precision arithmetic represents well.",
     "ReLU의 출력을 6에서 잘라 값의 범위를 제한한 함수로, 저정밀도 연산에 유리합니다.",
     "Krizhevsky 2010 (CIFAR-10 convolutional deep belief networks)", 2010, "x", kinks_relu6,
     {"np.clip(x, 0.0, 6.0)", "np.where((x > 0) & (x < 6), 1.0, 0.0)", "[]", "F.relu6(z)", nullptr}},
    {Act::logsigmoid, "logsigmoid", "LogSigmoid", R"(f(x)=\log\sigma(x)=-\log\left(1+e^{-x}\right))",
     R"(f'(x)=1-\sigma(x)=\sigma(-x))", Family::softplus, "(-inf, 0)", true, true, false, true, true, false,
     false, 0, {kNoParam, kNoParam},
     "Logarithm of the sigmoid, -softplus(-x): almost linear for very negative x, approaching 0 from below for large x.",
     "시그모이드의 로그값으로 -softplus(-x)와 같으며, 음수 쪽에서는 거의 선형이고 큰 양수에서는 아래에서 0에 다가갑니다.",
     "Cox 1958 (log-likelihood of logistic regression)", 1958, "y", kinks_none,
     {"np.minimum(x, 0.0) - np.log1p(np.exp(-np.abs(x)))", "sigmoid(-x)", "[]", "F.logsigmoid(z)",
       nullptr}},
    {Act::tanhshrink, "tanhshrink", "Tanhshrink", R"(f(x)=x-\tanh(x))", R"(f'(x)=\tanh^{2}(x))", Family::shrinkage,
     "(-inf, inf)", true, true, true, true, false, false, false, 0, {kNoParam, kNoParam},
     "x - tanh(x): nearly flat (about x^3/3) around 0 and linear far away, so small inputs shrink towards 0.",
     "x - tanh(x)로 0 근처에서는 거의 평평하고(약 x³/3) 멀어지면 선형이 되어, 작은 입력을 0 쪽으로 줄입니다.",
     "Collobert, Kavukcuoglu & Farabet 2011 (Torch7 nn.TanhShrink)", 2011, "x,y", kinks_none,
     {"x - np.tanh(x)", "np.tanh(x) ** 2", "[]", "F.tanhshrink(z)", nullptr}},
    {Act::softshrink, "softshrink", "Softshrink",
     R"(f(x)=\begin{cases}x-\lambda & x > \lambda\\ 0 & |x| \le \lambda\\ x+\lambda & x < -\lambda\end{cases})",
     R"(f'(x)=\begin{cases}1 & |x| > \lambda\\ 0 & |x| \le \lambda\end{cases})", Family::shrinkage, "(-inf, inf)",
     true, true, true, false, false, false, false, 1, {P("lambda", 0.5f, 0, 3), kNoParam},
     "Soft thresholding: zeroes |x| <= lambda and moves every other input lambda closer to 0 (the proximal map of an L1 penalty).",
     "|x| ≤ λ인 입력은 0으로 만들고 나머지는 λ만큼 0 쪽으로 당기는 소프트 임곗값 함수로, L1 규제와 관련이 있습니다.",
     "Donoho 1995 (soft thresholding)", 1995, "x", kinks_softshrink,
     {"np.where(x > p[0], x - p[0], np.where(x < -p[0], x + p[0], 0.0))",
      "np.where(np.abs(x) > p[0], 1.0, 0.0)",
      "[np.where(x > p[0], -1.0, np.where(x < -p[0], 1.0, 0.0))]", "F.softshrink(z, p[0])",
      "torch.where(z > p[0], z - p[0], torch.where(z < -p[0], z + p[0], torch.zeros_like(z)))"}},
    {Act::hardshrink, "hardshrink", "Hardshrink", R"(f(x)=\begin{cases}x & |x| > \lambda\\ 0 & |x| \le \lambda\end{cases})",
     R"(f'(x)=\begin{cases}1 & |x| > \lambda\\ 0 & |x| \le \lambda\end{cases})", Family::shrinkage,
     "(-inf, -lambda) or {0} or (lambda, inf)", true, true, true, false, false, false, false, 1,
     {P("lambda", 0.5f, 0, 3), kNoParam},
     "Hard thresholding: zeroes |x| <= lambda and keeps larger inputs unchanged, so the output jumps at +-lambda.",
     "|x| ≤ λ인 입력은 0으로 만들고 큰 입력은 그대로 두는 하드 임곗값 함수로, ±λ에서 출력이 불연속적으로 바뀝니다.",
     "Donoho & Johnstone 1994 (hard thresholding)", 1994, "x", kinks_hardshrink,
     {"np.where(np.abs(x) <= p[0], 0.0, x)", "np.where(np.abs(x) <= p[0], 0.0, 1.0)",
      "[np.zeros_like(x)]", "F.hardshrink(z, p[0])",
      "torch.where(z.abs() <= p[0], torch.zeros_like(z), z)"}},
    {Act::sine, "sine", "Sine", R"(f(x)=\sin(x))", R"(f'(x)=\cos(x))", Family::oscillating, "[-1, 1]", true, false,
     true, true, false, false, false, 0, {kNoParam, kNoParam},
     "Periodic activation: one unit can separate many alternating intervals; used for implicit neural representations (SIREN).",
     "주기적으로 진동하는 활성화 함수로, 하나의 뉴런이 여러 구간을 번갈아 나눌 수 있어 복잡한 주기적 패턴을 학습하는 데 유용합니다.",
     "Sitzmann, Martel, Bergman, Lindell & Wetzstein 2020 (SIREN)", 2020, "x", kinks_none,
     {"np.sin(x)", "np.cos(x)", "[]", "torch.sin(z)", nullptr}},
    {Act::ncu, "ncu", "NCU", R"(f(x)=x-x^{3})", R"(f'(x)=1-3x^{2})", Family::oscillating, "(-inf, inf)", true, false,
     true, true, false, false, false, 0, {kNoParam, kNoParam},
     "Non-monotonic cubic unit x - x^3: a single unit can solve XOR; unbounded (the kernel saturates at +-FLT_MAX).",
     "3차 다항식 x - x³ 형태의 비단조 함수(Non-monotonic Cubic Unit)로, 뉴런 하나로 XOR 문제를 풀 수 있습니다.",
     "Noel et al. 2021 (Non-monotonic Cubic Unit)", 2021, "x", kinks_none,
     {"x - x ** 3", "1.0 - 3.0 * x * x", "[]", "z - z ** 3", nullptr}},
    {Act::gcu, "gcu", "GCU", R"(f(x)=x\cos(x))", R"(f'(x)=\cos(x)-x\sin(x))", Family::oscillating, "(-inf, inf)",
     true, false, true, true, false, false, false, 0, {kNoParam, kNoParam},
     "Growing cosine unit x cos(x): oscillates with growing amplitude; a single unit can solve XOR.",
     "x·cos(x) 형태로 진폭이 점점 커지며 진동하는 함수(Growing Cosine Unit)로, 뉴런 하나로 XOR 문제를 풀 수 있습니다.",
     "Noel et al. 2021 (Growing Cosine Unit)", 2021, "x", kinks_none,
     {"x * np.cos(x)", "np.cos(x) - x * np.sin(x)", "[]", "z * torch.cos(z)", nullptr}},
    {Act::gaussian, "gaussian", "Gaussian", R"(f(x)=e^{-x^{2}})", R"(f'(x)=-2x\,e^{-x^{2}})", Family::radial, "(0, 1]",
     true, false, false, true, true, false, false, 0, {kNoParam, kNoParam},
     "Bell-shaped radial basis function: it responds only near 0, so a unit detects a band of inputs.",
     "0 근처에서만 크게 반응하는 종 모양의 방사 기저 함수로, 하나의 뉴런이 특정 구간의 입력을 감지합니다.",
     "Broomhead & Lowe 1988 (radial basis function networks)", 1988, "x,y", kinks_none,
     {"np.exp(-x * x)", "-2.0 * x * y", "[]", "torch.exp(-z * z)", nullptr}},
    {Act::centred_sigmoid, "centred_sigmoid", "Centred sigmoid", R"(f(x)=\sigma(x)-\tfrac{1}{2}=\tfrac{1}{2}\tanh\left(\tfrac{x}{2}\right))",
     R"(f'(x)=\sigma(x)\,(1-\sigma(x))=\tfrac{1}{4}-f(x)^{2})", Family::sigmoidal, "(-0.5, 0.5)", true, true, true, true,
     true, false, false, 0, {kNoParam, kNoParam},
     "The sigmoid moved down by 1/2: zero-centred like tanh, with the sigmoid's slope (1/4 at 0, a quarter of tanh's). It separates tanh's two advantages over the sigmoid.",
     "시그모이드를 1/2만큼 내린 함수로, tanh처럼 출력의 중심이 0이지만 기울기는 시그모이드와 같습니다(0에서 1/4, tanh의 4분의 1). tanh가 시그모이드보다 나은 두 가지 이유를 따로 떼어 볼 수 있습니다.",
     "ActLab (sigma(x) - 1/2 = tanh(x/2)/2; LeCun et al. 1998 on zero-mean inputs)", 1998, "y", kinks_none,
     {"sigmoid(x) - 0.5", "0.25 - y * y", "[]", "torch.sigmoid(z) - 0.5", nullptr}},
    // ---- layer-level rows (layer_ops.h): metadata only -------------------------------------------
    {Act::softmax, "softmax", "Softmax", R"(y_k=\frac{e^{z_k}}{\sum_{j} e^{z_j}})",
     R"(\frac{\partial y_k}{\partial z_j}=y_k\,(\delta_{kj}-y_j))", Family::softmax, "(0, 1), sums to 1", false,
     false, false, true, true, false, false, 0, {kNoParam, kNoParam},
     "Turns the K outputs of the last layer into class probabilities that sum to 1; used only in the output layer.",
     "출력층의 K개 값을 합이 1인 클래스별 확률로 바꾸는 소프트맥스 함수로, 분류 모델의 출력층에서만 사용합니다.",
     "Bridle 1990", 1990, "y", nullptr, kNoPython},
    {Act::log_softmax, "log_softmax", "LogSoftmax", R"(y_k=z_k-\log\sum_{j} e^{z_j})",
     R"(\frac{\partial y_k}{\partial z_j}=\delta_{kj}-\operatorname{softmax}(z)_j)", Family::softmax, "(-inf, 0)",
     false, false, false, true, true, false, false, 0, {kNoParam, kNoParam},
     "Logarithm of softmax computed stably as z - logsumexp(z); paired with the negative log-likelihood loss.",
     "소프트맥스의 로그값을 안정적으로 계산한 로그 소프트맥스 함수로, 음의 로그 가능도(NLL) 손실과 함께 씁니다.",
     "Bridle 1990", 1990, "y", nullptr, kNoPython},
    {Act::softmin, "softmin", "Softmin", R"(y_k=\frac{e^{-z_k}}{\sum_{j} e^{-z_j}})",
     R"(\frac{\partial y_k}{\partial z_j}=-y_k\,(\delta_{kj}-y_j))", Family::softmax, "(0, 1), sums to 1", false,
     false, false, true, true, false, false, 0, {kNoParam, kNoParam},
     "Softmax of -z: the smallest input gets the largest probability.",
     "-z에 소프트맥스를 적용한 소프트민 함수로, 가장 작은 입력이 가장 큰 확률을 받습니다.",
     "Bridle 1990 (softmax of -z)", 1990, "y", nullptr, kNoPython},
    {Act::maxout, "maxout", "Maxout", R"(f(x)=\max_{p=1..k}\left(w_p^{\top}x+b_p\right))",
     R"(\frac{\partial f}{\partial z_p}=\begin{cases}1 & p=\arg\max_q z_q\\ 0 & \text{otherwise}\end{cases})",
     Family::maxout, "(-inf, inf)", false, false, false, false, false, false, false, 1, {P("k", 2, 2, 4), kNoParam},
     "Each unit outputs the largest of k linear pieces, so it learns its own convex piecewise-linear activation (at k times the weights).",
     "연결된 k개의 선형 함수 값 중 가장 큰 값을 취해 비선형성을 얻는 함수로, 활성화 함수의 모양 자체를 학습하지만 연산량이 많습니다.",
     "Goodfellow, Warde-Farley, Mirza, Courville & Bengio 2013", 2013, "x", nullptr, kNoPython},
};
// clang-format on
static_assert(sizeof(kCatalogue) / sizeof(kCatalogue[0]) == kNumActs, "one catalogue row per activation");
constexpr bool rows_in_enum_order() {
  for (int i = 0; i < kNumActs; ++i)
    if (static_cast<int>(kCatalogue[i].id) != i) return false;
  return true;
}
static_assert(rows_in_enum_order(), "catalogue rows must follow the enum order");
#define ACTLAB_CHECK_PARAMS(name)                                                            \
  static_assert(kCatalogue[static_cast<int>(Act::name)].n_params == kern::K_##name::kParams, \
                "catalogue n_params of " #name " disagrees with K_" #name);
ACTLAB_ELEMENTWISE_ACTIVATIONS(ACTLAB_CHECK_PARAMS)
#undef ACTLAB_CHECK_PARAMS

bool is_elementwise(Act a) { return static_cast<int>(a) < kNumElementwiseActs; }

// ---- tier 3: the kernel drivers -----------------------------------------------------------------
// One instantiation per (row, kind). They are reached through the function-pointer table below, so
// every kernel stays a separate named function (tests/cpp/check_simd128.cmake disassembles them).
using simd::vf;
constexpr size_t kL = static_cast<size_t>(simd::kLanes);

template <class V> inline V dslope(V x, V d) { return vmath::keep_nan(x, d); }

// Params with defaults filled in (params == nullptr) and unused slots = 0.
struct ParamBuf {
  float p[kMaxActParams];
  ParamBuf(Act a, const float* params) {
    const ActInfo& info = kCatalogue[static_cast<int>(a)];
    for (int i = 0; i < kMaxActParams; ++i)
      p[i] = i < info.n_params ? (params ? params[i] : info.params[i].def) : 0.0f;
  }
};

// The tail (n % L elements) runs the same vector math on a zero-padded copy.
template <class K> void kernel_forward(const float* params, const float* x, float* y, size_t n) {
  const kern::Prm<vf> c = kern::make_prm<vf>(params);
  size_t i = 0;
  for (; i + 2 * kL <= n; i += 2 * kL) {  // unrolled by two vectors: two independent chains
    const vf x0 = simd::load<vf>(x + i), x1 = simd::load<vf>(x + i + kL);
    const vf y0 = K::f(x0, c), y1 = K::f(x1, c);
    simd::store(y + i, y0);
    simd::store(y + i + kL, y1);
  }
  for (; i + kL <= n; i += kL) simd::store(y + i, K::f(simd::load<vf>(x + i), c));
  if (i < n) {
    float xb[kL] = {}, yb[kL];
    std::memcpy(xb, x + i, (n - i) * sizeof(float));
    simd::store(yb, K::f(simd::load<vf>(xb), c));
    std::memcpy(y + i, yb, (n - i) * sizeof(float));
  }
}

template <class K>
void kernel_backward(const float* params, const float* x, const float* y, const float* dy, float* dx,
                     size_t n) {
  const kern::Prm<vf> c = kern::make_prm<vf>(params);
  auto one = [&](size_t j) {
    const vf xv = simd::load<vf>(x + j);
    return simd::load<vf>(dy + j) * dslope(xv, K::df(xv, simd::load<vf>(y + j), c));
  };
  size_t i = 0;
  for (; i + 2 * kL <= n; i += 2 * kL) {
    const vf d0 = one(i), d1 = one(i + kL);
    simd::store(dx + i, d0);
    simd::store(dx + i + kL, d1);
  }
  for (; i + kL <= n; i += kL) simd::store(dx + i, one(i));
  if (i < n) {
    const size_t r = n - i;
    float xb[kL] = {}, yb[kL] = {}, db[kL] = {};
    std::memcpy(xb, x + i, r * sizeof(float));
    std::memcpy(yb, y + i, r * sizeof(float));
    std::memcpy(db, dy + i, r * sizeof(float));
    const vf xv = simd::load<vf>(xb);
    simd::store(db, simd::load<vf>(db) * dslope(xv, K::df(xv, simd::load<vf>(yb), c)));
    std::memcpy(dx + i, db, r * sizeof(float));
  }
}

template <class K>
void kernel_derivative(const float* params, const float* x, const float* y, float* d, size_t n) {
  const kern::Prm<vf> c = kern::make_prm<vf>(params);
  auto one = [&](size_t j) {
    const vf xv = simd::load<vf>(x + j);
    return dslope(xv, K::df(xv, simd::load<vf>(y + j), c));
  };
  size_t i = 0;
  for (; i + 2 * kL <= n; i += 2 * kL) {
    const vf d0 = one(i), d1 = one(i + kL);
    simd::store(d + i, d0);
    simd::store(d + i + kL, d1);
  }
  for (; i + kL <= n; i += kL) simd::store(d + i, one(i));
  if (i < n) {
    const size_t r = n - i;
    float xb[kL] = {}, yb[kL] = {};
    std::memcpy(xb, x + i, r * sizeof(float));
    std::memcpy(yb, y + i, r * sizeof(float));
    const vf xv = simd::load<vf>(xb);
    simd::store(yb, dslope(xv, K::df(xv, simd::load<vf>(yb), c)));
    std::memcpy(d + i, yb, r * sizeof(float));
  }
}

// dparams[P] += sum_i dy_i * df/dparam_P (x_i): vector accumulators, one horizontal sum at the end.
template <class K, int P>
float param_grad_sum(const kern::Prm<vf>& c, const float* x, const float* y, const float* dy, size_t n) {
  vf acc0 = simd::splat<vf>(0.0f), acc1 = simd::splat<vf>(0.0f);
  auto term = [&](const vf xv, const vf yv, const vf dyv) {
    return dyv * dslope(xv, K::template dp<P>(xv, yv, c));
  };
  size_t i = 0;
  for (; i + 2 * kL <= n; i += 2 * kL) {
    acc0 = acc0 + term(simd::load<vf>(x + i), simd::load<vf>(y + i), simd::load<vf>(dy + i));
    acc1 = acc1 + term(simd::load<vf>(x + i + kL), simd::load<vf>(y + i + kL), simd::load<vf>(dy + i + kL));
  }
  for (; i + kL <= n; i += kL)
    acc0 = acc0 + term(simd::load<vf>(x + i), simd::load<vf>(y + i), simd::load<vf>(dy + i));
  if (i < n) {
    const int r = static_cast<int>(n - i);
    float xb[kL] = {}, yb[kL] = {}, db[kL] = {};
    std::memcpy(xb, x + i, r * sizeof(float));
    std::memcpy(yb, y + i, r * sizeof(float));
    std::memcpy(db, dy + i, r * sizeof(float));
    const vf t = term(simd::load<vf>(xb), simd::load<vf>(yb), simd::load<vf>(db));
    acc1 = acc1 + simd::select(simd::first_lanes<vf>(r), t, simd::splat<vf>(0.0f));  // padding adds nothing
  }
  return simd::hsum(acc0 + acc1);
}

template <class K>
void kernel_param_grad(const float* params, const float* x, const float* y, const float* dy, size_t n,
                       float* dparams) {
  const kern::Prm<vf> c = kern::make_prm<vf>(params);
  if constexpr (K::kParams >= 1) dparams[0] += param_grad_sum<K, 0>(c, x, y, dy, n);
  if constexpr (K::kParams >= 2) dparams[1] += param_grad_sum<K, 1>(c, x, y, dy, n);
}

struct KernelSet {
  void (*forward)(const float*, const float*, float*, size_t);
  void (*backward)(const float*, const float*, const float*, const float*, float*, size_t);
  void (*derivative)(const float*, const float*, const float*, float*, size_t);
  void (*param_grad)(const float*, const float*, const float*, const float*, size_t, float*);
};
#define ACTLAB_KERNEL_ROW(name)                                                \
  KernelSet{&kernel_forward<kern::K_##name>, &kernel_backward<kern::K_##name>, \
            &kernel_derivative<kern::K_##name>,                                \
            kern::K_##name::kParams > 0 ? &kernel_param_grad<kern::K_##name> : nullptr},
constexpr KernelSet kKernels[kNumElementwiseActs] = {ACTLAB_ELEMENTWISE_ACTIVATIONS(ACTLAB_KERNEL_ROW)};
#undef ACTLAB_KERNEL_ROW

void fill_nan(float* out, size_t n) {
  for (size_t i = 0; i < n; ++i) out[i] = std::numeric_limits<float>::quiet_NaN();
}

// ---- tier 2: the scalar reference ---------------------------------------------------------------
template <class T> struct RefParams {
  T p[kMaxActParams];
  RefParams(Act a, const T* params) {
    const ActInfo& info = kCatalogue[static_cast<int>(a)];
    for (int i = 0; i < kMaxActParams; ++i)
      p[i] = i < info.n_params ? (params ? params[i] : static_cast<T>(info.params[i].def)) : T(0);
  }
};

template <class K, class T>
T ref_param([[maybe_unused]] T x, [[maybe_unused]] const T* p, [[maybe_unused]] int k) {
  if constexpr (K::kParams > 0) return K::ref_dp(x, p, k);
  else return T(0);  // unreachable: k < n_params is checked first
}

// The reference array loops dispatch once per call (an honest scalar baseline for the benchmarks).
template <class K> void ref_loop_forward(const float* p, const float* x, float* y, size_t n) {
  for (size_t i = 0; i < n; ++i) y[i] = std::isnan(x[i]) ? x[i] : K::ref_f(x[i], p);
}
template <class K>
void ref_loop_backward(const float* p, const float* x, const float* dy, float* dx, size_t n) {
  for (size_t i = 0; i < n; ++i) dx[i] = dy[i] * (std::isnan(x[i]) ? x[i] : K::ref_df(x[i], p));
}
struct RefLoops {
  void (*forward)(const float*, const float*, float*, size_t);
  void (*backward)(const float*, const float*, const float*, float*, size_t);
};
#define ACTLAB_REF_LOOP_ROW(name) \
  RefLoops{&ref_loop_forward<kern::K_##name>, &ref_loop_backward<kern::K_##name>},
constexpr RefLoops kRefLoops[kNumElementwiseActs] = {ACTLAB_ELEMENTWISE_ACTIVATIONS(ACTLAB_REF_LOOP_ROW)};
#undef ACTLAB_REF_LOOP_ROW

}  // namespace

// ---- catalogue API ------------------------------------------------------------------------------
const ActInfo* act_catalogue() { return kCatalogue; }

// The row act_info(Act::formula) returns: generic properties; the parameters are the formula's own.
// clang-format off
constexpr ActInfo kFormulaRow = {
    Act::formula, "formula", "Formula", R"(f(x)=\text{your formula})", R"(f'(x)\text{ by automatic differentiation})",
    Family::custom, "depends on the formula", true, false, false, false, false, false, false, 0, {kNoParam, kNoParam},
    "Your own function of x, typed as a formula, compiled to SIMD code and differentiated exactly.",
    "직접 입력한 x의 함수로, SIMD 코드로 컴파일되고 자동 미분으로 정확한 도함수를 얻습니다.",
    "ActLab formulas", 2026, "x", nullptr, kNoPython};
// clang-format on

const ActInfo& act_info(Act a) {
  if (a == Act::formula) return kFormulaRow;
  assert(static_cast<int>(a) < kNumActs);
  return kCatalogue[static_cast<int>(a) < kNumActs ? static_cast<int>(a) : 0];
}

bool act_parse(const char* name, Act* out) {
  if (!name) return false;
  if (std::strcmp(name, "formula") == 0) {
    *out = Act::formula;
    return true;
  }
  for (const ActInfo& row : kCatalogue) {
    if (std::strcmp(row.name, name) == 0) {
      *out = row.id;
      return true;
    }
  }
  return false;
}

void act_default_params(Act a, float* out) {
  const ActInfo& info = act_info(a);
  for (int i = 0; i < kMaxActParams; ++i) out[i] = i < info.n_params ? info.params[i].def : 0.0f;
}

const FamilyInfo& family_info(Family f) {
  assert(static_cast<int>(f) < kNumFamilies);
  return kFamilies[static_cast<int>(f) < kNumFamilies ? static_cast<int>(f) : 0];
}

const char* act_kernel_backend() { return simd::backend_name(); }

// ---- kernels ------------------------------------------------------------------------------------
void act_forward(Act a, const float* params, const float* x, float* y, size_t n) {
  assert(is_elementwise(a) && "act_forward: layer-level activation");
  if (!is_elementwise(a)) return fill_nan(y, n);
  const ParamBuf p(a, params);
  kKernels[static_cast<int>(a)].forward(p.p, x, y, n);
}

void act_backward(Act a, const float* params, const float* x, const float* y, const float* dy, float* dx,
                  size_t n) {
  assert(is_elementwise(a) && "act_backward: layer-level activation");
  if (!is_elementwise(a)) return fill_nan(dx, n);
  const ParamBuf p(a, params);
  kKernels[static_cast<int>(a)].backward(p.p, x, y, dy, dx, n);
}

void act_derivative(Act a, const float* params, const float* x, const float* y, float* d, size_t n) {
  assert(is_elementwise(a) && "act_derivative: layer-level activation");
  if (!is_elementwise(a)) return fill_nan(d, n);
  const ParamBuf p(a, params);
  kKernels[static_cast<int>(a)].derivative(p.p, x, y, d, n);
}

void act_param_grad(Act a, const float* params, const float* x, const float* y, const float* dy, size_t n,
                    float* dparams) {
  assert(is_elementwise(a) && "act_param_grad: layer-level activation");
  if (!is_elementwise(a)) return fill_nan(dparams, static_cast<size_t>(act_info(a).n_params));
  const KernelSet& ks = kKernels[static_cast<int>(a)];
  if (!ks.param_grad) return;  // no parameters
  const ParamBuf p(a, params);
  ks.param_grad(p.p, x, y, dy, n, dparams);
}

// ---- scalar reference ---------------------------------------------------------------------------
template <class T> T act_ref_forward(Act a, const T* params, T x) {
  if (!is_elementwise(a)) return std::numeric_limits<T>::quiet_NaN();
  if (std::isnan(x)) return x;
  const RefParams<T> p(a, params);
  switch (a) {
#define ACTLAB_REF_ROW(name) \
  case Act::name: return kern::K_##name::ref_f(x, p.p);
    ACTLAB_ELEMENTWISE_ACTIVATIONS(ACTLAB_REF_ROW)
#undef ACTLAB_REF_ROW
    default: return std::numeric_limits<T>::quiet_NaN();
  }
}

template <class T> T act_ref_derivative(Act a, const T* params, T x) {
  if (!is_elementwise(a)) return std::numeric_limits<T>::quiet_NaN();
  if (std::isnan(x)) return x;
  const RefParams<T> p(a, params);
  switch (a) {
#define ACTLAB_REF_ROW(name) \
  case Act::name: return kern::K_##name::ref_df(x, p.p);
    ACTLAB_ELEMENTWISE_ACTIVATIONS(ACTLAB_REF_ROW)
#undef ACTLAB_REF_ROW
    default: return std::numeric_limits<T>::quiet_NaN();
  }
}

template <class T> T act_ref_param_derivative(Act a, const T* params, T x, int k) {
  if (!is_elementwise(a) || k < 0 || k >= act_info(a).n_params) return std::numeric_limits<T>::quiet_NaN();
  if (std::isnan(x)) return x;
  const RefParams<T> p(a, params);
  switch (a) {
#define ACTLAB_REF_ROW(name) \
  case Act::name: return ref_param<kern::K_##name>(x, p.p, k);
    ACTLAB_ELEMENTWISE_ACTIVATIONS(ACTLAB_REF_ROW)
#undef ACTLAB_REF_ROW
    default: return std::numeric_limits<T>::quiet_NaN();
  }
}

template float act_ref_forward<float>(Act, const float*, float);
template double act_ref_forward<double>(Act, const double*, double);
template float act_ref_derivative<float>(Act, const float*, float);
template double act_ref_derivative<double>(Act, const double*, double);
template float act_ref_param_derivative<float>(Act, const float*, float, int);
template double act_ref_param_derivative<double>(Act, const double*, double, int);

void act_forward_ref(Act a, const float* params, const float* x, float* y, size_t n) {
  assert(is_elementwise(a) && "act_forward_ref: layer-level activation");
  if (!is_elementwise(a)) return fill_nan(y, n);
  const RefParams<float> p(a, params);
  kRefLoops[static_cast<int>(a)].forward(p.p, x, y, n);
}

void act_backward_ref(Act a, const float* params, const float* x, const float* y, const float* dy, float* dx,
                      size_t n) {
  (void)y;  // the reference recomputes f' from x alone: an independent check of the y-based kernels
  assert(is_elementwise(a) && "act_backward_ref: layer-level activation");
  if (!is_elementwise(a)) return fill_nan(dx, n);
  const RefParams<float> p(a, params);
  kRefLoops[static_cast<int>(a)].backward(p.p, x, dy, dx, n);
}

}  // namespace actlab
