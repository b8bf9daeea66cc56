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

  'list.title': '레슨마다 하나의 주장, 눈앞에서 확인합니다',
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
    '평소보다 오래 걸리고 있습니다. 학습 결과는 출발점에 따라 달라집니다. 처음부터 다시 버튼으로 같은 가중치에서 다시 시작하거나, 주사위 버튼으로 다른 초기 가중치에서 해 보세요.',
  'lesson.all': '전체 레슨',
  'lesson.prev': '← 이전',
  'lesson.next': '다음 →',
  'lesson.openEditor': '비교 편집기에서 바꿔 보기',
  'lesson.reinit': '다른 초기 가중치: 같은 레슨을 새 무작위 출발점에서',
  'lesson.unknown': '“{id}”라는 레슨은 없습니다. 전체 레슨 목록입니다.',
  'lesson.objective': '배울 내용:',
  'lesson.misconception': '흔한 오해.',
  'lesson.modified': '이 실행들은 레슨의 원래 실행과 다릅니다. 링크가 값을 바꾸었습니다.',
  'lesson.modifiedCheck':
    '확인은 같은 현상을 재지만, 그 기준값은 레슨의 원래 실행에 맞춰 정한 것이라 지금 실행에서는 끝내 체크되지 않을 수도 있습니다. 이 결과는 이 레슨의 측정으로 기록하지 않습니다.',
  'lesson.change': '{run} {key} = {value} (레슨: {was})',
  'lesson.default': '기본값',
  'lesson.backToLesson': '레슨의 원래 실행으로 돌아가기',
  'lesson.trying': '반례를 시험하는 중:',
  'lesson.predict': '먼저 예측해 보세요',
  'lesson.predictMade': '기록했습니다. 이제 재생을 눌러 확인해 보세요.',
  'lesson.predictWatch': '예측이 고정되었습니다. 확인 표시를 지켜보세요.',
  'lesson.predictRight': '관찰됨 — 예측한 대로입니다.',
  'lesson.predictWrong': '관찰됨 — 예측과 다릅니다. 실제로 일어난 일: {answer}',
  'lesson.predictNone': '관찰됨. 실제로 일어난 일: {answer}',
  'lesson.tryThis': '이렇게 해 보세요',
  'lesson.tryHint': '각 버튼은 현상을 없애는 한 가지를 바꾼 레슨을 엽니다. 확인 표시는 켜지지 않아야 합니다.',

  'lesson.nonlinearity.title': '왜 비선형이어야 할까',
  'lesson.nonlinearity.objective':
    '신경망에 비선형 활성화 함수가 왜 필요한지, 그것 없이 층만 깊게 해서는 왜 소용없는지.',
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
  'lesson.step.objective':
    '계단 함수를 거쳐서는 왜 경사 하강법으로 학습할 수 없는지, 시그모이드가 무엇을 대신했는지.',
  'lesson.step.summary':
    '퍼셉트론의 계단 함수는 점프 양쪽이 평평해 미분값이 0입니다. 그래서 그 아래 층의 가중치에는 그래디언트가 전혀 전달되지 않습니다.',
  'lesson.step.look':
    '확인 패널과 그래디언트 그래프를 보세요. 계단 함수 신경망의 첫 층 그래디언트는 정확히 0이라 로그 눈금으로는 그려지지도 않고, 첫 층 가중치는 전혀 움직이지 않습니다. 출력층만 학습합니다. 미분 가능한 대안인 시그모이드 신경망은 모든 층이 움직입니다. 셋째 신경망은 임곗값 함수(원문의 예처럼 임곗값 0보다 크면 x, 아니면 −5)를 씁니다. 이 신경망의 첫 층은 움직입니다.',
  'lesson.step.why':
    '경사 하강법은 손실의 미분값만큼 가중치를 움직입니다. Step(x)는 0에서 불연속적으로 뛰어 미분할 수 없고 나머지 구간은 상수이므로, 그 아래 층의 ∂L/∂W는 모든 예제에서 0입니다. 그래서 신경망은 계단 함수 대신 어디서나 연속이고 미분 가능한 S자 곡선, 시그모이드를 쓰게 되었습니다. 임곗값 함수는 계단 함수에 항등 함수를 이어 붙인 것입니다. 임곗값보다 크면 기울기가 1이라서, 입력이 임곗값을 넘는 유닛을 통해 아래 층 가중치까지 그래디언트가 전달됩니다. 하지만 점프는 그대로라서, 모든 예제에서 입력이 임곗값 아래인 유닛은 죽은 ReLU처럼 그래디언트를 전혀 받지 못합니다(확인 패널이 셉니다). 계단 함수의 문제 가운데 일부만 가진 셈입니다.',
  'lesson.step.quote':
    'step function은 미분이 불가능하기 때문에 gradient descent를 통한 훈련이 불가능했다. 따라서 이후에 미분가능한 함수(연속 함수)를 사용하였는데 이것이 Sigmoid function이다.',
  'lesson.step.source': '몽이몽이몽몽이, 「Activation functions」 (2015)',
  'lesson.step.check':
    '10 에포크 동안 계단 함수 신경망의 첫 층 그래디언트는 정확히 0이고 가중치도 그대로이며, 시그모이드와 임곗값 함수 신경망의 첫 층은 움직입니다.',

  'lesson.vanishing.title': '시그모이드가 그래디언트를 줄인다: 그래디언트 소실',
  'lesson.vanishing.objective':
    '층별 그래디언트를 읽고, 시그모이드의 그래디언트는 층마다 줄어드는데 ReLU와 tanh는 왜 그렇지 않은지 설명하기.',
  'lesson.vanishing.summary':
    '깊은 시그모이드 신경망에서는 그래디언트가 아래로 내려가며 층마다 줄어들어 앞쪽 층이 거의 학습하지 못합니다. 같은 가중치로 ReLU나 tanh를 쓰면 그래디언트가 유지됩니다.',
  'lesson.vanishing.look':
    '8개 유닛짜리 은닉층이 여덟 개입니다. 세 신경망은 같은 Xavier 가중치에서 출발하고 활성화 함수만 다릅니다. 그래디언트 그래프(로그 눈금)에서 시그모이드의 선들은 층마다 한 단씩 여러 자릿수에 걸쳐 벌어집니다. 첫 층(굵은 선)이 받는 그래디언트는 출력층의 아주 작은 일부입니다. ReLU와 tanh의 선들은 모여 있습니다. 결정 경계도 비교해 보세요.',
  'lesson.vanishing.why':
    '역전파는 층마다 그래디언트에 f′(z)를 한 번씩 곱합니다(가중치도 곱하지만, Xavier는 그 크기가 유지되도록 가중치를 맞춥니다). σ′(x) = σ(x)(1 − σ(x))는 x = 0에서 최대 1/4이므로, 포화가 전혀 없어도 시그모이드 층 하나를 지날 때마다 그래디언트는 1/4 이하로 줄어듭니다. 여기서 잰 값은 층마다 약 ×0.25입니다. tanh′(0) = 1이고 ReLU의 기울기는 양수 입력에서 1이라 내려가는 동안 줄어들지 않습니다. 원문은 포화(출력이 0이나 1 근처에 머물러 σ′ ≈ 0)를 원인으로 드는데, 포화는 상황을 더 나쁘게 할 뿐 1/4만으로도 충분합니다.',
  'lesson.vanishing.quote':
    '출력값이 0 ~ 1의 범위를 가지는 만큼 매우 큰 입력값이 입력되어도 최대 1의 값을 갖게되어 기울기 소실(Vanishing Gradient)이 발생합니다. … 계층(Layer)이 많아지면 점점 값이 0에 수렴되는 문제가 발생해 성능이 떨어지게 됩니다. 이러한 이유로 은닉층(Hidden Layer)에서는 활성화 함수로 사용하지 않으며, 주로 출력층(Output Layer)에서만 사용됩니다.',
  'lesson.vanishing.source': '윤대희, 「활성화 함수(Activation Function)」',
  'lesson.vanishing.check':
    '실행 동안(층별 중앙값): 시그모이드의 그래디언트는 모든 층에서 줄어들고 첫 층은 출력층의 1/100 미만을 받습니다. ReLU의 비율은 1/10과 10 사이이고, tanh의 첫 층은 시그모이드 몫의 10배 이상을 받습니다.',

  'lesson.zigzag.title': '중심이 0이 아닌 시그모이드: 지그재그',
  'lesson.zigzag.objective':
    '“중심이 0”이라는 성질이 가중치 갱신의 방향에 어떤 뜻인지, 그리고 왜 작은 배치에서만 드러나는지.',
  'lesson.zigzag.summary':
    '시그모이드의 출력은 언제나 양수라서, 다음 유닛으로 들어가는 가중치들이 매 스텝 모두 같은 방향으로 밀립니다. 그래서 최적점까지 지그재그로 갑니다.',
  'lesson.zigzag.look':
    '아래 그림은 출력 유닛의 가중치 두 개(은닉 유닛 1, 2에서 오는)를 학습 예제 하나마다 한 점씩 따라갑니다. 시그모이드 은닉 유닛에서는 매 스텝 두 가중치가 함께 오르거나 함께 내립니다. 막대가 “같은 방향” 100 %를 보여 주고, 경로는 계단 모양이 됩니다. tanh에서는 서로 반대로도 움직입니다. 이 현상은 스텝마다 예제 하나(배치 1)일 때 성립합니다. 배치 10으로 바꿔 보세요.',
  'lesson.zigzag.why':
    'xᵢ를 입력받는 가중치 wᵢ의 그래디언트는 ∂L/∂wᵢ = xᵢ·δ입니다. 모든 xᵢ가 양수(시그모이드 출력)이면 이 그래디언트들은 모두 δ와 부호가 같아서, 갱신 방향은 1사분면이나 3사분면만 가능하고 2·4사분면은 불가능합니다. 왼쪽 위로 가려면 지그재그로 움직일 수밖에 없습니다. 배치를 쓰면 그래디언트는 δ의 부호가 서로 다른 예제들의 xᵢ·δ를 더한 값이라 이 규칙이 스텝마다 성립하지 않습니다(배치 10에서 잰 결과: 일부 스텝이 두 가중치를 반대 방향으로 움직임). 지그재그가 학습을 얼마나 늦추는지는 여기서 읽을 수 없습니다. 시그모이드는 tanh보다 기울기도 4배 완만하기 때문입니다(다음 강의). tanh(x) = 2σ(2x) − 1은 0을 중심으로 대칭이라 출력이 양쪽 부호를 모두 가집니다.',
  'lesson.zigzag.quote':
    'δ가 양수라면 Loss에 대한 w0, w1, w2 각각의 그래디언트가 모두 양수, 반대라면 모두 음수 값이 될 것입니다. … 결과적으로 w 학습시 허용되는 방향에 제약이 가해져 학습속도가 늦거나 수렴이 어렵게 됩니다. 이 문제는 함수값이 0에 대해 대칭(zero-centered)인 하이퍼볼릭탄젠트 같은 함수를 쓰면 극복할 수 있다고 합니다.',
  'lesson.zigzag.source': '「딥러닝 학습의 다양한 기술들을 알아보자 [1] Activate Function」 (CS231n 정리)',
  'lesson.zigzag.check':
    '스텝마다 예제 하나로: 시그모이드의 갱신 200번 이상이 모두 두 가중치를 같은 방향으로 움직였고, tanh 갱신의 10 % 이상은 반대 방향으로 움직였습니다. 지그재그 자체, 곧 경로 길이를 변위로 나눈 값은 둘 다 보여 줍니다.',

  'lesson.tanh-vs-sigmoid.title': 'tanh 대 시그모이드: 0 중심이고 네 배 가파르다',
  'lesson.tanh-vs-sigmoid.objective':
    'tanh가 시그모이드보다 빨리 학습하는 두 이유, 곧 중심이 0인 출력과 네 배 가파른 기울기를 따로 떼어 보기.',
  'lesson.tanh-vs-sigmoid.summary':
    'tanh는 시그모이드를 늘리고 옮긴 함수입니다. 출력의 중심이 0이고 0에서의 기울기가 시그모이드의 네 배입니다. 세 번째 유닛 σ(x) − ½는 중심이 0이면서 기울기는 시그모이드와 같아, 두 원인을 따로 떼어 봅니다.',
  'lesson.tanh-vs-sigmoid.look':
    '같은 신경망(8개짜리 층 둘), 같은 데이터, 같은 초기 가중치이고 은닉층 활성화 함수만 다릅니다. 표의 “손실 ≤ 0.1까지 에포크”를 보세요. tanh가 먼저 도달하고 시그모이드는 적어도 두 배 걸립니다. 세 번째 실행 σ(x) − ½는 tanh처럼 중심이 0이지만 기울기는 시그모이드와 같습니다. 중심이 0인 것이 tanh를 빠르게 한다면 tanh를 따라가야 합니다. 그렇지 않습니다 — 시그모이드만큼 느립니다.',
  'lesson.tanh-vs-sigmoid.why':
    'tanh(x) = 2σ(2x) − 1이고 σ(x) − ½ = ½·tanh(x/2)입니다. 셋은 옮기고 늘린 같은 S자 곡선입니다. 시그모이드에서 σ(x) − ½로 가면 중심만 바뀝니다(출력이 0 주위, 지그재그 없음, 4강). σ(x) − ½에서 tanh로 가면 크기만 바뀝니다. 0에서의 기울기가 네 배(1/4 대신 1)라 층마다 그래디언트가 네 배 큽니다. 확인 패널은 두 단계를 따로 잽니다. 이 신경망에서는 기울기가 거의 모든 차이를 만들고(에포크가 약 열 배 적음), 중심이 0인 것만으로는 얻는 것이 적습니다(배치 10에서는 지그재그가 평균으로 사라져, 시그모이드와 σ(x) − ½의 차이가 약 20 % 안쪽). 원문은 중심이 0인 것만 이유로 드는데, 실제로 효과는 있지만 여기서는 작습니다.',
  'lesson.tanh-vs-sigmoid.quote':
    '그래프의 모양은 시그모이드 함수와는 달리 0을 기준으로 대칭인 점을 확인할 수 있습니다. 이 때문에 하이퍼볼릭탄젠트는 시그모이드를 활성화함수로 썼을 때보다 학습 수렴 속도가 빠르다고 합니다.',
  'lesson.tanh-vs-sigmoid.source':
    '「딥러닝 학습의 다양한 기술들을 알아보자 [1] Activate Function」 (CS231n 정리)',
  'lesson.tanh-vs-sigmoid.check':
    'tanh가 학습 손실 0.1에 도달했고, 시그모이드는 적어도 두 배의 에포크가 걸렸으며 σ(x) − ½(중심은 tanh와 같고 기울기는 시그모이드와 같음)도 그랬습니다. 중심 효과, 곧 시그모이드의 에포크를 σ(x) − ½의 에포크로 나눈 값은 재서 보여 줄 뿐 요구하지 않습니다.',

  'lesson.dying-relu.title': '죽은 ReLU',
  'lesson.dying-relu.objective':
    'ReLU 유닛이 어떻게 죽는지, 죽은 유닛을 어떻게 세는지, 어떤 활성화 함수가 이를 피하는지.',
  'lesson.dying-relu.summary':
    '학습률이 높으면 많은 ReLU 유닛이 모든 예제에서 입력이 음수인 곳으로 밀려납니다. 출력도 0, 그래디언트도 0이 되어 다시는 돌아오지 못합니다.',
  'lesson.dying-relu.look':
    '나선 데이터에 Adam, 학습률 0.1. 각 카드의 “죽은” 수치를 보세요. 유닛의 도함수가 모든 학습 점에서 0이면, 그래서 가중치에 그래디언트가 전혀 닿지 않으면 죽은 유닛입니다. 모든 활성화 함수를 실제 매개변수 그대로 같은 방식으로 잽니다. ReLU는 유닛의 절반 넘게 잃고, 여기서 LeakyReLU, PReLU, ELU는 하나도 잃지 않습니다.',
  'lesson.dying-relu.why':
    'ReLU의 도함수는 모든 음수 입력에서 0입니다. 큰 갱신 한 번으로 어떤 유닛의 가중합이 모든 학습 예제에서 음수가 되면, 그 유닛은 어디서나 0을 출력하고 그래디언트도 어디서나 0이라 이후 어떤 갱신도 되살릴 수 없습니다. LeakyReLU(기울기 0.01)와 PReLU(학습되는 기울기)는 늘 약간의 그래디언트를 통과시킵니다. 단, 기울기가 0이면 그것은 곧 ReLU라서 죽습니다(해 보세요). ELU의 음수 쪽 도함수 αeˣ는 정확히 0이 되지는 않지만 0으로 다가가므로, 음수 쪽 멀리 밀린 유닛은 거의 아무것도 받지 못합니다. 이번 실행에서는 일어나지 않았습니다.',
  'lesson.dying-relu.quote':
    '하지만 입력값이 음수인 경우 항상 0을 반환하므로, 가중치(Weight)나 편향(Bias)이 갱신(Update)되지 않을 수 있습니다. 만약, 가중치의 합이 음수가 되면, 해당 뉴런은 더 이상 값을 갱신(Update)하지 않아 죽은 뉴런(Dead Neuron, Dying ReLU)이 됩니다.',
  'lesson.dying-relu.source': '윤대희, 「활성화 함수(Activation Function)」',
  'lesson.dying-relu.check':
    'ReLU 은닉 유닛의 절반 넘게 죽었고(모든 학습 점에서 도함수 0), LeakyReLU, PReLU, ELU의 유닛은 하나도 죽지 않았습니다.',

  'lesson.prelu.title': '스스로 기울기를 배우는 PReLU',
  'lesson.prelu.objective':
    '활성화 함수의 매개변수를 가중치처럼 학습할 수 있다는 것, 그리고 그 학습이 무엇을 얻어 주는지 판단하기.',
  'lesson.prelu.summary':
    'PReLU는 음수 쪽 기울기 a가 고정되지 않고 가중치처럼 유닛마다 학습되는 LeakyReLU입니다. 옆에는 같은 가중치에서 기울기를 PReLU의 출발값으로 고정한 LeakyReLU가 있습니다.',
  'lesson.prelu.look':
    '“학습된 기울기” 그래프는 층마다 유닛들의 평균 기울기 a와 가장 작은 값, 가장 큰 값을 보여 줍니다. 모두 0.25에서 출발합니다. 각 유닛이 자기 입력에 맞춰 가며 서로 벌어지는 것을 보세요(어느 쪽으로 가는지는 시드마다 다릅니다). 두 번째 실행은 모든 기울기를 0.25로 유지합니다. 두 학습 손실이 기울기를 학습해 얻은 것을 보여 줍니다. 처음 10 에포크 동안은 거의 없고, 30 에포크가 되면 재 본 시드 9개 가운데 8개에서 PReLU의 손실이 더 낮습니다(고정 기울기의 0.42–0.91배. 시드 6에서는 0.99배에 머물러 체크 표시가 켜지지 않습니다. 매개변수를 학습한다고 늘 득이 되지는 않습니다).',
  'lesson.prelu.why':
    'PReLU(x)는 x > 0이면 x, 아니면 a·x입니다. 손실은 a에 대해서도 미분할 수 있으므로(x ≤ 0에서 ∂f/∂a = x) 경사 하강법이 가중치와 함께 a도 갱신합니다. 유닛마다 음수 신호를 얼마나 통과시킬지 스스로 정하는 셈입니다.',
  'lesson.prelu.quote':
    '이 방식의 핵심 아이디어는 활성화 함수 자체에 학습 가능한 파라미터를 도입하는 것입니다. … 이러한 접근 방식의 장점은 각 뉴런이 자신의 입력 데이터에 가장 적합한 활성화 함수의 형태를 학습할 수 있다는 것입니다.',
  'lesson.prelu.source': '인벤터실록, 「인공지능의 핵심 활성화 함수」 (브런치, 2024)',
  'lesson.prelu.check':
    '30 에포크 뒤 유닛 사이 기울기 차이가 0.1 이상이고 PReLU의 학습 손실이 기울기를 0.25로 고정한 LeakyReLU(같은 가중치)의 0.95배 이하입니다.',

  'lesson.smooth.title': '매끄러운 최신 함수: SiLU, GELU, Mish',
  'lesson.smooth.objective': '매끄러운 ReLU 계열 함수가 에포크 수와 스텝당 비용에서 ReLU와 어떻게 다른지.',
  'lesson.smooth.summary':
    'Swish/SiLU, GELU, Mish는 ReLU의 매끄럽고 살짝 비단조인 사촌들입니다. 나선 데이터에서 보통 더 적은 에포크로 낮은 손실에 도달합니다.',
  'lesson.smooth.look':
    '네 신경망(16개짜리 층 둘)은 활성화 함수만 다릅니다. 손실 곡선(확인 패널에 매끄러운 함수마다 처음 60 에포크의 평균 손실을 ReLU의 몇 배인지로 보여 줍니다), 표의 “손실 ≤ 0.1까지 에포크”, 그리고 확인 패널과 마지막 열에 있는 실행별 1000 스텝당 측정 비용을 비교하세요.',
  'lesson.smooth.why':
    'ReLU는 0에서 유닛의 그래디언트를 갑자기 켜거나 끕니다. 매끄러운 함수는 완만하게 휘고 음수 입력에도 신호를 조금 통과시켜 최적화가 안정되는 경향이 있습니다. 원문은 ELU를 두고 이렇게 말합니다. 0에서 출력이 급변하지 않아 경사 하강법이 더 적은 갱신으로 수렴하지만, 연산이 무거워 스텝마다 느려진다고요. 다만 이 정도로 작은 신경망에 벡터화된 커널을 쓰면 그 추가 비용은 스텝의 나머지 작업에 묻힙니다. 마지막 열을 보세요.',
  'lesson.smooth.quote':
    '그러므로 입력값이 0인 경우에도 출력값이 급변하지 않아, 경사 하강법(Gradient Descent)의 수렴 속도가 비교적 더 빠릅니다. 하지만, 더 복잡한 연산을 진행하게 되므로 학습 속도는 더 느려지게 됩니다. (수렴 속도는 몇 번의 학습으로 최적화 된 값을 찾는가를 의미한다면, 학습 속도는 학습이 완료되기 까지의 전체 속도를 의미합니다.)',
  'lesson.smooth.source': '윤대희, 「활성화 함수(Activation Function)」의 ELU 설명',
  'lesson.smooth.check':
    '처음 60 에포크 동안 SiLU, GELU, Mish 가운데 적어도 둘의 평균 학습 손실이 ReLU의 80 % 이하였습니다(한 프레임의 운이 아니라 곡선 전체가 낮음).',

  'lesson.oscillating.title': '진동하는 뉴런 하나로 XOR 풀기',
  'lesson.oscillating.objective':
    '단조 함수 유닛 하나로는 XOR을 풀 수 없고 진동하는 유닛 하나로는 풀 수 있는 이유.',
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
  'lesson.softmax.objective': '소프트맥스 출력층이 무엇을 계산하는지, 왜 출력층에 두는지.',
  'lesson.softmax.summary':
    '소프트맥스는 K개의 출력을 합이 1인 K개의 확률, 곧 각 클래스에 대한 신경망의 믿음으로 바꿉니다. 여기서는 팔이 3개, 5개인 나선입니다.',
  'lesson.softmax.look':
    '결정 지도의 각 색은 확률이 가장 높은 클래스이고, 옅을수록 덜 확실합니다. 두 신경망 모두 테스트 정확도 90 %를 넘고(찍으면 33 %와 20 %), 출력은 지도의 모든 점에서 확률입니다. 음수가 없고 합이 1이며, 모든 클래스가 어딘가에서 가장 확률이 높습니다.',
  'lesson.softmax.why':
    'pₖ = exp(zₖ) / Σᵢ exp(zᵢ). 지수 함수가 모든 출력을 양수로 만들고, 나눗셈이 합을 1로 맞춥니다. 소프트맥스는 클래스 확률을 계산하므로 은닉층이 아니라 출력층에 쓰이며, 교차 엔트로피로 학습합니다.',
  'lesson.softmax.quote':
    '소프트맥스 함수(Softmax Function)는 n 차원 벡터에서 특정 출력 값이 k 번째 클래스에 속할 확률을 계산합니다. 클래스에 속할 확률을 계산하는 활성화 함수이므로, 은닉층(Hidden Layer)에서 사용하지 않고 출력층(Output Layer)에서 사용됩니다.',
  'lesson.softmax.source': '윤대희, 「활성화 함수(Activation Function)」',
  'lesson.softmax.check':
    '두 신경망 모두 테스트 정확도 90 %에 도달하고, 격자의 모든 점에서 출력이 음수가 아니며 합이 1입니다(10⁻⁴ 이내). 클래스 3개 또는 5개가 각자 영역을 가집니다.',

  'lesson.init.title': '초기화가 중요하다',
  'lesson.init.objective': '초기화가 잘못되는 세 가지 경우: 대칭, 포화, 깊이에 따라 줄어드는 신호.',
  'lesson.init.summary':
    '가중치를 모두 0으로 두면 유닛 사이의 대칭이 깨지지 않고, 너무 크면 tanh가 포화됩니다. 깊은 ReLU 신경망에서 He는 신호를 지키고 Xavier는 줄어들게 둡니다.',
  'lesson.init.look':
    '0 (시그모이드, f(0) = 0.5로 0이 아님): 그래디언트가 흐르고 가중치도 움직이지만, 층 안의 모든 유닛은 똑같이 남습니다(차이 0). ±5 (tanh): 학습 중 대부분의 유닛이 tanh의 평평한 꼬리에 머뭅니다. Xavier와 He (ReLU 층 여덟 개): 첫 층의 퍼짐이 마지막 층까지 얼마나 남는지 보세요.',
  'lesson.init.why':
    '같게 출발한 유닛들은 같은 그래디언트를 받아 영원히 같습니다. 유닛 여덟 개가 하나처럼 행동합니다. (tanh는 f(0) = 0이라 모두 0에서 출발하면 그래디언트가 아예 없어 아무것도 움직이지 않습니다. 시그모이드는 문제가 대칭 그 자체임을 보여 줍니다.) 큰 가중치는 tanh를 |x| ≈ 4 너머, f′ ≈ 0인 곳으로 밀어냅니다. ReLU는 입력의 약 절반을 0으로 만들어 층마다 신호의 분산을 반으로 줄입니다. Xavier(분산 2/(fan-in + fan-out), 여기서는 1/fan-in)는 퍼짐이 층마다 약 1/√2씩 줄게 두고, He(2/fan-in)는 분산을 두 배로 해 이를 메웁니다. 일곱 층을 지나면 √2⁷ ≈ 11배를 더 지킵니다.',
  'lesson.init.quote':
    '학습 파라메터 초기화 : 초기화 방법에도 여러가지가 있으므로 적절히 선택합니다. — 하이퍼볼릭 탄젠트 함수는 시그모이드 함수와 마찬가지로 입력값(x)가 4보다 큰 경우 출력값이 1에 수렴하므로 동일하게 기울기 소실이 발생합니다.',
  'lesson.init.source':
    '「딥러닝 학습의 다양한 기술들을 알아보자 [1]」, 윤대희 「활성화 함수(Activation Function)」',
  'lesson.init.check':
    '0: 10 에포크 뒤 은닉 가중치는 움직였지만 각 층의 모든 유닛이 똑같습니다. ±5: 학습 중(에포크 1 이후) 유닛의 절반 이상이 포화됩니다. 깊은 ReLU: Xavier는 마지막 층에 첫 층 퍼짐의 1/4 미만만 남기고, He는 Xavier의 4배 이상을 남깁니다.',

  'lesson.optimizers.title': '옵티마이저: SGD, 모멘텀, Adam',
  'lesson.optimizers.objective': '옵티마이저를 공정하게 비교하기: 각자 조정한 학습률로.',
  'lesson.optimizers.summary':
    '같은 나선, 같은 신경망, 같은 초기 가중치에서 갱신 규칙만 다릅니다. 각자 가장 좋은 학습률로 돌립니다.',
  'lesson.optimizers.look':
    '각 옵티마이저는 약 3배 간격의 학습률 탐색에서 손실 0.1에 가장 빨리 도달한 학습률로 돌아갑니다(SGD 0.1, 모멘텀 0.01, Adam 0.01; 탐색은 테스트에 있습니다). 하나의 공통 학습률로 비교하면 옵티마이저가 아니라 학습률을 재게 됩니다. 이렇게 맞추면 SGD와 모멘텀은 비슷하게 걸리고, Adam이 먼저 도달합니다.',
  'lesson.optimizers.why':
    'SGD: w ← w − η·g. 모멘텀은 속도 v ← 0.9·v + g를 유지하며 그 방향으로 나아갑니다. 꾸준한 경사에서는 한 스텝이 약 10·η·g까지 커지므로, 학습률 0.01의 모멘텀은 0.1의 SGD와 비슷하게 움직입니다. 맞춘 학습률에서 둘이 가까운 까닭입니다. Adam은 그래디언트의 이동 평균을 제곱의 이동 평균의 제곱근으로 나눕니다. 각 가중치가 그래디언트 크기와 상관없이 스텝마다 약 η씩 움직여, 가중치마다 그래디언트 크기가 크게 다를 때 도움이 됩니다.',
  'lesson.optimizers.quote':
    '딥러닝의 일반적 절차: 적절한 네트워크 선택 → 그래디언트 체크 → 학습 파라메터 초기화 → 학습 파라메터 최적화 (Stochastic Gradient vs Adam, etc.) → 과적합 방지',
  'lesson.optimizers.source':
    '「딥러닝 학습의 다양한 기술들을 알아보자 [1] Activate Function」 (CS231n, CS224d 정리)',
  'lesson.optimizers.check':
    'Adam이 SGD와 모멘텀이 걸린 에포크의 92 % 이내에 학습 손실 0.1에 도달했습니다(각자 맞춘 학습률로).',

  'lesson.overfitting.title': '과적합: 드롭아웃 대 L2',
  'lesson.overfitting.objective':
    '학습–테스트 손실 차이에서 과적합을 알아보고, 드롭아웃과 L2가 이를 어떻게 줄이는지.',
  'lesson.overfitting.summary':
    '노이즈 섞인 점 30개에 큰 신경망을 학습시키면 점들을 외워 버립니다. 학습 손실은 0으로 가고 테스트 손실은 올라갑니다. 드롭아웃과 L2가 이를 막습니다.',
  'lesson.overfitting.look':
    '카드와 손실 그래프(점선 = 학습)에서 학습 손실과 테스트 손실을 비교하세요. 규제가 없으면 학습 손실이 0을 향해 가는 동안 테스트 손실은 최저점의 두 배 넘게 오릅니다. 검은 테두리의 테스트 점을 보면 자신만만한 경계가 어디서 틀리는지 보입니다. 드롭아웃과 L2는 그 차이를 훨씬 작게 유지합니다.',
  'lesson.overfitting.why':
    '노이즈는 이 30개의 점에만 해당하는 정보입니다. 가중치가 천 개가 넘는 신경망은 그것까지 정확히 맞출 수 있고, 그렇게 배운 것은 새로운 점에 통하지 않습니다. 드롭아웃은 매 스텝 무작위로 유닛을 꺼서 어떤 유닛도 다른 유닛에 기댈 수 없게 하고, L2는 손실에 ½λ‖W‖²를 더해(그 그래디언트 λW가 스텝마다 모든 가중치를 조금씩 줄입니다) 가중치와 함수를 작고 매끄럽게 유지합니다.',
  'lesson.overfitting.quote': '과적합 방지 : dropout vs regularize, etc.',
  'lesson.overfitting.source':
    '「딥러닝 학습의 다양한 기술들을 알아보자 [1] Activate Function」 (CS231n 정리)',
  'lesson.overfitting.check':
    '30 에포크 뒤 규제 없는 신경망은 과적합(학습 손실 0.1 미만, 테스트 손실은 최저점의 두 배 이상)되고, 드롭아웃과 L2 신경망은 학습–테스트 차이가 더 작습니다.',

  'lesson.gradcheck.title': '그래디언트 검사',
  'lesson.gradcheck.objective': '역전파를 수치 미분과 비교해 검사하고, 틀린 도함수가 잡히는 것을 보기.',
  'lesson.gradcheck.summary':
    '역전파가 맞게 계산되고 있을까요? 미분값 하나하나를 수치 미분 (L(w + h) − L(w − h)) / 2h와 비교합니다.',
  'lesson.gradcheck.look':
    '새 에포크마다 엔진이 두 신경망의 모든 매개변수를 검사합니다. 역전파(학습에 쓰는 단정밀도 SIMD 코드)를 배정밀도 복사본의 중앙 차분과 비교합니다. 표는 검사마다 가장 큰 상대 오차를 보여 주고, 그 값은 10⁻³ 선보다 한참 아래에 머뭅니다. ReLU에서 ±h가 꺾이는 점을 넘는 매개변수는 건너뛰고 그 수를 셉니다. 이제 틀린 도함수를 켜 보세요. 실행 2의 역전파가 첫 층에서 2·f′를 씁니다. 아무것도 멈추지 않고 학습도 되지만, 모든 검사가 상대 오차 0.5를 보고하고 확인 표시는 끝내 켜지지 않습니다.',
  'lesson.gradcheck.why':
    '미분이 틀려도 프로그램은 멈추지 않습니다. 신경망이 그저 잘 배우지 못할 뿐이고, 왜 그런지 알기 어렵습니다. 중심 차분은 손실 값만으로 계산하므로 독립적인 기준이 됩니다. 상대 오차 |g − g_num| / max(|g|, |g_num|)는 여기서 10⁻⁵ 안팎, 곧 부동소수점 반올림 수준이지 버그가 아닙니다.',
  'lesson.gradcheck.quote':
    '그래디언트 체크 : 네트워크를 구축했는데 그래디언트 계산이 혹시 잘못될 염려가 있으므로 잘됐는지 체크해봅니다',
  'lesson.gradcheck.source': '「딥러닝 학습의 다양한 기술들을 알아보자 [1] Activate Function」 (CS231n 정리)',
  'lesson.gradcheck.check':
    '두 신경망의 모든 검사가 10⁻³ 미만입니다(검사 3회 이상, 그중 하나는 5 에포크 학습 뒤).',

  'lesson.relu-speed.title': 'ReLU는 더 적은 에포크로 배운다 — 얼마나 적게?',
  'lesson.relu-speed.objective':
    'ReLU가 시그모이드와 tanh보다 얼마나 빨리 학습하는지 재 보고, “6배”가 법칙이 아니라 한 번의 측정임을 이해하기.',
  'lesson.relu-speed.summary':
    '같은 신경망, 같은 초기 가중치에서 ReLU는 시그모이드가 필요한 에포크의 몇 분의 일 만에 낮은 손실에 이르고, 대개 tanh보다도 앞섭니다. 원문은 “6배”라고 합니다. 이 신경망에서 잰 배수와 6배가 어디서 나왔는지 봅니다.',
  'lesson.relu-speed.look':
    '원 데이터에서 8 유닛 은닉층 두 개짜리 신경망 세 개가 같은 초기 가중치와 학습률로 학습합니다. 다른 것은 활성화 함수뿐입니다. 표의 “손실 ≤ 0.1까지 에포크”와 확인 패널의 배수를 보세요. ReLU는 보통 5–12 에포크, tanh는 11–16, 시그모이드는 140–240 에포크가 걸립니다. 주사위로 초기 가중치를 바꿔 보면 시그모이드 대비 배수는 늘 크지만 tanh 대비 배수는 들쭉날쭉합니다.',
  'lesson.relu-speed.why':
    '활성화된 ReLU 유닛은 기울기가 1이라 그래디언트가 줄지 않고 지나가며, 양수 쪽에서는 포화되지 않습니다. 시그모이드는 기울기가 많아야 1/4이고 출력이 0 중심이 아니라서(레슨 3–5) 갱신이 작습니다. tanh는 0에서 기울기가 1이지만 입력이 커지면 평평해집니다. “6배”는 한 신경망에서 잰 한 번의 측정입니다. Krizhevsky, Sutskever, Hinton(2012, AlexNet 논문의 그림 1)은 CIFAR-10에서 4층 합성곱 신경망을 학습시켰는데, ReLU를 쓴 쪽이 같은 구조의 tanh 신경망보다 학습 오류 25 %에 여섯 배 빨리 도달했습니다. ReLU의 고정된 상수가 아닙니다. 이 작은 신경망에서 tanh 대비 차이는 대부분의 초기 가중치에서 약 2배이고 때로는 없으며, 시그모이드 대비로는 열 배가 넘습니다.',
  'lesson.relu-speed.quote':
    'x가 양수이기만 하면 그래디언트가 1로 일정하므로 그래디언트가 죽는 현상을 피할 수 있고, 미분하기도 편리해 계산복잡성이 낮습니다. 실제로 시그모이드나 하이퍼볼릭탄젠트 함수 대비 학습수렴 속도가 6배나 빠르다고 합니다.',
  'lesson.relu-speed.source':
    '「딥러닝 학습의 다양한 기술들을 알아보자 [1] Activate Function」 (CS231n 정리)',
  'lesson.relu-speed.check':
    'ReLU가 시그모이드에 필요한 에포크의 4분의 1 이하로 학습 손실 0.1에 도달했습니다(또는 네 배의 에포크가 지나도록 시그모이드가 도달하지 못했습니다). tanh 대비 배수는 측정해서 보여 줄 뿐 조건이 아닙니다.',

  'lesson.exploding.title': '그래디언트 폭주: 층마다 커지는 그래디언트',
  'lesson.exploding.objective': '너무 큰 가중치가 어떻게 그래디언트를 층마다 키우는지, 무엇이 그것을 막는지.',
  'lesson.exploding.summary':
    '초기 가중치가 너무 크면 그래디언트가 아래층으로 내려가면서 층마다 커지고, 첫 층들은 거대하고 불안정한 갱신을 받습니다. 알맞은 크기의 가중치가 이를 막습니다.',
  'lesson.exploding.look':
    '16 유닛짜리 tanh 층 여덟 개입니다. 첫 신경망은 ±3 범위에서 뽑은 가중치로, 둘째는 Xavier 가중치로 시작하고 나머지는 같습니다. 그래디언트 그래프(로그 눈금)에서 첫 신경망의 선들은 위로 부채꼴로 퍼집니다. 입력에 가까운 층일수록 위층보다 많이 받아, 첫 층은 출력층의 약 20–1000배를 받습니다. Xavier 신경망의 선들은 모여 있습니다. 손실도 비교해 보세요.',
  'lesson.exploding.why':
    '역전파는 층마다 그래디언트에 가중치와 f′(z)를 곱합니다. 유닛마다 입력이 n개이고 가중치의 퍼짐이 s이면 층마다 약 s·√n·f′배가 됩니다. 1보다 크면 그래디언트는 기하급수적으로 커지고, 1보다 작으면 소실됩니다(레슨 3). 여기서 s·√n ≈ 1.7 × 4 ≈ 7입니다. tanh가 일부 포화되어 f′가 줄지만 충분하지 않아, 측정하면 층마다 약 1.5–2배입니다. Xavier는 이 배수가 1 근처가 되도록 퍼짐을 고릅니다. 막는 방법: 알맞은 크기의 가중치(tanh에는 Xavier, ReLU에는 He), 그래디언트 클리핑(갱신 크기를 자를 뿐 그래디언트 자체는 그대로), 정규화 층과 잔차 연결(ActLab에는 없음). 원문은 시그모이드의 0–1 출력이 폭주를 막는다고 하지만, 출력이 유계이면 순전파 신호가 유계일 뿐 그래디언트는 아닙니다. 층마다 곱해지는 w·σ′(z)는 z가 0 근처이고 |w| > 4이면 1을 넘습니다. 가중치가 크면 시그모이드는 대개 포화되어 폭주 대신 소실을 겪습니다.',
  'lesson.exploding.quote':
    '출력값이 0 ~ 1의 범위를 가지므로 기울기 폭주(Exploding Gradient) 현상을 방지할 수 있습니다.',
  'lesson.exploding.source': '윤대희, 「활성화 함수(Activation Function)」의 시그모이드 설명',
  'lesson.exploding.check':
    '학습 전체에서 (층별 중앙값): ±3 가중치에서는 그래디언트가 내려가며 층의 4분의 3 이상에서 커지고 첫 층이 출력층의 20배 이상을 받습니다. Xavier 가중치에서는 2배 이하입니다.',

  'predict.nonlinearity.q':
    '선형 은닉층 세 개가 XOR을 배웁니다. 옆에는 같은 신경망의 tanh 버전이 있습니다. 선형 신경망의 테스트 정확도는 어디까지 오를까요?',
  'predict.nonlinearity.0': 'tanh처럼 100 %에 가깝게 — 층 수가 같으니까',
  'predict.nonlinearity.1': '80 % 아래: 아무리 깊어도 직선 경계 하나만 그릴 수 있음',
  'predict.nonlinearity.2': '0 %: 선형 활성화 함수는 가중치가 바뀌지 못하게 함',
  'predict.step.q': '계단 함수 신경망의 첫 층 가중치는 얼마나 움직일까요?',
  'predict.step.0': '시그모이드 신경망만큼',
  'predict.step.1': '전혀: 계단 함수를 지나는 그래디언트가 없음',
  'predict.step.2': '조금, 천천히',
  'predict.vanishing.q':
    'Xavier 가중치에서 출발한 시그모이드 층 여덟 개: 첫 층의 그래디언트는 출력층과 비교해 어떨까요?',
  'predict.vanishing.0': '비슷함',
  'predict.vanishing.1': '훨씬 작음: 층마다 줄어듦',
  'predict.vanishing.2': '훨씬 큼: 층마다 커짐',
  'predict.zigzag.q':
    '스텝마다 예제 하나, 시그모이드 은닉 유닛: 출력 유닛의 두 가중치는 갱신마다 어떻게 움직일까요?',
  'predict.zigzag.0': '언제나 같은 방향(둘 다 위로 또는 둘 다 아래로)',
  'predict.zigzag.1': '반은 같은 방향, 반은 반대 방향',
  'predict.zigzag.2': '언제나 반대 방향',
  'predict.tanh-vs-sigmoid.q':
    '같은 신경망, 같은 가중치: 손실 0.1까지 시그모이드는 tanh에 비해 몇 에포크가 걸릴까요?',
  'predict.tanh-vs-sigmoid.0': '비슷하게',
  'predict.tanh-vs-sigmoid.1': '적어도 두 배',
  'predict.tanh-vs-sigmoid.2': '더 적게',
  'predict.dying-relu.q': 'Adam, 학습률 0.1: ReLU 은닉 유닛 가운데 얼마가 죽을까요?',
  'predict.dying-relu.0': '하나도 없음',
  'predict.dying-relu.1': '절반 넘게',
  'predict.dying-relu.2': '전부, LeakyReLU도 전부',
  'predict.prelu.q': 'PReLU의 기울기는 모두 0.25에서 출발합니다. 몇 에포크 뒤 기울기들은…',
  'predict.prelu.0': '여전히 모두 0.25',
  'predict.prelu.1': '모두 같지만 움직임',
  'predict.prelu.2': '유닛마다 다름',
  'predict.smooth.q': '처음 60 에포크 동안 SiLU, GELU, Mish는 ReLU보다 낮은 손실까지 학습할까요?',
  'predict.smooth.0': '그렇다, 적어도 둘은 뚜렷하게',
  'predict.smooth.1': '아니다, ReLU가 가장 빨리 배움',
  'predict.smooth.2': '넷 모두 비슷하게',
  'predict.oscillating.q': '은닉 유닛 하나, XOR 점 네 개. 어떤 유닛이 네 점을 모두 맞힐까요?',
  'predict.oscillating.0': '하이퍼볼릭 탄젠트(tanh)',
  'predict.oscillating.1': '사인과 NCU',
  'predict.oscillating.2': '아무것도 못 함',
  'predict.softmax.q': '지도의 어느 점에서든 소프트맥스 출력 K개를 더하면 얼마일까요?',
  'predict.softmax.0': '정확히 1',
  'predict.softmax.1': 'K',
  'predict.softmax.2': '점마다 다름',
  'predict.init.q':
    '모든 가중치가 0에서 출발합니다(시그모이드 유닛). 학습하는 동안 한 층의 유닛들은 어떻게 될까요?',
  'predict.init.0': '배우면서 서로 달라짐',
  'predict.init.1': '가중치는 움직이지만 서로 똑같이 남음',
  'predict.init.2': '아무것도 움직이지 않음',
  'predict.optimizers.q': '각자 가장 좋은 학습률일 때, 손실 0.1에 먼저 닿는 옵티마이저는?',
  'predict.optimizers.0': '확률적 경사 하강법(SGD)',
  'predict.optimizers.1': '모멘텀',
  'predict.optimizers.2': 'Adam 옵티마이저',
  'predict.overfitting.q': '규제가 없을 때, 학습 손실이 0을 향해 떨어지는 동안 테스트 손실은 어떻게 될까요?',
  'predict.overfitting.0': '함께 떨어짐',
  'predict.overfitting.1': '가장 좋았던 값의 두 배 넘게 오름',
  'predict.overfitting.2': '처음 그대로',
  'predict.relu-speed.q':
    '같은 신경망, 같은 가중치: 손실 0.1까지 ReLU는 시그모이드보다 몇 배 적은 에포크가 걸릴까요?',
  'predict.relu-speed.0': '비슷하게',
  'predict.relu-speed.1': '몇 배 적게: 적어도 4배',
  'predict.relu-speed.2': '글에 나온 대로 정확히 6배 적게',
  'predict.exploding.q':
    '±3에서 뽑은 가중치로 tanh 층 여덟 개: 첫 층의 그래디언트는 출력층과 비교해 어떨까요?',
  'predict.exploding.0': '비슷함',
  'predict.exploding.1': '훨씬 작음',
  'predict.exploding.2': '훨씬 큼: 층마다 커짐',
  'predict.elu-mean.q': '같은 가중치에서 출발한 ReLU와 ELU: 어느 쪽 은닉층의 출력 평균이 0에 더 가까울까요?',
  'predict.elu-mean.0': 'ReLU 쪽',
  'predict.elu-mean.1': 'ELU 쪽, 모든 층에서',
  'predict.elu-mean.2': '둘 다 아님: 가중치 평균이 0이니 두 평균 모두 0',
  'predict.elu-cost.q':
    'ELU와 ReLU: 여기서 어느 쪽이 더 적은 에포크로 손실 0.05에 닿고, 어느 쪽 스텝이 더 비쌀까요?',
  'predict.elu-cost.0': 'ReLU가 더 적은 에포크로; ELU의 스텝이 더 비쌈',
  'predict.elu-cost.1': 'ELU가 더 적은 에포크로; 대가는 스텝당 비용을 재 봐야 앎',
  'predict.elu-cost.2': '에포크 수가 같음',
  'predict.maxout.q': '층마다 유닛 6개: 조각 4개 맥스아웃이 ReLU보다 나선을 더 잘 맞출까요?',
  'predict.maxout.0': '아니다: 유닛이 같으니 적합도 같음',
  'predict.maxout.1': '그렇다, 뚜렷하게 — 은닉 가중치 네 배를 치르고',
  'predict.maxout.2': '그렇다, 공짜로',
  'predict.output-heads.q': '클래스 셋을 같은 방식으로 배운 세 출력은 각 점에서 무엇을 내보낼까요?',
  'predict.output-heads.0': '셋 모두 합이 1인 확률',
  'predict.output-heads.1': '소프트맥스만 배우고 나머지 둘은 실패함',
  'predict.output-heads.2': '소프트맥스와 소프트민은 확률, 로그 소프트맥스는 지수의 합이 1인 0 이하의 값',
  'predict.sine-periodic.q':
    '−6에서 6까지의 x로만 학습하면, 데이터 밖(양쪽으로 한 주기씩 더)에서 사인파를 이어 가는 신경망은 어느 것일까요?',
  'predict.sine-periodic.0': '셋 다: 데이터를 맞춘 신경망은 그 밖에서도 이어 감',
  'predict.sine-periodic.1': '사인 신경망만: 유닛 자체가 주기적이니까',
  'predict.sine-periodic.2': '어느 것도 아님: 신경망은 데이터 밖을 알 수 없음',
  'predict.gradcheck.q': '역전파와 수치 미분은 얼마나 차이 날까요?',
  'predict.gradcheck.0': '상대 오차 약 10⁻⁵: 부동소수점 반올림뿐',
  'predict.gradcheck.1': '약 10 %',
  'predict.gradcheck.2': '정확히 0',

  'misconception.linearUpdates':
    '한 글은 선형 활성화 함수의 미분값이 상수라서 학습이 진행되지 않는다고 말합니다. 상수는 0이 아닙니다. 그래디언트는 여전히 흐르고 가중치도 바뀝니다 — 선형 신경망의 첫 층 가중치가 얼마나 움직였는지 확인 패널에 나옵니다. 선형 활성화 함수가 앗아 가는 것은 학습이 아니라 깊이입니다. 층이 몇 개든 함께 모이면 하나의 선형 변환일 뿐입니다.',
  'misconception.sigmoidExploding':
    '한 글은 시그모이드의 출력이 0과 1 사이이므로 그래디언트 폭주를 막는다고 말합니다. 출력이 유계라는 것은 순전파 신호를 묶을 뿐 그래디언트를 묶지 않습니다. 역전파는 σ′ ≤ 1/4 말고도 각 층의 가중치를 곱하므로, 가중치가 대략 4보다 크면 층마다 곱이 1을 넘어 그래디언트가 커집니다. 여기처럼 가중치가 작으면 오히려 사라집니다.',
  'misconception.normalisation':
    '한 글은 활성화 함수를 입력의 정규화로 볼 수 있다고 말합니다. 활성화 함수는 숫자 하나하나에 따로 작용하고 다른 입력은 알지 못합니다. 평균을 0으로, 퍼짐을 1로 맞추지 않습니다(ReLU는 양수 입력을 그대로 둡니다). 그래서 여기서도 초기화에 따라 퍼짐이 층마다 달라집니다. 정규화 층(배치 정규화, 층 정규화)은 여러 입력의 통계를 쓰는 별개의 단계입니다.',
  'fact.linearMoved': '첫 층 가중치 변화 {d}: 그래디언트는 0이 아님',
  'choose.title': '어떤 활성화 함수를 고를까 — 직접 잰 결과로',
  'choose.intro':
    '레슨에서 얻은 조언입니다. 조언마다 그것을 재는 레슨이 붙어 있습니다. 각 레슨 아래에는 확인 표시가 켜졌을 때 이 브라우저가 잰 값이 나옵니다(레슨의 원래 실행만 셉니다. 반례나 바꾼 레슨은 세지 않습니다). 아직이면 “아직 측정하지 않음”이라고 나옵니다. 레슨을 실행하고 다시 와 보세요.',
  'choose.count': '지금까지 여기서 측정한 레슨: {total}개 중 {n}개.',
  'choose.notYet': '아직 측정하지 않음 — 레슨을 열고 재생을 누르세요',
  'choose.seenAt': '{e} 에포크에 측정:',
  'choose.colLesson': '레슨',
  'choose.colMeasured': '측정한 값',
  'choose.allTitle': '모든 레슨',
  'list.toChoose': '어떤 활성화 함수를 고를까? 측정한 결과 정리',
  'lesson.toChoose': '어떤 활성화 함수를 고를까?',
  'choose.nonlinear.title': '모든 은닉층에 비선형 활성화 함수를',
  'choose.nonlinear.text':
    '선형 층은 아무리 깊어도 하나의 선형 변환으로 합쳐지고, 계단 함수는 아래 층에 그래디언트를 전혀 전하지 않습니다. 아래의 함수는 모두 비선형이고 거의 모든 곳에서 미분할 수 있습니다.',
  'choose.relu.title': '은닉층: ReLU와 He 초기화로 시작',
  'choose.relu.text':
    'ReLU는 모든 양수 입력에서 기울기가 1이라, 시그모이드를 지날 때처럼 그래디언트가 층마다 줄지 않고 보통 훨씬 적은 에포크로 낮은 손실에 닿습니다. He 초기화는 깊은 ReLU 신경망에서 신호의 퍼짐을 지켜 주고, 알맞은 크기의 가중치는 그래디언트 폭주도 막습니다.',
  'choose.dying.title': 'ReLU 유닛이 죽으면: LeakyReLU, PReLU, ELU',
  'choose.dying.text':
    '학습률이 높으면 많은 ReLU 유닛이 모든 학습 점에서 도함수가 0이 되어 다시 살아나지 못합니다. 고정되었든 학습되든 작은 음수 쪽 기울기가 그래디언트를 흐르게 합니다. ELU의 도함수는 아주 작은 입력에서 0에 가까워지지만 평균 활성값을 0에 더 가깝게 둡니다.',
  'choose.smooth.title': '스텝 비용보다 에포크 수가 중요할 때: SiLU, GELU, Mish, ELU',
  'choose.smooth.text':
    '매끄러운 ReLU 계열 함수는 흔히 더 적은 에포크로 낮은 손실에 닿지만 스텝마다 계산이 더 많습니다. 고르기 전에 에포크와 시간을 둘 다 재 보세요.',
  'choose.sigmoid.title': '은닉층에는 시그모이드 대신, S자 곡선이 필요하면 tanh',
  'choose.sigmoid.text':
    '시그모이드는 기울기가 많아야 1/4이고 출력이 모두 양수라, 깊어질수록 그래디언트가 줄고 배치가 작으면 가중치가 지그재그로 움직입니다. tanh는 중심이 0이고 0에서 네 배 가파르지만, 입력이 크면 여전히 포화됩니다.',
  'choose.output.title': '출력층: 여러 클래스에는 소프트맥스, 두 클래스에는 시그모이드',
  'choose.output.text':
    '소프트맥스는 출력 K개를 합이 1인 확률로 바꿉니다. 출력층에 두고 교차 엔트로피로 학습합니다. 로그 소프트맥스는 같은 학습을 로그 확률로 합니다. 둘 다 은닉층에는 맞지 않습니다.',
  'choose.periodic.title': '주기적이거나 XOR 같은 패턴: 사인 같은 진동 유닛',
  'choose.periodic.text':
    '사인 유닛은 올라갔다 다시 내려가므로 유닛 하나로 XOR을 가르고, 사인 신경망은 주기적인 패턴을 이어 갈 수 있습니다. 단조 함수 유닛은 그렇게 하지 못합니다.',
  'choose.training.title': '무엇을 고르든: 옵티마이저를 조정하고, 규제하고, 그래디언트를 검사하기',
  'choose.training.text':
    '옵티마이저는 각자 조정한 학습률로 비교하고, 학습–테스트 차이를 보며 과적합에는 드롭아웃이나 L2 규제를 쓰고, 층을 직접 짰다면 역전파를 수치 미분과 비교해 검사하세요.',

  'lesson.elu-mean.title': 'ELU는 평균 활성값을 0 쪽으로 끌어당긴다',
  'lesson.elu-mean.objective':
    'ELU의 음숫값이 ReLU와 비교해 평균 활성값을 0 쪽으로 얼마나 끌어당기는지 층마다 재 보기.',
  'lesson.elu-mean.summary':
    'ReLU의 출력은 음수가 없어서 평균이 늘 0보다 큽니다. ELU는 음수 입력을 −α까지의 작은 음숫값으로 내보내므로 층마다 평균을 0 쪽으로 끌어당깁니다.',
  'lesson.elu-mean.look':
    '16 유닛짜리 은닉층 다섯 개, 같은 Xavier 가중치이며 다른 것은 활성화 함수뿐입니다. 확인 패널에 은닉층마다 출력의 평균(유닛과 모든 학습 점에 걸친 값, 학습 중 중앙값)이 나옵니다. ReLU는 약 0.25–0.4이고, ELU는 모든 층에서 그 4분의 3보다 작으며 대개 절반도 안 됩니다.',
  'lesson.elu-mean.why':
    '입력 z가 0 주위에 퍼져 있으면 ReLU는 max(0, z)를 내보내므로 평균은 양수 절반의 평균, 곧 z 퍼짐의 약 0.4배입니다. ELU는 z > 0이면 z를, 아니면 −α와 0 사이의 값 α(eᶻ − 1)을 내보내서 음수 절반이 반대쪽으로 당깁니다. 표준정규분포 z에서 ReLU의 평균은 0.40, ELU(α = 1)는 0.16입니다. 입력이 평균적으로 모두 양수인 층은 그 치우침을 다음 층에 넘깁니다(“편향 이동”, 지그재그 레슨의 모두 양수인 입력과 같은 문제). Clevert, Unterthiner, Hochreiter(2015)는 이를 줄이려고 ELU를 제안했고 학습이 빨라짐을 확인했습니다. α = 0인 ELU는 ReLU입니다. 직접 해 보세요.',
  'lesson.elu-mean.quote':
    'ELU(Exponential Linear Unit)는 ReLU의 장점을 유지하면서도 음수 입력에 대해 부드러운 곡선을 띄어서 ReLU의 ‘죽은 뉴런’ 문제를 완화하고, 동시에 출력의 평균을 0에 가깝게 만들어 학습을 안정화 시켰습니다.',
  'lesson.elu-mean.source': '인벤터실록, 「인공지능의 핵심 활성화 함수」 (브런치, 2024)',
  'lesson.elu-mean.check':
    '에포크 1부터 (층별 중앙값, 3 에포크 뒤): 모든 은닉층에서 ELU 출력의 평균이 ReLU보다 0에 가깝고, 크기가 ReLU의 0.75배 이하입니다.',

  'fact.slopeEffect': '기울기만(σ(x) − ½ → tanh, 네 배 가파름): 에포크 {v}배 적음',
  'fact.centreEffect': '중심만(시그모이드 → σ(x) − ½): 에포크 {v}배 적음',
  'fact.pathRatio': '두 가중치의 경로 길이 / 변위: {v}',
  'variant.tanh-vs-sigmoid.centredIsTanh': 'σ(x) − ½ 자리에 tanh: 잴 기울기 차이가 남지 않음',

  'lesson.elu-cost.title': 'ELU: 에포크는 적게, 스텝은 비싸게',
  'lesson.elu-cost.objective':
    '수렴 속도(손실까지의 에포크)와 학습 속도(시간)를 구별하고, ELU와 ReLU에서 둘 다 재 보기.',
  'lesson.elu-cost.summary':
    '원문은 ELU가 ReLU보다 적은 갱신으로 수렴하지만 지수 함수 때문에 갱신마다 더 비싸다고 합니다. 여기서는 두 가지를 모두 잽니다. 에포크 수와 스텝당 시간입니다.',
  'lesson.elu-cost.look':
    '원 데이터에서 16 유닛짜리 은닉층 다섯 개, 같은 Xavier 가중치이며 다른 것은 활성화 함수뿐입니다. 표는 손실 ≤ 0.05까지의 에포크를 셉니다. ELU는 보통 4–6, ReLU는 6–9 에포크입니다. 확인 패널은 실행마다 1000 스텝당 측정 비용과, 이 컴퓨터에서 목표에 이르기까지 든 최적화 작업 시간을 보여 줍니다.',
  'lesson.elu-cost.why':
    '수렴 속도는 좋은 손실에 이르기까지의 갱신 횟수이고, 학습 속도는 전체 시간, 곧 갱신 횟수 × 갱신 한 번의 비용입니다. ELU의 음수 쪽은 매끄럽고 평균 활성값을 0 쪽으로 당기므로(앞 레슨) 여기서는 에포크가 덜 듭니다. 지수 함수는 ReLU의 max(0, x)보다 비싸지만, ActLab은 이를 벡터화된 근사로 계산하고 이렇게 작은 신경망에서는 행렬 곱, 손실, 스텝의 나머지 작업이 그만큼 무거워서 스텝당 비용 차이는 작고 실행마다 달라집니다. 시간으로 누가 먼저 끝나는지는 두 숫자 모두와 신경망에 달려 있습니다. 두 층짜리 나선 데이터에서는 ELU가 ReLU보다 에포크가 더 들었습니다.',
  'lesson.elu-cost.quote':
    '입력값이 0인 경우에도 출력값이 급변하지 않아, 경사 하강법(Gradient Descent)의 수렴 속도가 비교적 더 빠릅니다. 하지만, 더 복잡한 연산을 진행하게 되므로 학습 속도는 더 느려지게 됩니다. Tip : 수렴 속도는 몇 번의 학습으로 최적화 된 값을 찾는가를 의미한다면, 학습 속도는 학습이 완료되기 까지의 전체 속도를 의미합니다.',
  'lesson.elu-cost.source': '윤대희, 「활성화 함수(Activation Function)」의 ELU 설명',
  'lesson.elu-cost.check':
    'ELU가 ReLU에 필요한 에포크의 85 % 이하로 학습 손실 0.05에 도달했습니다. 실행마다 스텝당 비용과 목표까지 걸린 시간을 재서 보여 줍니다(시간은 컴퓨터에 따라 달라서 조건에 넣지 않습니다).',

  'lesson.maxout.title': '맥스아웃: k개의 조각으로 표현력을 사고 가중치로 값을 치른다',
  'lesson.maxout.objective':
    '맥스아웃 유닛의 선형 조각 k개가 무엇을 주는지(더 나은 적합)와 무엇을 치르는지(k배의 가중치, 스텝당 더 긴 시간) 재 보기.',
  'lesson.maxout.summary':
    '맥스아웃 유닛은 입력의 선형 함수 k개 가운데 가장 큰 값을 내보냅니다. 자기만의 조각별 선형 활성화 함수를 배우는 셈입니다. 유닛 수가 같아도 더 많이 맞출 수 있지만, 가중치가 k배입니다.',
  'lesson.maxout.look':
    '나선 데이터에서 유닛이 6개뿐인 은닉층 두 개짜리 신경망 셋: ReLU, 조각 2개 맥스아웃, 조각 4개 맥스아웃. 학습 손실과 확인 패널을 보세요. 실행마다 가장 낮은 학습 손실, 매개변수 수, 1000 스텝당 측정 비용이 나옵니다.',
  'lesson.maxout.why':
    'max(w₁·x + b₁, w₂·x + b₂)에는 유닛마다 가중치 두 줄이 필요하고, 조각이 k개면 k줄이 필요합니다. 유닛마다 필요한 곳에서 출력을 k − 1번 꺾을 수 있는데 ReLU 유닛은 0에서 한 번만 꺾이므로, 조각 4개짜리 맥스아웃 유닛 여섯 개는 ReLU 유닛 여섯 개가 못 하는 나선을 나눌 수 있습니다. ReLU 자체가 k = 2이고 조각 하나가 0에 고정된 맥스아웃입니다. 대가: 은닉층의 가중치가 k배이고(매개변수 수를 보세요) 스텝마다 그것을 모두 계산합니다. 여기서 조각 2개의 이득은 믿을 만하지 않고, 4개는 뚜렷합니다.',
  'lesson.maxout.quote':
    '연결된 두 개의 뉴런 값 중 큰 값을 취해 비선형성을 확보합니다. 다만 활성화함수를 적용하기 위해 필요한 연산량이 많다는 단점이 있습니다.',
  'lesson.maxout.source': '「딥러닝 학습의 다양한 기술들을 알아보자 [1] Activate Function」 (CS231n 정리)',
  'lesson.maxout.check':
    '60 에포크 뒤 조각 4개 맥스아웃의 가장 낮은 학습 손실이 ReLU의 절반 이하입니다. 실행마다 매개변수 수와 스텝당 비용을 보여 줍니다.',

  'lesson.output-heads.title': '소프트맥스, 로그 소프트맥스, 소프트민: 각각 무엇을 내보내나',
  'lesson.output-heads.objective':
    '소프트맥스, 로그 소프트맥스, 소프트민이 모든 점에서 무엇을 내보내는지 보고, 출력층에서 읽을 것이 왜 소프트맥스인지 이해하기.',
  'lesson.output-heads.summary':
    '같은 세 갈래 나선에 세 가지 출력, 학습 방식도 같습니다. 소프트맥스와 소프트민은 확률을, 로그 소프트맥스는 그 로그를 내보냅니다. 읽기에 자연스러운 것은 소프트맥스입니다. 가장 큰 점수가 가장 큰 확률을 얻습니다.',
  'lesson.output-heads.look':
    '같은 신경망과 가중치에 출력만 세 가지입니다. 셋 모두 나선을 배웁니다(테스트 정확도 90 % 이상). 확인 패널은 지도의 모든 점에서 출력을 잽니다. 소프트맥스와 소프트민의 출력은 0과 1 사이이고 합이 1입니다. 로그 소프트맥스의 출력은 모두 0 이하이고 합이 1이 아니며, 지수를 취한 값의 합이 1입니다.',
  'lesson.output-heads.why':
    '소프트맥스: pₖ = exp(zₖ) / Σ exp(zᵢ) — 양수이고 합이 1이며 가장 큰 점수 zₖ가 가장 큰 확률을 얻습니다. 로그 소프트맥스는 log pₖ = zₖ − log Σ exp(zᵢ)입니다. 같은 정보를 로그 눈금으로 나타낸 것으로, 교차 엔트로피 손실 −log p_정답이 바로 이것을 쓰며 넘침 없이 계산됩니다. 그래서 라이브러리는 이것을 손실과 짝지어 쓰고, 그 출력은 읽을 확률이 아닙니다. 소프트민은 softmax(−z)로, 가장 작은 점수가 가장 큰 확률을 얻습니다. 출력층에서 똑같이 잘 배우지만(신경망이 부호를 뒤집은 점수를 배울 뿐) 다른 모든 분류기와 거꾸로 읽어야 합니다. 소프트맥스는 K개의 출력에 함께 작용하므로(각 출력이 나머지 모두에 의존) 출력층에서 클래스에 대한 분포를 만들고, 은닉층 활성화 함수로는 쓰이지 않습니다.',
  'lesson.output-heads.quote':
    '클래스에 속할 확률을 계산하는 활성화 함수이므로, 은닉층(Hidden Layer)에서 사용하지 않고 출력층(Output Layer)에서 사용됩니다. 이외에도 소프트민 함수(Softmin Function), 로그 소프트맥스 함수(LogSoftmax Function) 등이 있습니다.',
  'lesson.output-heads.source': '윤대희, 「활성화 함수(Activation Function)」',
  'lesson.output-heads.check':
    '셋 모두 테스트 정확도 90 %에 이르고, 격자의 모든 점에서 소프트맥스와 소프트민의 출력은 음수가 없고 합이 1이며(10⁻⁴ 이내), 로그 소프트맥스의 출력은 0 이하이고 지수의 합이 1입니다(10⁻⁴ 이내).',

  'lesson.sine-periodic.title': '사인 유닛은 주기적인 패턴을 맞춘다',
  'lesson.sine-periodic.objective':
    '사인, ReLU, tanh 유닛 세 개가 사인파 두 주기를 얼마나 잘 맞추는지 재 보고, 데이터 밖에서 각각이 무엇을 하는지 재 보기.',
  'lesson.sine-periodic.summary':
    '주기적인 목표(sin(x)의 두 주기)와 은닉 유닛이 셋뿐인 신경망. 스스로 주기적인 사인 유닛은 거의 정확히 맞추고 데이터 밖에서도 파동을 이어 가며, ReLU나 tanh 유닛 셋은 덜 맞추고 파동을 잇지 못합니다.',
  'lesson.sine-periodic.look':
    '입력 x 하나, 출력 하나, 은닉 유닛 셋이며 다른 것은 활성화 함수뿐입니다. 맞춘 곡선과 테스트 손실(같은 범위의 따로 떼어 둔 점)을 보세요. 사인은 몇 에포크 만에 거의 0으로 떨어지고, tanh는 0.04–0.07, ReLU는 0.1–0.4 근처에 머뭅니다. 그다음 데이터 밖의 오차(x가 −6 − 2π부터 −6까지와 6부터 6 + 2π까지, 학습한 점이 없는 양쪽 한 주기에서 sin(x)와 비교)를 보세요. 사인은 수백분의 일 이하로 떨어지고, ReLU와 tanh는 1 위에 머뭅니다.',
  'lesson.sine-periodic.why':
    '사인 유닛 하나는 sin(w·x + b)를 계산합니다. w = 1, b = 0이면 목표 그 자체이므로 경사 하강법은 주파수 하나만 찾으면 됩니다. ReLU 유닛은 꺾임 하나, tanh 유닛은 계단 하나를 더할 뿐이라 셋으로는 파동의 반주기 네 개 가운데 몇 개만 따라갈 수 있습니다. 데이터 밖에서는 차이가 더 커지며, 이 레슨은 범위 양쪽 한 주기에서 그것을 잽니다. w = 1을 찾은 사인 신경망은 sin(x)에 맞춰 계속 진동하고, ReLU는 직선으로 뻗고, tanh는 평평해집니다. 상수는 평균적으로 sin(x)에서 적어도 ½만큼(한 주기에서 sin²의 평균) 벗어나고, 직선은 갈수록 더 벗어납니다. 주기적 유닛도 공짜는 아닙니다. 사인 신경망은 엉뚱한 주파수에 머물 수 있어서(주사위를 굴려 보세요) 초기화를 신중히 고릅니다(SIREN, Sitzmann 외 2020).',
  'lesson.sine-periodic.quote':
    '예시로는, 사인 활성화 함수가 있습니다. 사인 함수의 특징인 주기적으로 진동한다는 특징을 똑같이 가지고 있어, 복잡한 주기적 패턴을 학습하는 데 유용할 수 있습니다.',
  'lesson.sine-periodic.source': '인벤터실록, 「인공지능의 핵심 활성화 함수」 (브런치, 2024)',
  'lesson.sine-periodic.check':
    '20 에포크 뒤 사인 신경망의 테스트 손실(학습 범위 안의 따로 떼어 둔 점)이 0.01 이하이고 ReLU와 tanh 신경망의 10분의 1 이하이며, 범위 밖(양쪽 한 주기)에서 sin(x)에 대한 평균 제곱 오차가 0.1 이하이고 그들의 10분의 1 이하입니다.',

  'fact.testAcc': '테스트 정확도 {v}',
  'fact.frozen': '첫 층 그래디언트 {g}, 첫 층 가중치 변화 {d}',
  'fact.outputMoved': '출력층 가중치 변화 {d}',
  'fact.firstMoved': '첫 층 가중치 변화 {d}',
  'fact.gradRatio': '첫 층 / 출력층 그래디언트: {v}',
  'fact.falloff': '첫 층 / 출력층 그래디언트 {v}; 모든 층에서 줄어듦, 층마다 ×{k}',
  'fact.falloffNotEvery': '첫 층 / 출력층 그래디언트 {v} (층마다 평균 ×{k})',
  'fact.tanhGain': 'tanh의 첫 층은 시그모이드 몫의 {v}배를 받음',
  'fact.loss': '학습 손실 {v}',
  'fact.cost': '1000 스텝에 {v} ms',
  'fact.meanLossRatio': '에포크 0–{e}의 평균 학습 손실: ReLU의 {v}배',
  'fact.probabilities': '격자의 모든 점에서 출력 합이 1 (오차 {e} 이내), 최솟값 {min}',
  'fact.regions': '클래스 {k}개 중 {n}개가 자기 영역을 가짐',
  'fact.signal': '시작 시 마지막 / 첫 은닉층 사전 활성값 퍼짐: {v}',
  'fact.sameWay': '갱신 {n}번 중 {same}번이 두 가중치를 같은 방향으로 ({v})',
  'fact.reached': '에포크 {e}에 학습 손실 ≤ {target}',
  'fact.notReached': '아직 학습 손실 ≤ {target}에 못 미침 (에포크 {e})',
  'fact.dead': '죽은 유닛: {v}',
  'fact.slopeBought': '학습한 기울기: 학습 손실이 고정 기울기의 {v}배',
  'fact.slopes': '기울기 출발값 {start}, 지금 {min} ~ {max}',
  'fact.xorPoints': 'XOR 네 점 중 {k}개 정답',
  'fact.symmetric': '층 안의 두 유닛 사이 최대 차이: {v}; 은닉 가중치 변화 최대 {d}',
  'fact.saturated': '학습 중 포화된 유닛 (에포크 1 이후 중앙값): {v}',
  'fact.gap': '학습 {train} · 테스트 {test} · 차이 {gap}',
  'fact.gradcheck': '검사 {n}회 중 최대 상대 오차 {v}',
  'fact.firstMovedDead': '첫 층 가중치 변화 {d}; 죽은 유닛 {v}',
  'fact.speedup': 'ReLU가 {v}배 적은 에포크로 도달',
  'fact.growth': '첫 층 / 출력층 그래디언트 {v}; 층마다 ×{k}, {m}개 층 중 {n}개에서 커짐',
  'fact.actMeans': '은닉층별 출력 평균: {v}',
  'fact.meanRatio': '층별 |ELU 평균| / |ReLU 평균|: {v}',
  'fact.timeTo': '목표까지 최적화 작업 {v} ms',
  'fact.bestLoss': '가장 낮은 학습 손실 {v}',
  'fact.params': '매개변수 {n}개',
  'fact.logProbabilities': '격자의 모든 점에서 출력의 지수 합이 1 (오차 {e} 이내), 가장 큰 출력 {max}',
  'fact.testLoss': '테스트 손실 {v}',
  'fact.beyond': '데이터 밖의 오차 {v}',

  'variant.nonlinearity.bothTanh': '두 신경망 모두 tanh: 어느 쪽도 80 % 아래에 머물지 않음',
  'variant.step.thresholdAsStep': '임곗값 함수 대신 계단 함수: 첫 층이 마찬가지로 멈춤',
  'variant.step.bothSigmoid': '계단 함수 대신 시그모이드: 첫 층에 그래디언트가 도달함',
  'variant.vanishing.shallow': '은닉층 하나: 곱할 것이 없으니 소실도 없음',
  'variant.vanishing.noSigmoid': '첫 실행에서 시그모이드 대신 ReLU',
  'variant.zigzag.bothTanh': '두 실행 모두 tanh: 0 중심 입력이라 가중치가 양방향으로 움직임',
  'variant.zigzag.batch10': '배치 10: 예제별 부호가 섞여 같은 방향 규칙이 깨짐',
  'variant.tanh-vs-sigmoid.bothTanh': 'tanh 두 번: 어느 쪽도 두 배 빠르지 않음',
  'variant.dying-relu.smallRate': '학습률 0.003: ReLU 유닛이 살아남음',
  'variant.dying-relu.leakySlope0': '음수 쪽 기울기 0인 LeakyReLU(곧 ReLU): 이 유닛들도 죽음',
  'variant.prelu.notLearnt': '기울기 a를 학습하지 않음: 출발값에 그대로 머묾',
  'variant.smooth.allRelu': 'ReLU 네 번: 뚜렷하게 빠른 쪽이 없음',
  'variant.oscillating.tanhNotSine': '사인 대신 tanh: 네 점 중 많아야 세 점',
  'variant.softmax.twoUnits': '은닉 유닛 두 개: 다섯 갈래를 나누기에 너무 적음',
  'variant.softmax.logSoftmax': '로그 소프트맥스 출력: 로그 확률이라 합이 1이 아님',
  'variant.init.zerosTanh':
    'tanh로 모두 0에서 출발 (f(0) = 0): 그래디언트가 전혀 없어 아무것도 움직이지 않음',
  'variant.init.random': '0 대신 무작위 가중치: 대칭이 깨짐',
  'variant.init.small': '배율 5 대신 0.5: tanh가 포화되지 않음',
  'variant.init.bothHe': '깊은 ReLU 두 실행 모두 He: 볼 차이가 없음',
  'variant.optimizers.allAdam': '세 실행 모두 같은 학습률의 Adam: 앞서는 쪽이 없음',
  'variant.overfitting.allDropout': '첫 실행에도 드롭아웃: 테스트 손실이 치솟지 않음',
  'variant.gradcheck.wrongDerivative': '일부러 틀린 도함수 (첫 층에서 2·f′)를 실행 2에',
  'variant.relu-speed.sigmoidNotRelu': 'ReLU 대신 시그모이드: 앞서 나갈 것이 없음',
  'variant.relu-speed.reluNotSigmoid': '시그모이드 대신 ReLU: 더 빠를 상대가 없음',
  'variant.exploding.smallWeights': '±3 대신 ±0.5 가중치: 커지는 것이 없음',
  'variant.exploding.bothLarge': '두 실행 모두 ±3 가중치: 비교할 안정된 실행이 없음',
  'variant.elu-mean.alpha0': 'α = 0인 ELU(곧 ReLU): 평균을 끌어내리는 것이 없음',
  'variant.elu-mean.bothElu': '두 실행 모두 ELU: 어느 쪽도 0에 더 가깝지 않음',
  'variant.elu-cost.bothRelu': '두 실행 모두 ReLU: 어느 쪽도 먼저 수렴하지 않음',
  'variant.elu-cost.alpha0': 'α = 0인 ELU(곧 ReLU): 앞서지 못함',
  'variant.maxout.reluNotMaxout': '조각 4개 맥스아웃 대신 ReLU: 얻는 표현력이 없음',
  'variant.output-heads.softmaxNotLog': '실행 2에서 로그 소프트맥스 대신 소프트맥스: 로그 확률이 없음',
  'variant.output-heads.allLogSoftmax': '모든 실행에서 로그 소프트맥스: 확률이 없음',
  'variant.sine-periodic.tanhNotSine': '사인 대신 tanh: 주기적인 유닛이 없음',
  'variant.sine-periodic.periodicInput': 'ReLU와 tanh에 x 대신 sin(x)를 입력으로: 이들도 파동을 이어 갑니다',

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
  'run.relu': 'ReLU, 꺾임 하나',
  'run.maxout2': '맥스아웃, k = 2',
  'run.maxout4': '맥스아웃, k = 4',
  'run.tooLarge': '너무 큼 (±3)',
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
  'cmp.gradChart': '층별 그래디언트 크기',
  'cmp.gradDesc':
    '모든 실행의 층마다 ‖∂L/∂W‖, 로그 눈금. 색은 실행, 굵은 선은 첫 층, 갈수록 가늘고 옅어지며 점선은 출력층입니다. 아래로 벌어지는 부채꼴 = 그래디언트 소실. 정확히 0인 그래디언트는 로그 눈금에 그릴 수 없어 선이 끊깁니다.',
  'cmp.styleKey': '손실: 실선 테스트, 점선 학습 · 그래디언트: 굵은 선 첫 층, 점선 출력층',
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
  'cmp.beyondTitle': '데이터 밖',
  'cmp.beyondDesc':
    '−6 − 2π부터 6 + 2π까지 각 신경망의 출력과 sin(x)(점선). 신경망은 음영 범위에서만 학습했습니다. 그 밖에서 어느 것이 파동을 이어 가는지 보세요.',
  'cmp.beyondData': '학습 범위',
  'cmp.beyondOutside': '데이터 없음',
  'cmp.pathTitle': '두 가중치의 경로',
  'cmp.pathDesc':
    '출력 유닛의 가중치 두 개(은닉 유닛 1, 2에서 오는), 학습 예제 하나마다 한 점. 속이 빈 점: 출발, 채운 점: 현재.',
  'cmp.pathX': 'w₁ (은닉 유닛 1에서)',
  'cmp.pathY': 'w₂ (은닉 유닛 2에서)',
  'cmp.dirLegend': '두 가중치의 갱신마다: 같은 방향(1·3사분면, 진한 색) 또는 반대 방향(2·4사분면, 옅은 색).',
  'cmp.directions': '같은 방향 {same} · 반대 방향 {opposite}',
  'cmp.gcTitle': '그래디언트 검사',
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
  'exp.zeroMean': '{yes} (표준정규 입력에 대한 평균 출력: {m}; 0 중심 = 0에서 ±0.05 이내)',
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
