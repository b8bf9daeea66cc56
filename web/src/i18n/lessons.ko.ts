// lessons.ko.ts — 실험실 페이지(레슨, 비교, 탐색기)의 한국어 문자열. The type makes a missing or extra
// key a compile error. 레슨의 인용문은 원문(다섯 편의 한국어 글) 그대로 옮겼습니다.
import type { LessonKey } from './lessons.en';

export const lessonsKo: Readonly<Record<LessonKey, string>> = {
  'nav.playground': '실험실',
  'nav.lessons': '레슨',
  'nav.compare': '비교',
  'nav.explorer': '함수 탐색기',
  'lab.footer':
    'ActLab은 모두 브라우저 안에서 실행됩니다. 화면의 모든 학습은 WebAssembly로 컴파일된 C++ 엔진이 실시간으로 수행합니다.',

  'list.title': '열네 개의 레슨, 눈앞에서 확인하는 열네 가지 주장',
  'list.intro':
    '레슨마다 준비된 실험을 불러오고 무엇을 봐야 하는지 알려 줍니다. 체크 표시는 엔진이 여러분의 실행에서 그 현상을 실제로 측정했을 때만 켜집니다. 미리 짜인 연출은 없습니다. 재생을 누르면 대부분 1분 안에 확인할 수 있습니다.',
  'list.start': '레슨 열기 →',
  'list.toCompare': '활성화 함수를 직접 비교하기',
  'list.toExplorer': '모든 활성화 함수 둘러보기',

  'lesson.number': '레슨 {n} / {total}',
  'lesson.look': '무엇을 볼까요',
  'lesson.why': '왜 그럴까요',
  'lesson.observed': '이번 실행에서 확인됨',
  'lesson.notYet': '아직입니다. 재생을 누르고 계속 학습하세요',
  'lesson.budget': '에포크 {e} · 보통 {budget} 에포크 안에 나타납니다',
  'lesson.overBudget':
    '평소보다 오래 걸리고 있습니다. 학습 결과는 출발점에 따라 달라집니다. 초기화 버튼으로 같은 가중치에서 다시 시작하거나, 주사위 버튼으로 다른 초기 가중치에서 해 보세요.',
  'lesson.all': '전체 레슨',
  'lesson.prev': '← 이전',
  'lesson.next': '다음 →',
  'lesson.openEditor': '비교 편집기에서 바꿔 보기',
  'lesson.reinit': '다른 초기 가중치: 같은 레슨을 새 무작위 출발점에서',
  'lesson.unknown': '“{id}”라는 레슨은 없습니다. 전체 레슨 목록입니다.',

  'lesson.nonlinearity.title': '왜 비선형이어야 할까',
  'lesson.nonlinearity.summary':
    '선형 층을 아무리 많이 쌓아도 신경망은 하나의 선형 함수일 뿐이라 XOR을 풀지 못합니다. 비선형 함수 하나가 이를 바꿉니다.',
  'lesson.nonlinearity.look':
    '두 신경망 모두 8개 유닛의 은닉층 세 개를 갖고 같은 가중치에서 출발합니다. 다른 것은 활성화 함수뿐입니다. 선형 신경망은 직선 경계 하나밖에 그리지 못해 아무리 오래 학습해도 정확도가 80 %를 넘지 못하고, tanh 신경망은 네 사분면을 따라 경계를 구부립니다.',
  'lesson.nonlinearity.why':
    'h(x) = cx이면 층마다 상수를 곱할 뿐이어서, 세 층을 지나도 h(h(h(x))) = c³x, 곧 은닉층이 없는 신경망과 같습니다. 활성화 함수가 비선형이어야 층을 더 쌓는 의미가 생깁니다. 그렇지 않으면 아무리 깊어도 단층 퍼셉트론처럼 동작합니다.',
  'lesson.nonlinearity.quote':
    '선형함수인 h(x)=cx를 활성화함수로 사용한 3층 네트워크를 떠올려 보세요. 이를 식으로 나타내면 y(x)=h(h(h(x)))가 됩니다. 이는 실은 y(x)=ax와 똑같은 식입니다. a=c³이라고만 하면 끝이죠. 즉, 은닉층이 없는 네트워크로 표현할 수 있습니다.',
  'lesson.nonlinearity.source':
    '「딥러닝 학습의 다양한 기술들을 알아보자 [1] Activate Function」, 『밑바닥부터 시작하는 딥러닝』 인용',
  'lesson.nonlinearity.check': '20 에포크 뒤 선형 신경망의 테스트 정확도는 80 % 미만, tanh는 95 % 이상.',

  'lesson.step.title': '계단 함수로는 학습할 수 없다',
  'lesson.step.summary':
    '퍼셉트론의 계단 함수는 점프 양쪽이 평평해 미분값이 0입니다. 그래서 그 아래 층의 가중치에는 기울기가 전혀 전달되지 않습니다.',
  'lesson.step.look':
    '확인 패널과 기울기 그래프를 보세요. 계단 함수 신경망의 첫 층 기울기는 정확히 0이라 로그 눈금으로는 그려지지도 않고, 첫 층 가중치는 전혀 움직이지 않습니다. 출력층만 학습합니다. 미분 가능한 대안인 시그모이드 신경망은 모든 층이 움직입니다.',
  'lesson.step.why':
    '경사 하강법은 손실의 미분값만큼 가중치를 움직입니다. Step(x)는 0에서 불연속적으로 뛰어 미분할 수 없고 나머지 구간은 상수이므로, 그 아래 층의 ∂L/∂W는 모든 예제에서 0입니다. 그래서 신경망은 계단 함수 대신 어디서나 연속이고 미분 가능한 S자 곡선, 시그모이드를 쓰게 되었습니다.',
  'lesson.step.quote':
    'step function은 미분이 불가능하기 때문에 gradient descent를 통한 훈련이 불가능했다. 따라서 이후에 미분가능한 함수(연속 함수)를 사용하였는데 이것이 Sigmoid function이다.',
  'lesson.step.source': '몽이몽이몽몽이, 「Activation functions」 (2015)',
  'lesson.step.check':
    '10 에포크 동안 계단 함수 신경망의 첫 층 기울기는 정확히 0이고 가중치도 그대로이며, 시그모이드 신경망의 첫 층은 움직입니다.',

  'lesson.vanishing.title': '시그모이드의 포화: 기울기 소실',
  'lesson.vanishing.summary':
    '깊은 시그모이드 신경망에서는 기울기가 층을 지날수록 줄어들어 앞쪽 층이 거의 학습하지 못합니다. He 초기화를 쓴 ReLU는 기울기를 지켜 냅니다.',
  'lesson.vanishing.look':
    '8개 유닛짜리 은닉층이 여덟 개입니다. 기울기 그래프(로그 눈금)에서 시그모이드 신경망의 선들은 여러 자릿수에 걸쳐 부채꼴로 벌어집니다. 첫 층(굵은 선)이 받는 기울기는 출력층의 1/100도 되지 않습니다. ReLU의 선들은 모여 있습니다. 결정 경계도 비교해 보세요. 원을 배우는 것은 ReLU뿐입니다.',
  'lesson.vanishing.why':
    'σ′(x) = σ(x)(1 − σ(x))는 최대 0.25이고 |x| > 5이면 거의 0입니다. 역전파는 층마다 이런 인수를 하나씩 곱하므로, 8층 신경망의 첫 층에 도달하는 기울기는 작은 수 여러 개의 곱이 됩니다. ReLU의 기울기는 양수 입력에서 정확히 1이라 내려가는 동안 줄어들지 않습니다.',
  'lesson.vanishing.quote':
    '출력값이 0 ~ 1의 범위를 가지는 만큼 매우 큰 입력값이 입력되어도 최대 1의 값을 갖게되어 기울기 소실(Vanishing Gradient)이 발생합니다. … 계층(Layer)이 많아지면 점점 값이 0에 수렴되는 문제가 발생해 성능이 떨어지게 됩니다. 이러한 이유로 은닉층(Hidden Layer)에서는 활성화 함수로 사용하지 않으며, 주로 출력층(Output Layer)에서만 사용됩니다.',
  'lesson.vanishing.source': '윤대희, 「활성화 함수(Activation Function)」',
  'lesson.vanishing.check':
    '실행 동안 첫 층 기울기 대 마지막 층 기울기 비율의 중앙값이 시그모이드는 1/100 미만, ReLU는 1/10과 10 사이.',

  'lesson.zigzag.title': '중심이 0이 아닌 시그모이드: 지그재그',
  'lesson.zigzag.summary':
    '시그모이드의 출력은 언제나 양수라서, 다음 유닛으로 들어가는 가중치들이 매 스텝 모두 같은 방향으로 밀립니다. 그래서 최적점까지 지그재그로 갑니다.',
  'lesson.zigzag.look':
    '아래 그림은 출력 유닛의 가중치 두 개(은닉 유닛 1, 2에서 오는)를 학습 예제 하나마다 한 점씩 따라갑니다. 시그모이드 은닉 유닛에서는 매 스텝 두 가중치가 함께 오르거나 함께 내립니다. 막대가 “같은 방향” 100 %를 보여 주고, 경로는 계단 모양이 됩니다. tanh에서는 서로 반대로도 움직입니다.',
  'lesson.zigzag.why':
    'xᵢ를 입력받는 가중치 wᵢ의 기울기는 ∂L/∂wᵢ = xᵢ·δ입니다. 모든 xᵢ가 양수(시그모이드 출력)이면 이 기울기들은 모두 δ와 부호가 같아서, 갱신 방향은 1사분면이나 3사분면만 가능하고 2·4사분면은 불가능합니다. 왼쪽 위로 가려면 지그재그로 움직일 수밖에 없어 학습이 느려집니다. tanh(x) = 2σ(2x) − 1은 0을 중심으로 대칭이라 출력이 양쪽 부호를 모두 가집니다.',
  'lesson.zigzag.quote':
    'δ가 양수라면 Loss에 대한 w0, w1, w2 각각의 그래디언트가 모두 양수, 반대라면 모두 음수 값이 될 것입니다. … 결과적으로 w 학습시 허용되는 방향에 제약이 가해져 학습속도가 늦거나 수렴이 어렵게 됩니다. 이 문제는 함수값이 0에 대해 대칭(zero-centered)인 하이퍼볼릭탄젠트 같은 함수를 쓰면 극복할 수 있다고 합니다.',
  'lesson.zigzag.source': '「딥러닝 학습의 다양한 기술들을 알아보자 [1] Activate Function」 (CS231n 정리)',
  'lesson.zigzag.check':
    '시그모이드의 갱신 200번 이상이 모두 두 가중치를 같은 방향으로 움직였고, tanh의 갱신은 10 % 이상이 반대 방향으로 움직였습니다.',

  'lesson.tanh-vs-sigmoid.title': '중심이 0이면 더 빨리 배운다: tanh 대 시그모이드',
  'lesson.tanh-vs-sigmoid.summary':
    'tanh는 시그모이드의 크기와 위치를 조절해 출력의 중심을 0에 맞춘 함수입니다. 같은 신경망에서 훨씬 적은 에포크로 낮은 손실에 도달합니다.',
  'lesson.tanh-vs-sigmoid.look':
    '같은 신경망(8개 유닛 두 층), 같은 데이터, 같은 초기 가중치이고 은닉층의 활성화 함수만 다릅니다. 손실 곡선과 표의 “손실 ≤ 0.1까지 에포크”를 보세요. tanh가 먼저 도착하고 시그모이드는 적어도 두 배가 걸립니다.',
  'lesson.tanh-vs-sigmoid.why':
    'tanh(x) = 2σ(2x) − 1, 같은 S자 곡선을 (−1, 1)로 늘린 것입니다. 출력의 중심이 0이고(지그재그가 없습니다, 레슨 4), 원점에서의 기울기가 시그모이드의 0.25가 아니라 1이어서 원점 근처의 기울기가 네 배 큽니다.',
  'lesson.tanh-vs-sigmoid.quote':
    '그래프의 모양은 시그모이드 함수와는 달리 0을 기준으로 대칭인 점을 확인할 수 있습니다. 이 때문에 하이퍼볼릭탄젠트는 시그모이드를 활성화함수로 썼을 때보다 학습 수렴 속도가 빠르다고 합니다.',
  'lesson.tanh-vs-sigmoid.source':
    '「딥러닝 학습의 다양한 기술들을 알아보자 [1] Activate Function」 (CS231n 정리)',
  'lesson.tanh-vs-sigmoid.check':
    'tanh가 학습 손실 0.1에 도달했고, 시그모이드는 적어도 두 배의 에포크가 걸렸습니다(또는 그때까지 도달하지 못했습니다).',

  'lesson.dying-relu.title': '죽은 ReLU',
  'lesson.dying-relu.summary':
    '학습률이 높으면 많은 ReLU 유닛이 모든 예제에서 입력이 음수인 곳으로 밀려납니다. 출력도 0, 기울기도 0이 되어 다시는 돌아오지 못합니다.',
  'lesson.dying-relu.look':
    '나선 데이터에 Adam, 학습률 0.1입니다. 카드마다 “죽음” 수치를 보세요. ReLU는 유닛의 절반 이상을 잃습니다. LeakyReLU, PReLU, ELU는 음수 입력에서도 기울기가 0이 아니어서 유닛이 죽을 수 없습니다.',
  'lesson.dying-relu.why':
    'ReLU의 미분값은 음수 입력에서 항상 0입니다. 큰 갱신 한 번으로 어떤 유닛의 가중합이 모든 학습 예제에서 음수가 되면, 그 유닛은 어디서나 0을 출력하고 기울기도 어디서나 0이라 이후의 어떤 갱신도 되살리지 못합니다. LeakyReLU(기울기 0.01), PReLU(학습되는 기울기), ELU(α(eˣ − 1))는 늘 약간의 기울기를 흘려보냅니다.',
  'lesson.dying-relu.quote':
    '하지만 입력값이 음수인 경우 항상 0을 반환하므로, 가중치(Weight)나 편향(Bias)이 갱신(Update)되지 않을 수 있습니다. 만약, 가중치의 합이 음수가 되면, 해당 뉴런은 더 이상 값을 갱신(Update)하지 않아 죽은 뉴런(Dead Neuron, Dying ReLU)이 됩니다.',
  'lesson.dying-relu.source': '윤대희, 「활성화 함수(Activation Function)」',
  'lesson.dying-relu.check':
    'ReLU 은닉 유닛의 절반 이상이 죽었고, LeakyReLU·PReLU·ELU에서는 하나도 죽지 않았습니다.',

  'lesson.prelu.title': '스스로 기울기를 배우는 PReLU',
  'lesson.prelu.summary':
    'PReLU는 음수 쪽 기울기 a를 고정하지 않고 가중치처럼 유닛마다 학습하는 LeakyReLU입니다.',
  'lesson.prelu.look':
    '“학습된 기울기” 그래프는 층마다 유닛들의 기울기 a 평균과 가장 작은 값, 가장 큰 값을 보여 줍니다. 모두 0.25에서 출발합니다. 유닛마다 자기 입력에 맞춰 가며 움직이고 벌어지는 모습을 보세요.',
  'lesson.prelu.why':
    'PReLU(x)는 x > 0이면 x, 아니면 a·x입니다. 손실은 a에 대해서도 미분할 수 있으므로(x ≤ 0에서 ∂f/∂a = x) 경사 하강법이 가중치와 함께 a도 갱신합니다. 유닛마다 음수 신호를 얼마나 통과시킬지 스스로 정하는 셈입니다.',
  'lesson.prelu.quote':
    '이 방식의 핵심 아이디어는 활성화 함수 자체에 학습 가능한 파라미터를 도입하는 것입니다. … 이러한 접근 방식의 장점은 각 뉴런이 자신의 입력 데이터에 가장 적합한 활성화 함수의 형태를 학습할 수 있다는 것입니다.',
  'lesson.prelu.source': '인벤터실록, 「인공지능의 핵심 활성화 함수」 (브런치, 2024)',
  'lesson.prelu.check': '기울기가 출발점에서 0.2 이상 움직였고, 유닛 사이에 0.1 이상 차이가 납니다.',

  'lesson.smooth.title': '매끄러운 최신 함수: SiLU, GELU, Mish',
  'lesson.smooth.summary':
    'Swish/SiLU, GELU, Mish는 ReLU의 매끄럽고 살짝 비단조인 사촌들입니다. 나선 데이터에서 보통 더 적은 에포크로 낮은 손실에 도달합니다.',
  'lesson.smooth.look':
    '16개 유닛 두 층짜리 신경망 넷이 활성화 함수만 다릅니다. 표의 “손실 ≤ 0.1까지 에포크”와 손실 곡선을 비교하세요. 마지막 열은 여러분의 컴퓨터에서 한 스텝에 드는 시간입니다.',
  'lesson.smooth.why':
    'ReLU는 0에서 유닛의 기울기를 갑자기 켜거나 끕니다. 매끄러운 함수는 완만하게 휘고 음수 입력에도 신호를 조금 통과시켜 최적화가 안정되는 경향이 있습니다. 원문은 ELU를 두고 이렇게 말합니다. 0에서 출력이 급변하지 않아 경사 하강법이 더 적은 갱신으로 수렴하지만, 연산이 무거워 스텝마다 느려진다고요. 다만 이 정도로 작은 신경망에 벡터화된 커널을 쓰면 그 추가 비용은 스텝의 나머지 작업에 묻힙니다. 마지막 열을 보세요.',
  'lesson.smooth.quote':
    '그러므로 입력값이 0인 경우에도 출력값이 급변하지 않아, 경사 하강법(Gradient Descent)의 수렴 속도가 비교적 더 빠릅니다. 하지만, 더 복잡한 연산을 진행하게 되므로 학습 속도는 더 느려지게 됩니다. (수렴 속도는 몇 번의 학습으로 최적화 된 값을 찾는가를 의미한다면, 학습 속도는 학습이 완료되기 까지의 전체 속도를 의미합니다.)',
  'lesson.smooth.source': '윤대희, 「활성화 함수(Activation Function)」의 ELU 설명',
  'lesson.smooth.check': 'SiLU, GELU, Mish 가운데 적어도 둘이 ReLU보다 먼저 학습 손실 0.1에 도달했습니다.',

  'lesson.oscillating.title': '진동하는 뉴런 하나로 XOR 풀기',
  'lesson.oscillating.summary':
    '단조 함수 유닛은 직선 경계 하나만 그리므로 뉴런 하나로는 XOR을 풀 수 없습니다. 오르내리는 사인이나 NCU 유닛은 하나로 충분합니다.',
  'lesson.oscillating.look':
    '각 신경망의 은닉 유닛은 단 하나이고, XOR의 네 점을 봅니다. 결정 경계와 확인 패널을 보세요. 사인과 NCU는 네 점을 모두 맞히고, tanh는 세 점을 넘지 못합니다.',
  'lesson.oscillating.why':
    '유닛 하나는 f(w·x + b)를 계산하고, 이 값은 평행한 직선을 따라 일정합니다. f가 단조이면 출력은 한쪽으로만 커질 수 있어 마주 보는 두 꼭짓점을 함께 높일 수 없습니다. 진동하는 f(사인, 또는 3차식인 NCU)는 올라갔다 다시 내려오므로 가운데 띠 하나로 두 대각선을 가를 수 있습니다.',
  'lesson.oscillating.quote':
    '진동하는 함수들은 단조 증가하는 전통적인 활성화 함수와는 달리, 입력 값에 따라 출력이 증가하거나 감소할 수 있습니다. … 이러한 활성화 함수의 장점은 단일 뉴런이 XOR 문제와 같은 복잡한 논리를 학습할 수 있게 한다는 것입니다. 시그모이드나 ReLU와 같은 전통적인 함수로는 어려운 일입니다.',
  'lesson.oscillating.source': '인벤터실록, 「인공지능의 핵심 활성화 함수」 (브런치, 2024)',
  'lesson.oscillating.check': '사인과 NCU는 XOR 네 점을 모두 맞히고, tanh는 많아야 세 점.',

  'lesson.softmax.title': '여러 클래스를 위한 소프트맥스',
  'lesson.softmax.summary':
    '소프트맥스는 K개의 출력을 합이 1인 K개의 확률, 곧 각 클래스에 대한 신경망의 믿음으로 바꿉니다. 여기서는 팔이 3개, 5개인 나선입니다.',
  'lesson.softmax.look':
    '결정 지도의 색은 확률이 가장 높은 클래스이고, 색이 옅을수록 덜 확신한다는 뜻입니다. 무작위로 찍으면 33 %, 20 %인 문제에서 두 신경망 모두 테스트 정확도 90 %를 넘깁니다.',
  'lesson.softmax.why':
    'pₖ = exp(zₖ) / Σᵢ exp(zᵢ). 지수 함수가 모든 출력을 양수로 만들고, 나눗셈이 합을 1로 맞춥니다. 소프트맥스는 클래스 확률을 계산하므로 은닉층이 아니라 출력층에 쓰이며, 교차 엔트로피로 학습합니다.',
  'lesson.softmax.quote':
    '소프트맥스 함수(Softmax Function)는 n 차원 벡터에서 특정 출력 값이 k 번째 클래스에 속할 확률을 계산합니다. 클래스에 속할 확률을 계산하는 활성화 함수이므로, 은닉층(Hidden Layer)에서 사용하지 않고 출력층(Output Layer)에서 사용됩니다.',
  'lesson.softmax.source': '윤대희, 「활성화 함수(Activation Function)」',
  'lesson.softmax.check': '두 신경망 모두 테스트 정확도 90 %에 도달합니다.',

  'lesson.init.title': '초기화가 중요하다',
  'lesson.init.summary':
    '가중치를 모두 0으로 두면 유닛 사이의 대칭이 끝내 깨지지 않고, 너무 크면 tanh가 포화됩니다. Xavier와 He는 층의 크기에 맞춰 가중치의 크기를 정합니다.',
  'lesson.init.look':
    '초기 가중치만 다른 tanh 신경망 넷입니다. 0: 층의 모든 유닛이 끝까지 똑같고(차이 0) 아무것도 배우지 못합니다. ±5: 대부분의 유닛이 tanh의 평평한 꼬리에서, 포화된 채 출발합니다. Xavier와 He는 둘 다 원을 배웁니다.',
  'lesson.init.why':
    '같게 출발한 유닛은 같은 기울기를 받아 영원히 같습니다. 유닛 여덟 개가 하나처럼 동작하는 셈입니다(0과 tanh의 조합에서는 기울기조차 0입니다). 큰 가중치는 tanh를 |x| ≈ 4 너머, f′ ≈ 0인 평평한 곳으로 밀어냅니다. Xavier(분산 2/(fan-in + fan-out))는 tanh와 시그모이드에, He(2/fan-in)는 ReLU에 알맞은 크기로 신호를 유지합니다.',
  'lesson.init.quote':
    '학습 파라메터 초기화 : 초기화 방법에도 여러가지가 있으므로 적절히 선택합니다. — 하이퍼볼릭 탄젠트 함수는 시그모이드 함수와 마찬가지로 입력값(x)가 4보다 큰 경우 출력값이 1에 수렴하므로 동일하게 기울기 소실이 발생합니다.',
  'lesson.init.source':
    '「딥러닝 학습의 다양한 기술들을 알아보자 [1]」, 윤대희 「활성화 함수(Activation Function)」',
  'lesson.init.check':
    '0: 10 에포크 뒤에도 층마다 모든 유닛이 동일, ±5: 유닛의 절반 이상이 포화, Xavier와 He: 학습 손실 0.1 도달.',

  'lesson.optimizers.title': '옵티마이저: SGD, 모멘텀, Adam',
  'lesson.optimizers.summary':
    '같은 나선, 같은 신경망, 같은 학습률과 초기 가중치. 다른 것은 갱신 규칙뿐입니다.',
  'lesson.optimizers.look':
    '손실 곡선과 “손실 ≤ 0.3까지 에포크”를 따라가 보세요. 그냥 SGD는 느릿느릿 기어가고, 모멘텀은 일관된 방향으로 속도를 붙이며, Adam은 가중치마다 자기 기울기 이력에 맞춰 보폭을 조절해 가장 먼저 도착합니다.',
  'lesson.optimizers.why':
    'SGD: w ← w − η·g. 모멘텀은 속도 v ← 0.9·v + g를 유지하며 그 방향으로 움직여, 꾸준한 방향에서는 최대 열 배까지 빨라집니다. Adam은 기울기의 이동 평균을 기울기 제곱의 이동 평균의 제곱근으로 나눕니다. 기울기의 크기와 상관없이 가중치마다 스텝당 약 η만큼 움직입니다.',
  'lesson.optimizers.quote':
    '딥러닝의 일반적 절차: 적절한 네트워크 선택 → 그래디언트 체크 → 학습 파라메터 초기화 → 학습 파라메터 최적화 (Stochastic Gradient vs Adam, etc.) → 과적합 방지',
  'lesson.optimizers.source':
    '「딥러닝 학습의 다양한 기술들을 알아보자 [1] Activate Function」 (CS231n, CS224d 정리)',
  'lesson.optimizers.check': '모멘텀과 Adam 모두 SGD보다 먼저 학습 손실 0.3에 도달했습니다.',

  'lesson.overfitting.title': '과적합: 드롭아웃 대 L2',
  'lesson.overfitting.summary':
    '노이즈 섞인 점 30개에 큰 신경망을 학습시키면 점들을 외워 버립니다. 학습 손실은 0으로 가고 테스트 손실은 올라갑니다. 드롭아웃과 L2가 이를 막습니다.',
  'lesson.overfitting.look':
    '카드와 손실 그래프(점선 = 학습)에서 학습 손실과 테스트 손실을 비교하세요. 규제가 없으면 학습 손실이 0을 향해 가는 동안 테스트 손실은 최저점의 두 배 넘게 오릅니다. 검은 테두리의 테스트 점을 보면 자신만만한 경계가 어디서 틀리는지 보입니다. 드롭아웃과 L2는 그 차이를 훨씬 작게 유지합니다.',
  'lesson.overfitting.why':
    '노이즈는 이 30개의 점에만 해당하는 정보입니다. 가중치가 천 개가 넘는 신경망은 그것까지 정확히 맞출 수 있고, 그렇게 배운 것은 새로운 점에 통하지 않습니다. 드롭아웃은 매 스텝 무작위로 유닛을 꺼서 어떤 유닛도 다른 유닛에 기댈 수 없게 하고, L2는 손실에 λ‖W‖²를 더해 가중치와 함수를 작고 매끄럽게 유지합니다.',
  'lesson.overfitting.quote': '과적합 방지 : dropout vs regularize, etc.',
  'lesson.overfitting.source':
    '「딥러닝 학습의 다양한 기술들을 알아보자 [1] Activate Function」 (CS231n 정리)',
  'lesson.overfitting.check':
    '30 에포크 뒤 규제 없는 신경망은 과적합(학습 손실 0.1 미만, 테스트 손실은 최저점의 두 배 이상)되고, 드롭아웃과 L2 신경망은 학습–테스트 차이가 더 작습니다.',

  'lesson.gradcheck.title': '기울기 검사',
  'lesson.gradcheck.summary':
    '역전파가 맞게 계산되고 있을까요? 미분값 하나하나를 수치 미분 (L(w + h) − L(w − h)) / 2h와 비교합니다.',
  'lesson.gradcheck.look':
    '엔진은 새 에포크마다 두 신경망의 모든 파라미터를 검사합니다. 학습에 쓰는 단정밀도 SIMD 역전파를, 배정밀도 사본의 중심 차분과 비교합니다. 표는 검사마다 가장 큰 상대 오차를 보여 주며, 10⁻³ 선보다 훨씬 아래에 머뭅니다. ReLU에서는 ±h가 꺾인 점을 지나는 파라미터를 건너뛰고 그 수를 셉니다.',
  'lesson.gradcheck.why':
    '미분이 틀려도 프로그램은 멈추지 않습니다. 신경망이 그저 잘 배우지 못할 뿐이고, 왜 그런지 알기 어렵습니다. 중심 차분은 손실 값만으로 계산하므로 독립적인 기준이 됩니다. 상대 오차 |g − g_num| / max(|g|, |g_num|)는 여기서 10⁻⁵ 안팎, 곧 부동소수점 반올림 수준이지 버그가 아닙니다.',
  'lesson.gradcheck.quote':
    '그래디언트 체크 : 네트워크를 구축했는데 그래디언트 계산이 혹시 잘못될 염려가 있으므로 잘됐는지 체크해봅니다',
  'lesson.gradcheck.source': '「딥러닝 학습의 다양한 기술들을 알아보자 [1] Activate Function」 (CS231n 정리)',
  'lesson.gradcheck.check':
    '두 신경망의 모든 검사가 10⁻³ 미만입니다(검사 3회 이상, 그중 하나는 5 에포크 학습 뒤).',

  'fact.testAcc': '테스트 정확도 {v}',
  'fact.frozen': '첫 층 기울기 {g}, 첫 층 가중치 변화 {d}',
  'fact.outputMoved': '출력층 가중치 변화 {d}',
  'fact.firstMoved': '첫 층 가중치 변화 {d}',
  'fact.gradRatio': '첫 층 / 출력층 기울기: {v}',
  'fact.sameWay': '갱신 {n}번 중 {same}번이 두 가중치를 같은 방향으로 ({v})',
  'fact.reached': '에포크 {e}에 학습 손실 ≤ {target}',
  'fact.notReached': '아직 학습 손실 ≤ {target}에 못 미침 (에포크 {e})',
  'fact.dead': '죽은 유닛: {v}',
  'fact.slopes': '기울기 출발값 {start}, 지금 {min} ~ {max}',
  'fact.xorPoints': 'XOR 네 점 중 {k}개 정답',
  'fact.symmetric': '층 안의 두 유닛 사이 최대 차이: {v}',
  'fact.saturated': '포화된 유닛(지금까지 최대): {v}',
  'fact.gap': '학습 {train} · 테스트 {test} · 차이 {gap}',
  'fact.gradcheck': '검사 {n}회 중 최대 상대 오차 {v}',

  'run.n': '실행 {n}',
  'run.lr': '학습률 {v}',
  'run.dropoutP': '드롭아웃 {v}',
  'run.noReg': '규제 없음',
  'run.classes': '클래스 {n}개',
  'run.learnt': '학습되는 기울기',
  'run.fixed': '고정 기울기',
  'run.batch': '배치 {n}',
  'run.zeros': '모두 0',
  'run.large': '너무 큼 (±5)',
  'run.xavier': 'Xavier',
  'run.he': 'He',
  'run.plain': '규제 없음',
  'run.dropout': '드롭아웃 0.5',
  'run.l2': 'L2 0.01',

  'cmp.title': '활성화 함수 나란히 비교하기',
  'cmp.intro':
    '신경망 2 ~ 4개가 같은 데이터에서, 모양이 같다면 같은 초기 가중치에서 발맞춰 학습합니다. 다른 것은 카드마다 여러분이 바꾼 설정뿐입니다. 비교 전체가 링크에 담기니 그대로 공유하세요.',
  'cmp.shape': '은닉층',
  'cmp.target': '목표 손실',
  'cmp.addRun': '실행 추가',
  'cmp.removeRun': '이 실행 빼기',
  'cmp.newSeed': '모든 실행에 새 초기 가중치',
  'cmp.activation': '활성화 함수',
  'cmp.l2': 'L2 비율',
  'cmp.openPlayground': '이 실행만 실험실에서 열기',
  'cmp.train': '학습',
  'cmp.test': '테스트',
  'cmp.acc': '정확도',
  'cmp.dead': '죽음',
  'cmp.boundaryOf': '{run}의 결정 경계',
  'cmp.diverged': '발산: 손실이나 가중치가 무한대가 되었습니다. 학습률을 낮추세요.',
  'cmp.reachedAt': '✓ 에포크 {e}에 학습 손실 ≤ {target}',
  'cmp.lossChart': '손실',
  'cmp.lossDesc': '에포크에 따른 각 실행의 테스트 손실(실선)과 학습 손실(점선).',
  'cmp.gradChart': '층별 기울기 크기',
  'cmp.gradDesc':
    '모든 실행의 층마다 ‖∂L/∂W‖, 로그 눈금. 색은 실행, 굵은 선은 첫 층, 갈수록 가늘고 옅어지며 점선은 출력층입니다. 아래로 벌어지는 부채꼴 = 기울기 소실. 정확히 0인 기울기는 로그 눈금에 그릴 수 없어 선이 끊깁니다.',
  'cmp.styleKey': '손실: 실선 테스트, 점선 학습 · 기울기: 굵은 선 첫 층, 점선 출력층',
  'cmp.summary': '요약',
  'cmp.summaryNote':
    '에포크는 화면에 그려진 시점 기준입니다. 죽은 유닛: 모든 학습 점에서 출력이 0인 은닉 유닛. 비용: 이 컴퓨터에서 잰 1000 스텝당 최적화 작업 시간(밀리초).',
  'cmp.colRun': '실행',
  'cmp.colTarget': '손실 ≤ {target}까지 에포크',
  'cmp.colTrain': '학습 손실',
  'cmp.colTest': '테스트 손실',
  'cmp.colAcc': '테스트 정확도',
  'cmp.colDead': '죽은 유닛',
  'cmp.colCost': '밀리초 / 1000 스텝',
  'cmp.notYet': '아직',
  'cmp.slopesChart': '학습된 기울기',
  'cmp.slopesDesc':
    '은닉층마다 PReLU의 음수 쪽 기울기 a: 유닛 평균(굵은 선)과 가장 작은 유닛, 가장 큰 유닛의 값(점선).',
  'cmp.slopeAxis': '기울기 a',
  'cmp.slopeMean': '{n}층: 평균 기울기',
  'cmp.pathTitle': '두 가중치의 경로',
  'cmp.pathDesc':
    '출력 유닛의 가중치 두 개(은닉 유닛 1, 2에서 오는), 학습 예제 하나마다 한 점. 속이 빈 점: 출발, 채운 점: 현재.',
  'cmp.pathX': 'w₁ (은닉 유닛 1에서)',
  'cmp.pathY': 'w₂ (은닉 유닛 2에서)',
  'cmp.dirLegend': '두 가중치의 갱신마다: 같은 방향(1·3사분면, 진한 색) 또는 반대 방향(2·4사분면, 옅은 색).',
  'cmp.directions': '같은 방향 {same} · 반대 방향 {opposite}',
  'cmp.gcTitle': '기울기 검사',
  'cmp.gcDesc':
    '새 에포크마다 모든 파라미터에 대해 역전파를 배정밀도 신경망의 중심 차분과 비교합니다. 최신 검사가 위에 있고, 선은 허용 오차 10⁻³입니다.',
  'cmp.gcEpoch': '에포크',
  'cmp.gcError': '최대 상대 오차',
  'cmp.gcTol': '10⁻³ 대비',
  'cmp.gcSkipped': '건너뜀 (꺾인 점)',

  'exp.title': '활성화 함수 탐색기',
  'exp.intro':
    'ActLab 엔진이 아는 모든 활성화 함수의 곡선과 도함수, 수식과 성질을 봅니다. 파라미터를 움직이면 엔진이 곡선을 다시 계산하고, 다른 함수를 체크하면 겹쳐 그립니다. 마음에 들면 바로 학습시켜 보세요.',
  'exp.functions': '함수 목록',
  'exp.sideHint': '이름을 누르면 자세히 보고, 상자를 체크하면 겹쳐 그립니다(세 개까지).',
  'exp.all': '전체',
  'exp.overlay': '그래프에 겹쳐 그리기',
  'exp.train': '이 함수로 실험실에서 학습하기',
  'exp.compare': '학습으로 비교하기',
  'exp.legend': '실선: f(x), 점선: f′(x). 보이는 파라미터로 엔진이 계산한 값입니다.',
  'exp.legendVector':
    '실선: 첫 번째 출력 p₁, 점선: 그 도함수 dp₁/dx. 설명을 위해 수식으로 직접 계산한 값입니다.',
  'exp.yes': '예',
  'exp.no': '아니오',
  'exp.range': '치역',
  'exp.learnable': '학습 가능한 파라미터',
  'exp.params': '파라미터 (기본값, 범위)',
  'exp.none': '없음',
  'exp.elementwise': '원소별 적용',
  'exp.learnt': '학습 가능',
  'exp.vectorNote':
    '이 함수는 숫자 하나하나가 아니라 출력 벡터 전체에 적용됩니다. 그림은 로짓 (x, 0, 0)에 대한 첫 번째 출력이며 설명을 위한 것입니다. 출력층에 쓰입니다.',
  'exp.maxoutNote':
    'Maxout은 유닛마다 k개의 직선 조각 중 가장 큰 값을 취합니다. 모양 자체를 학습하므로 고정된 곡선이 없습니다.',
};
