// lessons.en.ts — English strings of the lab pages (lessons, comparison, explorer). Keys are the
// contract: lessons.ko.ts must define the same keys (the compiler checks). Placeholders are {name};
// values are inserted as text, never as HTML. Lesson texts draw on the five Korean source posts
// (docs in /shared/seeds: quotes are translated, the Korean table has them in the original).
export const lessonsEn = {
  'lab.footer':
    'ActLab runs entirely in your browser: every run you see is trained live by a C++ engine compiled to WebAssembly.',

  // ---- the lesson list ----
  'list.title': 'Lessons: each one a claim you can watch happen',
  'list.intro':
    'Each lesson loads a ready experiment, tells you what to look at, and puts up a check mark only when the engine measures the phenomenon in your run — nothing is scripted. Press play; most lessons show it within a minute.',
  'list.start': 'Open the lesson →',
  'list.toCompare': 'Compare activations yourself',
  'list.toExplorer': 'Browse every activation function',

  // ---- the lesson panel ----
  'lesson.number': 'Lesson {n} of {total}',
  'lesson.look': 'What to look at',
  'lesson.why': 'Why it happens',
  'lesson.observed': 'Observed in this run',
  'lesson.notYet': 'Not yet — press play and keep training',
  'lesson.budget': 'epoch {e} · usually seen within {budget} epochs',
  'lesson.overBudget':
    'Not seen within the usual number of epochs. Training depends on where it starts: press reset to run the same weights again, or the dice for other initial weights.',
  'lesson.all': 'All lessons',
  'lesson.prev': '← Previous',
  'lesson.next': 'Next →',
  'lesson.openEditor': 'Change it in the comparison editor',
  'lesson.reinit': 'Other initial weights: the same lesson from a new random start',
  'lesson.unknown': 'There is no lesson “{id}”. Here are all the lessons.',
  'lesson.objective': 'You will learn:',
  'lesson.misconception': 'Common misconception.',
  'lesson.modified': 'These runs differ from the lesson’s: the link changes them.',
  'lesson.modifiedCheck':
    'The check still measures the same phenomenon, but its thresholds were set for the lesson’s own runs: with these it may never tick. The result is not counted as this lesson measured.',
  'lesson.change': '{run} {key} = {value} (lesson: {was})',
  'lesson.default': 'default',
  'lesson.backToLesson': 'Back to the lesson’s own runs',
  'lesson.trying': 'Trying a counterfactual:',
  'lesson.predict': 'Predict first',
  'lesson.measured': 'What the check measures',
  'lesson.about': 'About this lesson',
  'lesson.predictMade': 'Noted. Now press play and see.',
  'lesson.predictWatch': 'Your prediction is locked in: watch the check.',
  'lesson.predictRight': 'Observed — as you predicted.',
  'lesson.predictWrong': 'Observed — not what you predicted. What happened: {answer}',
  'lesson.predictNone': 'Observed. What happened: {answer}',
  'lesson.tryThis': 'Try this',
  'lesson.tryHint':
    'Each button loads the lesson with one thing changed that takes the phenomenon away: the check should stay unticked.',

  // ---- 1 ----
  'lesson.nonlinearity.title': 'Why non-linearity',
  'lesson.nonlinearity.objective':
    'why a network needs a non-linear activation, and why depth alone does not help without one.',
  'lesson.nonlinearity.summary':
    'Stack as many linear layers as you like: the network is still one linear function and cannot solve XOR. One non-linear function changes that.',
  'lesson.nonlinearity.look':
    'Both networks have three hidden layers of 8 units and start from the same weights; only the activation differs. The linear network can only draw one straight boundary, so its accuracy stays below 80 % however long it trains, while the tanh network bends its boundary around the four quadrants.',
  'lesson.nonlinearity.why':
    'With h(x) = cx every layer multiplies by a constant, and three layers give h(h(h(x))) = c³x — the same as a network with no hidden layer at all. Only a non-linear activation lets an extra layer add something; without one, however deep the network, it behaves like a single-layer perceptron.',
  'lesson.nonlinearity.quote':
    'Picture a three-layer network that uses the linear function h(x) = cx as its activation: it computes y(x) = h(h(h(x))), which is really the same as y(x) = ax with a = c³. It could be written as a network with no hidden layer.',
  'lesson.nonlinearity.source':
    '“Deep-learning training techniques [1]: activation functions”, quoting Deep Learning from Scratch (Korean; translated)',
  'lesson.nonlinearity.check': 'After 20 epochs: linear below 80 % test accuracy, tanh at 95 % or more.',

  // ---- 2 ----
  'lesson.step.title': 'The step function cannot learn',
  'lesson.step.objective':
    'why gradient descent cannot train through a step function, and what the sigmoid replaced it with.',
  'lesson.step.summary':
    'The perceptron’s step function is flat on both sides of its jump: its derivative is 0, so no gradient ever reaches the weights below it.',
  'lesson.step.look':
    'Look at the check panel and the gradient chart: the step network’s first layer has a gradient of exactly 0 (a log scale cannot even draw it), and its first-layer weights never move — only the output layer learns. The sigmoid network, the differentiable replacement, moves every layer. The third network uses the threshold function (x above the threshold 0, the value −5 below, as in the source’s example): its first layer does move.',
  'lesson.step.why':
    'Gradient descent moves each weight by the derivative of the loss. Step(x) is constant except at 0, where it jumps and has no derivative at all, so ∂L/∂W of the layer under it is 0 on every example. That is why networks replaced the step with the sigmoid: an S-curve that is continuous and differentiable everywhere. The threshold function is the step glued to the identity: above its threshold its slope is 1, so gradient reaches the weights below through every unit whose input is above it. It keeps the jump, though, and a unit whose input stays below the threshold on every example gets no gradient at all, like a dead ReLU (the check panel counts them): it has some of the step’s problems, not all.',
  'lesson.step.quote':
    'The step function cannot be differentiated, so a network using it could not be trained by gradient descent. Differentiable (continuous) functions were used instead: the sigmoid function.',
  'lesson.step.source': '몽이몽이몽몽이, “Activation functions” (2015, Korean; translated)',
  'lesson.step.check':
    'For 10 epochs the step network’s first-layer gradient is exactly 0 and its weights are unchanged, while the first layers of the sigmoid and the threshold networks move.',

  // ---- 3 ----
  'lesson.vanishing.title': 'Sigmoid shrinks the gradient: the vanishing gradient',
  'lesson.vanishing.objective':
    'to read per-layer gradients and say why sigmoid’s shrink at every layer while ReLU’s and tanh’s do not.',
  'lesson.vanishing.summary':
    'In a deep sigmoid network the gradient shrinks at every layer on the way down, until the first layers hardly learn. The same weights with ReLU or tanh keep it.',
  'lesson.vanishing.look':
    'Eight hidden layers of 8 units. The three networks start from the same Xavier weights and differ only in the activation. In the gradient chart (log scale) sigmoid’s lines fan out over many powers of ten, one step per layer: its first layer (thick line) gets a tiny fraction of what the output layer gets. ReLU’s and tanh’s lines stay together. Then compare the boundaries.',
  'lesson.vanishing.why':
    'Backpropagation multiplies the gradient by f′(z) once per layer (and by the weights, which Xavier scales so that they keep its size). σ′(x) = σ(x)(1 − σ(x)) is at most 1/4, at x = 0, so even with no saturation at all each sigmoid layer cuts the gradient to about a quarter — measured here: ×0.23–0.28 per layer over initial weights 1–10 (the weights add a little either way), against ×0.97–1.23 for tanh. tanh′(0) = 1, and ReLU’s slope is 1 for every positive input: nothing shrinks on the way down. The sources blame saturation (outputs stuck near 0 or 1, where σ′ ≈ 0); that makes it worse, but the 1/4 alone is enough.',
  'lesson.vanishing.quote':
    'Because the output lies between 0 and 1, even a very large input gives at most 1, and the gradient vanishes. As the layers multiply, the values converge to 0 and performance drops — which is why sigmoid is not used in hidden layers, mainly only in the output layer.',
  'lesson.vanishing.source': 'Daehee Yun, “Activation Function” (Korean; translated)',
  'lesson.vanishing.check':
    'Over the run (median per layer): sigmoid’s gradient falls at every layer and its first layer gets less than 1/100 of the output layer’s; ReLU’s ratio stays between 1/10 and 10; tanh’s first layer gets at least 10× sigmoid’s share.',

  // ---- 4 ----
  'lesson.zigzag.title': 'Sigmoid is not zero-centred: the zig-zag',
  'lesson.zigzag.objective':
    'what “zero-centred” means for the direction of weight updates, and why it shows only with small batches.',
  'lesson.zigzag.summary':
    'Sigmoid outputs are always positive, so all the weights into the next unit are pushed the same way at every step, and the path to the optimum zig-zags.',
  'lesson.zigzag.look':
    'The plot below follows two weights of the output unit (from hidden units 1 and 2), one point per training example. With sigmoid hidden units, every step moves both weights up or both down — the bar shows 100 % “same way” — so the path is a staircase. With tanh, and with σ(x) − ½ (sigmoid moved down by ½: the same slope, zero-centred), they also move in opposite directions. This needs one example per step (batch 1): try batches of 10. The lesson runs at 2 steps per frame on purpose — watching single steps is its point; the others run an epoch per frame or faster.',
  'lesson.zigzag.why':
    'For a weight wᵢ fed by xᵢ, ∂L/∂wᵢ = xᵢ·δ. When every xᵢ is positive (sigmoid outputs), all these gradients share the sign of δ: an update can point only into quadrant 1 or 3, never 2 or 4. To get up and to the left the weights have to zig-zag. With a batch, the gradient adds xᵢ·δ over examples whose δ differ in sign, so the rule no longer holds for each step (measured: with batches of 10 some steps move the two weights opposite ways). σ(x) − ½ has exactly sigmoid’s slope, and its updates go both ways: the centring, not the slope, frees the direction. What the zig-zag costs is measured too — the check panel shows the epoch at which each run reaches training loss 0.2, as it happens — and it is less than the sources suggest. Over initial weights 1–10 sigmoid needed 5–9 epochs and σ(x) − ½, with the same slope, 5–9 as well: sigmoid was 1–2 epochs slower on four seeds, level on four and one epoch faster on one (on the tenth, sigmoid and tanh both stalled near loss 0.44 while σ(x) − ½ arrived). The same-sign rule slows sigmoid a little, but not enough to tell the runs apart reliably. tanh took 1–2 epochs: its head start comes from its 4× slope (next lesson). With one example per step every path is noisy, and the path length over displacement does not separate the runs either (after two epochs, over eight seeds: sigmoid 8–150, tanh 15–120, σ(x) − ½ 15–84). tanh(x) = 2σ(2x) − 1 is zero-centred: its outputs take both signs.',
  'lesson.zigzag.quote':
    'If δ is positive, the gradients of the loss with respect to w₀, w₁ and w₂ are all positive; if negative, all negative. The direction of learning is restricted, so training is slow or hard to converge. This can reportedly be overcome with a zero-centred function such as the hyperbolic tangent.',
  'lesson.zigzag.source':
    '“Deep-learning training techniques [1]: activation functions”, after CS231n (Korean; translated)',
  'lesson.zigzag.check':
    'With one example per step: at least 200 sigmoid updates, every one moving both weights the same way; tanh and σ(x) − ½ (zero-centred) each moved them in opposite directions in at least 5 % of their updates. The path length over displacement and the epoch at which each run reaches training loss 0.2 are shown for all three, not required: on this network neither separates sigmoid from σ(x) − ½.',
  'lesson.tanh-vs-sigmoid.title': 'tanh vs sigmoid: zero-centred and four times steeper',
  'lesson.tanh-vs-sigmoid.objective':
    'to tell the two reasons tanh trains faster than the sigmoid apart: zero-centred outputs and a four times steeper slope.',
  'lesson.tanh-vs-sigmoid.summary':
    'tanh is a rescaled, shifted sigmoid: its outputs are centred on 0 and its slope at 0 is four times sigmoid’s. A third unit, σ(x) − ½, is zero-centred with sigmoid’s slope: it tells the two causes apart.',
  'lesson.tanh-vs-sigmoid.look':
    'Same network (two layers of 8), same data, same initial weights: only the hidden activation differs. Watch the table’s “epochs to loss ≤ 0.1”. tanh gets there early and sigmoid needs at least twice as long. The third run, σ(x) − ½, has tanh’s zero-centred outputs but sigmoid’s slope: if zero-centring were what made tanh fast, it would keep up with tanh. It does not — it is almost as slow as sigmoid.',
  'lesson.tanh-vs-sigmoid.why':
    'tanh(x) = 2σ(2x) − 1, and σ(x) − ½ = ½·tanh(x/2): the three are the same S-curve, shifted and scaled. From sigmoid to σ(x) − ½ only the centre changes (outputs around 0, no zig-zag, lesson 4); from σ(x) − ½ to tanh only the scale: four times the slope at 0 (1 instead of 1/4), so the gradient is four times larger at every layer. The check panel measures each step separately. On this network the slope does almost everything (about ten times fewer epochs) and zero-centring alone buys little (sigmoid and σ(x) − ½ within about 20 % of each other, with batches of 10 where the zig-zag averages out). The sources credit zero-centring only; it is real but small here.',
  'lesson.tanh-vs-sigmoid.quote':
    'Unlike the sigmoid, the graph of the hyperbolic tangent is symmetric about 0. Because of this, learning is said to converge faster with tanh than with the sigmoid as activation function.',
  'lesson.tanh-vs-sigmoid.source':
    '“Deep-learning training techniques [1]: activation functions”, after CS231n (Korean; translated)',
  'lesson.tanh-vs-sigmoid.check':
    'tanh reached training loss 0.1; sigmoid needed at least twice as many epochs, and so did σ(x) − ½ (same centre as tanh, sigmoid’s slope). The zero-centring factor, sigmoid’s epochs over σ(x) − ½’s, is measured and shown, not required.',

  // ---- 6 ----
  'lesson.dying-relu.title': 'Dying ReLU',
  'lesson.dying-relu.objective':
    'how ReLU units die, how to count dead units, and which activations avoid it.',
  'lesson.dying-relu.summary':
    'A high learning rate pushes many ReLU units to where their input is negative for every example: they output 0, get a gradient of 0, and never come back.',
  'lesson.dying-relu.look':
    'Learning rate 0.1 with Adam on the spiral. Watch the “dead” number on each card: a unit is dead when its derivative is 0 on every training point, so no gradient reaches its weights — measured the same way for every activation, with its actual parameters. ReLU loses more than half of its units; here LeakyReLU, PReLU and ELU lose none.',
  'lesson.dying-relu.why':
    'ReLU’s derivative is 0 for every negative input. If one large update makes a unit’s weighted sum negative for all training examples, the unit outputs 0 everywhere and its gradient is 0 everywhere: no later update can revive it. LeakyReLU (slope 0.01) and PReLU (a learnt slope) always let a little gradient through — unless the slope is 0 (try it: that is ReLU, and it dies). ELU’s derivative αeˣ for negative inputs is never exactly 0 but tends to 0, so a unit driven far into the negative gets almost nothing. It has not happened when the check ticks; keep training, though, and from these weights some ELU units die as well (6 % by epoch 200, 13 % by 300): below about x = −17 single precision cannot tell αeˣ from 0, and the engine’s derivative, computed as f(x) + α, is exactly 0. With α = 0 the derivative is exactly 0 below 0 — that is ReLU, and its units die (try it).',
  'lesson.dying-relu.quote':
    'When the input is negative ReLU always returns 0, so the weights and biases may not be updated. If the weighted sum becomes negative, the neuron no longer updates its values and becomes a dead neuron (dying ReLU).',
  'lesson.dying-relu.source': 'Daehee Yun, “Activation Function” (Korean; translated)',
  'lesson.dying-relu.check':
    'More than half of ReLU’s hidden units are dead (derivative 0 on every training point), and none of LeakyReLU’s, PReLU’s or ELU’s.',

  // ---- 7 ----
  'lesson.prelu.title': 'PReLU learns its own slope',
  'lesson.prelu.objective':
    'how an activation can have a parameter learnt like a weight, and how to judge what learning it buys.',
  'lesson.prelu.summary':
    'PReLU is LeakyReLU whose negative slope a is not fixed but learnt, unit by unit, like a weight. Beside it: LeakyReLU with the slope held at PReLU’s start, from the same weights.',
  'lesson.prelu.look':
    'The chart “learnt slopes” shows, per layer, the mean slope a over the units and the smallest and largest one. All start at 0.25; watch them spread apart as each unit adapts to its own inputs (which way they go differs from seed to seed). The second run keeps every slope at 0.25: the two training losses show what learning the slope bought. For the first 10 epochs almost nothing; by epoch 30 PReLU’s loss is lower on 8 of the 9 seeds we measured (0.42–0.91× the fixed slope’s; on seed 6 it stays at 0.99× and the check does not tick — learning a parameter does not always pay).',
  'lesson.prelu.why':
    'PReLU(x) = x for x > 0 and a·x otherwise. The loss has a derivative with respect to a (∂f/∂a = x for x ≤ 0), so gradient descent updates a together with the weights: every unit chooses how much negative signal to let through.',
  'lesson.prelu.quote':
    'The key idea is to put learnable parameters into the activation function itself. Its advantage is that each neuron can learn the shape of activation function best suited to its own input data.',
  'lesson.prelu.source':
    '인벤터실록, “The heart of AI: activation functions” (brunch, 2024; Korean, translated)',
  'lesson.prelu.check':
    'After 30 epochs the slopes differ between units by at least 0.1 and PReLU’s training loss is at most 0.95× that of LeakyReLU with the slope fixed at 0.25 (same weights).',

  // ---- 8 ----
  'lesson.smooth.title': 'Smooth modern units: SiLU, GELU, Mish',
  'lesson.smooth.objective': 'how smooth ReLU-like units compare with ReLU in epochs and in cost per step.',
  'lesson.smooth.summary':
    'Swish/SiLU, GELU and Mish are smooth, slightly non-monotonic cousins of ReLU. On the spiral they usually reach a low loss in fewer epochs.',
  'lesson.smooth.look':
    'Four networks (two layers of 16), identical except for the activation. Compare the loss curves — the check panel gives each smooth unit’s mean loss over the first 60 epochs as a fraction of ReLU’s — “epochs to loss ≤ 0.1” in the table, and each run’s measured cost per 1000 steps in the check panel and the last column.',
  'lesson.smooth.why':
    'ReLU switches a unit’s gradient abruptly on or off at 0. Smooth units bend gradually and pass a little signal for negative inputs, which tends to make optimisation steadier. The sources say it of ELU: no abrupt change at 0, so gradient descent converges in fewer steps — but the heavier computation makes each step slower. In networks as small as these, with vectorised kernels, that extra cost is lost in the rest of a step’s work: look at the last column.',
  'lesson.smooth.quote':
    'Even at an input of 0 the output does not change abruptly, so gradient descent converges comparatively faster. But the computation is more complex, so training itself gets slower. (Convergence speed: how many updates it takes to find the optimum; training speed: the total time until training is done.)',
  'lesson.smooth.source': 'Daehee Yun, “Activation Function”, on ELU (Korean; translated)',
  'lesson.smooth.check':
    'Over the first 60 epochs, at least two of SiLU, GELU and Mish had a mean training loss at most 80 % of ReLU’s (the whole curve lower, not one lucky frame).',

  // ---- 9 ----
  'lesson.oscillating.title': 'One oscillating neuron solves XOR',
  'lesson.oscillating.objective': 'why one monotonic unit cannot solve XOR and one oscillating unit can.',
  'lesson.oscillating.summary':
    'A monotonic unit draws one straight boundary, so one neuron cannot solve XOR. A sine or NCU unit goes up and down again — one of them is enough.',
  'lesson.oscillating.look':
    'Each network has ONE hidden unit and sees the four XOR points. Watch the boundaries and the check panel: sine and NCU put all four points right; tanh never gets more than three.',
  'lesson.oscillating.why':
    'One unit computes f(w·x + b), which is constant along parallel lines. With a monotonic f the output can only rise towards one side, so two opposite corners cannot both be high. An oscillating f (sine, or the cubic NCU) rises and falls again, so a band through the middle can separate the diagonals.',
  'lesson.oscillating.quote':
    'Unlike the traditional monotonically increasing activation functions, oscillating functions can increase or decrease with the input. Their advantage is that a single neuron can learn complex logic such as the XOR problem — something hard for traditional functions such as the sigmoid or ReLU.',
  'lesson.oscillating.source':
    '인벤터실록, “The heart of AI: activation functions” (brunch, 2024; Korean, translated)',
  'lesson.oscillating.check': 'Sine and NCU classify all 4 XOR points; tanh at most 3.',

  // ---- 10 ----
  'lesson.softmax.title': 'Softmax for many classes',
  'lesson.softmax.objective': 'what a softmax output layer computes and why it belongs at the output.',
  'lesson.softmax.summary':
    'Softmax turns K outputs into K probabilities that sum to 1 — the network’s belief in each class. Here: spirals with 3 and 5 arms.',
  'lesson.softmax.look':
    'Each colour of a decision map is the class with the highest probability; paler means less sure. Both networks reach more than 90 % test accuracy (guessing would give 33 % and 20 %), their outputs are probabilities at every point of the map — none negative, summing to 1 — and every class is the most probable somewhere.',
  'lesson.softmax.why':
    'pₖ = exp(zₖ) / Σᵢ exp(zᵢ): the exponentials make every output positive, the division makes them sum to 1. Softmax computes class probabilities, so it belongs to the output layer, not to hidden layers, and is trained with cross-entropy.',
  'lesson.softmax.quote':
    'The softmax function computes the probability that an output of an n-dimensional vector belongs to the k-th class. Because it computes class probabilities, it is used in the output layer, not in hidden layers.',
  'lesson.softmax.source': 'Daehee Yun, “Activation Function” (Korean; translated)',
  'lesson.softmax.check':
    'Both networks reach 90 % test accuracy; at every grid point their outputs are non-negative and sum to 1 (within 10⁻⁴); each of the 3 or 5 classes owns a region.',

  // ---- 11 ----
  'lesson.init.title': 'Initialisation matters',
  'lesson.init.objective':
    'three ways initialisation goes wrong: symmetry, saturation and a signal that shrinks with depth.',
  'lesson.init.summary':
    'All-zero weights never break the symmetry between units; too-large weights saturate tanh; in a deep ReLU network He keeps the signal where Xavier lets it shrink.',
  'lesson.init.look':
    'Zeros (sigmoid, whose f(0) = 0.5 is not 0): gradients flow and the weights move, yet every unit of a layer stays identical (difference 0). ±5 (tanh): most units sit in tanh’s flat tails while training. Xavier and He (eight ReLU layers): how much of the first layer’s spread reaches the last one.',
  'lesson.init.why':
    'Units that start equal receive equal gradients and stay equal forever: eight units behave like one. (With tanh, f(0) = 0, zeros give no gradient at all and nothing moves; sigmoid shows that the symmetry itself is the problem.) Large weights push tanh beyond |x| ≈ 4, where f′ ≈ 0. ReLU zeroes about half of its inputs, halving the signal’s variance at every layer: Xavier (variance 2/(fan-in + fan-out), here 1/fan-in) lets the spread shrink by about 1/√2 per layer; He (2/fan-in) doubles the variance to make up for it, which over seven layers keeps √2⁷ ≈ 11× more.',
  'lesson.init.quote':
    'Initialise the training parameters: there are many initialisation methods, so choose one appropriately. — Like the sigmoid, tanh outputs converge to 1 for inputs larger than 4, so it too suffers from vanishing gradients.',
  'lesson.init.source':
    '“Deep-learning training techniques [1]” and Daehee Yun, “Activation Function” (Korean; translated)',
  'lesson.init.check':
    'Zeros: after 10 epochs the hidden weights moved but all units of each layer are identical; ±5: at least half the units saturated while training (epochs ≥ 1); deep ReLU: Xavier keeps less than 1/4 of the first layer’s spread at the last, He at least 4× as much as Xavier.',

  // ---- 12 ----
  'lesson.optimizers.title': 'Optimisers: SGD, momentum, Adam',
  'lesson.optimizers.objective': 'to compare optimisers fairly, each at its own tuned learning rate.',
  'lesson.optimizers.summary':
    'Same spiral, same network, same initial weights: only the update rule differs — each at its own best learning rate.',
  'lesson.optimizers.look':
    'Each optimiser runs at the rate that reached loss 0.1 fastest in a sweep of rates about 3× apart (SGD 0.1, momentum 0.01, Adam 0.01; the sweep is in the tests). At one shared rate the comparison would measure the rate, not the optimiser. Tuned this way SGD and momentum take about as long, and Adam gets there first.',
  'lesson.optimizers.why':
    'SGD: w ← w − η·g. Momentum keeps a velocity v ← 0.9·v + g and steps along it: on a steady slope the step grows to about 10·η·g, so momentum at 0.01 moves much like SGD at 0.1 — which is why, tuned, they are close. Adam divides a running average of the gradient by the root of a running average of its square: each weight moves by about η per step, whatever the scale of its gradient, which helps where gradients differ a lot between weights.',
  'lesson.optimizers.quote':
    'The general procedure of deep learning: choose a suitable network; check the gradients; initialise the training parameters; optimise the training parameters (stochastic gradient vs Adam, etc.); prevent overfitting.',
  'lesson.optimizers.source':
    '“Deep-learning training techniques [1]”, after CS231n and CS224d (Korean; translated)',
  'lesson.optimizers.check':
    'Adam reached training loss 0.1 in at most 92 % of the epochs SGD and momentum needed (each at its tuned rate).',

  // ---- 13 ----
  'lesson.overfitting.title': 'Overfitting: dropout vs L2',
  'lesson.overfitting.objective':
    'to recognise overfitting in the train/test gap, and how dropout and L2 reduce it.',
  'lesson.overfitting.summary':
    'A big network on 30 noisy points memorises them: its training loss goes to 0 while its test loss climbs. Dropout and L2 fight back.',
  'lesson.overfitting.look':
    'Compare training and test loss in the cards and the loss chart (dashed = training). Without regularisation the test loss ends at more than twice its best while the training loss falls towards 0; the dark-ringed test points show where its confident boundary is wrong. Dropout and L2 keep the gap much smaller.',
  'lesson.overfitting.why':
    'The noise is true of these 30 points only. A network with over a thousand weights can fit it exactly, and what it learns then stops carrying over to new points. Dropout switches off random units at every step, so no unit can rely on another; L2 adds ½λ‖W‖² to the loss (its gradient λW shrinks every weight a little at each step), which keeps the weights — and the function — small and smooth.',
  'lesson.overfitting.quote': 'Prevent overfitting: dropout vs regularisation, etc.',
  'lesson.overfitting.source': '“Deep-learning training techniques [1]”, after CS231n (Korean; translated)',
  'lesson.overfitting.check':
    'After 30 epochs the plain network overfits (training loss below 0.1, test loss at least twice its best) and the dropout and L2 networks keep a smaller train–test gap.',

  // ---- 14 ----
  'lesson.gradcheck.title': 'Gradient checking',
  'lesson.gradcheck.objective':
    'to check backpropagation against numerical derivatives, and to see a wrong derivative caught.',
  'lesson.gradcheck.summary':
    'Is backpropagation right? Compare each of its derivatives with a numerical one, (L(w + h) − L(w − h)) / 2h.',
  'lesson.gradcheck.look':
    'At every new epoch the engine checks every parameter of both networks: backprop (single precision, the SIMD code that trains) against central differences of a double-precision copy. The table lists the largest relative error of each check; it stays far below the 10⁻³ line. With ReLU, parameters whose ±h crosses a kink are skipped and counted. Then try the wrong derivative: run 2’s backprop uses 2·f′ in its first layer — nothing crashes and it still trains, but every check reports a relative error of 0.5 and the check mark never comes.',
  'lesson.gradcheck.why':
    'A wrong derivative does not crash anything: the network just learns badly and you cannot tell why. Central differences need only the loss itself, so they are an independent reference. The relative error |g − g_num| / max(|g|, |g_num|) lands around 10⁻⁵ here — float rounding, not a bug.',
  'lesson.gradcheck.quote':
    'Gradient check: after building the network, check that the gradients are computed correctly, in case the gradient computation went wrong.',
  'lesson.gradcheck.source': '“Deep-learning training techniques [1]”, after CS231n (Korean; translated)',
  'lesson.gradcheck.check':
    'Every check of both networks is below 10⁻³ (at least 3 checks, one after 5 epochs of training).',

  // ---- 15 ----
  'lesson.relu-speed.title': 'ReLU learns in fewer epochs — how many fewer?',
  'lesson.relu-speed.objective':
    'to measure how much faster ReLU trains than sigmoid and tanh, and why “6×” is one measurement, not a law.',
  'lesson.relu-speed.summary':
    'Same network, same initial weights: ReLU reaches a low loss in a fraction of the epochs sigmoid needs, and usually ahead of tanh. The sources say “6×”: here is the factor on this network, and where 6× came from.',
  'lesson.relu-speed.look':
    'Three networks of two hidden layers of 8 units on the circle, with the same initial weights and learning rate; only the activation differs. Watch the table’s “epochs to loss ≤ 0.1” and the factors in the check panel: ReLU usually gets there in 5–12 epochs, tanh in 11–16, sigmoid in 140–240. Press the dice for other initial weights: the factor against sigmoid stays large, the one against tanh moves around. Below the factors, the check panel shows the other half of the sources’ claim, measured on this machine: each run’s cost per 1000 steps, what its activation costs per element (timed in the engine’s kernels, forward and backward) and that activation’s share of a step.',
  'lesson.relu-speed.why':
    'An active ReLU unit has slope 1, so the gradient passes through it undiminished and never saturates on the positive side. Sigmoid’s slope is at most 1/4 and its outputs are not zero-centred (lessons 3–5), so its updates are small. tanh has slope 1 at 0 but flattens as inputs grow. The “6×” is one measurement of one network: Krizhevsky, Sutskever and Hinton (2012, the AlexNet paper, Figure 1) trained a four-layer convolutional network on CIFAR-10 and it reached 25 % training error six times faster with ReLUs than the same network with tanh units. It is not a constant of ReLU: on this small network the lead over tanh is about 2× from most initial weights and sometimes none, while over sigmoid it is more than tenfold. The sources also say ReLU is cheap to compute while sigmoid’s exp is heavy, so learning is slower. The first half is true: per element, forward and backward, sigmoid cost 2.6–6× what ReLU did in our runs (2.3–5.8 ns against 0.6–1.0 ns, depending on the machine and the browser). But a step also multiplies matrices, computes the loss and updates every weight: on this network the activations are a small share of a step, and timed quietly, step by step, sigmoid’s steps cost only about 1.3–1.5× ReLU’s (the live figure in the check panel is a running average of this machine’s timings and jumps around). Sigmoid’s slower learning comes mostly from the epochs — more than ten times as many — which is what the check measures. (Timings depend on the machine and vary from run to run: they are shown, never checked.)',
  'lesson.relu-speed.quote':
    'As long as x is positive the gradient is a constant 1, so the gradient does not die, and it is easy to differentiate, so the computation is cheap. In practice, learning reportedly converges six times faster than with the sigmoid or the hyperbolic tangent.',
  'lesson.relu-speed.source':
    '“Deep-learning training techniques [1]: activation functions”, after CS231n (Korean; translated)',
  'lesson.relu-speed.check':
    'ReLU reached training loss 0.1 in at most a quarter of the epochs sigmoid needed (or sigmoid had not got there after four times as many); the factor against tanh is measured and shown, not required, and so are the costs per step and per element (timings).',

  // ---- 16 ----
  'lesson.exploding.title': 'Exploding gradients',
  'lesson.exploding.objective':
    'how too-large weights make the gradient grow layer by layer, and what keeps it in check.',
  'lesson.exploding.summary':
    'With initial weights that are too large, the gradient grows at every layer on its way down, and the first layers get huge, erratic updates. Weights at the right scale stop it.',
  'lesson.exploding.look':
    'Eight tanh layers of 16 units. The first network starts from weights drawn from ±3, the second from Xavier weights; nothing else differs. In the gradient chart (log scale) the first network’s lines fan out upwards: each layer nearer the input gets more than the one above it, the first about 20–1000× the output layer’s. The Xavier network’s lines stay together. Compare the losses as well.',
  'lesson.exploding.why':
    'Backpropagation multiplies the gradient at every layer by the weights and by f′(z). With n inputs per unit and weights of spread s, that is a factor of about s·√n·f′ per layer: above 1 the gradient grows geometrically, below 1 it vanishes (lesson 3). Here s·√n ≈ 1.7 × 4 ≈ 7; tanh saturates part of the way, which lowers f′, but not enough — measured: about ×1.5–2 per layer. Xavier picks the spread so that the factor is about 1. What stops it: weights at the right scale (Xavier for tanh, He for ReLU); gradient clipping, which caps the step but not the gradient; normalisation layers and residual connections (not in ActLab). The source credits sigmoid’s 0–1 outputs with preventing the explosion: bounded outputs bound the forward signal, not the gradient, whose factor w·σ′(z) exceeds 1 wherever |w| > 4 near z = 0. With large weights sigmoid mostly saturates instead — trading explosion for vanishing.',
  'lesson.exploding.quote':
    'Because its output lies between 0 and 1, it can prevent the exploding gradient phenomenon.',
  'lesson.exploding.source': 'Daehee Yun, “Activation Function”, on the sigmoid (Korean; translated)',
  'lesson.exploding.check':
    'Over the run (median per layer): with weights from ±3 the gradient grows at three quarters of the layers or more on the way down and the first layer gets at least 20× the output layer’s; with Xavier weights at most 2×.',
  // ---- predictions (asked before the first play; the answer is in defs.ts) ----
  'predict.nonlinearity.q':
    'Three linear hidden layers learn XOR beside the same network with tanh. What test accuracy will the linear network reach?',
  'predict.nonlinearity.0': 'Close to 100 %, like tanh — it has just as many layers',
  'predict.nonlinearity.1': 'Below 80 %: however deep, it can draw only one straight boundary',
  'predict.nonlinearity.2': '0 %: a linear activation stops the weights from changing',
  'predict.step.q': 'How far will the weights of the step network’s first layer move?',
  'predict.step.0': 'As far as the sigmoid network’s',
  'predict.step.1': 'Not at all: no gradient passes a step',
  'predict.step.2': 'A little, but slowly',
  'predict.vanishing.q':
    'Eight sigmoid layers from Xavier weights: how does the first layer’s gradient compare with the output layer’s?',
  'predict.vanishing.0': 'About the same',
  'predict.vanishing.1': 'Far smaller: it shrinks at every layer',
  'predict.vanishing.2': 'Far larger: it grows at every layer',
  'predict.zigzag.q':
    'One example per step, sigmoid hidden units: how will two weights of the output unit move at each update?',
  'predict.zigzag.0': 'Always both the same way (both up or both down)',
  'predict.zigzag.1': 'Half the time the same way, half the time opposite',
  'predict.zigzag.2': 'Always in opposite directions',
  'predict.tanh-vs-sigmoid.q':
    'Same network, same weights: how many epochs will sigmoid need to reach loss 0.1, compared with tanh?',
  'predict.tanh-vs-sigmoid.0': 'About the same',
  'predict.tanh-vs-sigmoid.1': 'At least twice as many',
  'predict.tanh-vs-sigmoid.2': 'Fewer',
  'predict.dying-relu.q': 'Learning rate 0.1 with Adam: what share of ReLU’s hidden units will end up dead?',
  'predict.dying-relu.0': 'None',
  'predict.dying-relu.1': 'More than half',
  'predict.dying-relu.2': 'All of them, and LeakyReLU’s too',
  'predict.prelu.q': 'Every PReLU slope starts at 0.25. After a few epochs the slopes will be…',
  'predict.prelu.0': 'Still all 0.25',
  'predict.prelu.1': 'All equal, but moved',
  'predict.prelu.2': 'Different from unit to unit',
  'predict.smooth.q': 'Over the first 60 epochs, will SiLU, GELU and Mish train to a lower loss than ReLU?',
  'predict.smooth.0': 'Yes, at least two of them clearly',
  'predict.smooth.1': 'No, ReLU learns fastest',
  'predict.smooth.2': 'All four about the same',
  'predict.oscillating.q': 'One hidden unit, four XOR points. Which unit can put all four right?',
  'predict.oscillating.0': 'tanh',
  'predict.oscillating.1': 'sine and NCU',
  'predict.oscillating.2': 'none of them',
  'predict.softmax.q': 'At any point of the map, what do the K softmax outputs add up to?',
  'predict.softmax.0': 'Exactly 1',
  'predict.softmax.1': 'K',
  'predict.softmax.2': 'It depends on the point',
  'predict.init.q':
    'All weights start at zero (sigmoid units). What happens to the units of a layer while training?',
  'predict.init.0': 'They become different as they learn',
  'predict.init.1': 'Their weights move, but they stay identical',
  'predict.init.2': 'Nothing moves at all',
  'predict.optimizers.q': 'Each optimiser at its own best learning rate: which reaches loss 0.1 first?',
  'predict.optimizers.0': 'SGD',
  'predict.optimizers.1': 'Momentum',
  'predict.optimizers.2': 'Adam',
  'predict.overfitting.q':
    'Without regularisation, what will the test loss do while the training loss falls towards 0?',
  'predict.overfitting.0': 'Fall with it',
  'predict.overfitting.1': 'Climb to more than twice its best',
  'predict.overfitting.2': 'Stay where it started',
  'predict.relu-speed.q':
    'Same network, same weights: how many times fewer epochs will ReLU need than sigmoid to reach loss 0.1?',
  'predict.relu-speed.0': 'About the same',
  'predict.relu-speed.1': 'Several times fewer: at least 4×',
  'predict.relu-speed.2': 'Exactly 6× fewer, as the sources say',
  'predict.exploding.q':
    'Eight tanh layers with weights drawn from ±3: how will the first layer’s gradient compare with the output layer’s?',
  'predict.exploding.0': 'About the same',
  'predict.exploding.1': 'Far smaller',
  'predict.exploding.2': 'Far larger: it grows at every layer',
  'predict.elu-mean.q':
    'ReLU and ELU from the same weights: whose hidden layers will have a mean output nearer 0?',
  'predict.elu-mean.0': 'ReLU’s',
  'predict.elu-mean.1': 'ELU’s, at every layer',
  'predict.elu-mean.2': 'Neither: with zero-mean weights both means are 0',
  'predict.elu-cost.q':
    'ELU or ReLU: which reaches loss 0.05 in fewer epochs here, and which step costs more?',
  'predict.elu-cost.0': 'ReLU in fewer epochs; ELU’s steps cost more',
  'predict.elu-cost.1': 'ELU in fewer epochs; measure the cost per step to see the price',
  'predict.elu-cost.2': 'The same number of epochs',
  'predict.maxout.q': 'Six units per layer: will maxout with 4 pieces fit the spiral better than ReLU?',
  'predict.maxout.0': 'No: the same units, the same fit',
  'predict.maxout.1': 'Yes, clearly — at four times the hidden weights',
  'predict.maxout.2': 'Yes, and for free',
  'predict.output-heads.q':
    'Trained the same way on three classes, what will the three heads output at each point?',
  'predict.output-heads.0': 'All three: probabilities summing to 1',
  'predict.output-heads.1': 'Only softmax learns; the other two fail',
  'predict.output-heads.2':
    'Softmax and softmin probabilities; log-softmax values ≤ 0 whose exponentials sum to 1',
  'predict.sine-periodic.q':
    'Trained on x from −6 to 6 only: beyond the data (one more period on each side), which network continues the sine wave?',
  'predict.sine-periodic.0': 'All three: a network that fits the data continues it',
  'predict.sine-periodic.1': 'Only the sine network: its units are periodic themselves',
  'predict.sine-periodic.2': 'None: no network knows anything beyond its data',
  'predict.mix.q':
    'Two mixes of ReLU and sigmoid in a deep network — ½ ReLU + ½ sigmoid in every unit, and the two in alternate layers: how much of the output layer’s gradient will their first layers get?',
  'predict.mix.0': 'As much as ReLU’s: the ReLU part carries it',
  'predict.mix.1': 'Far less than ReLU’s, though far more than sigmoid’s alone',
  'predict.mix.2': 'As little as sigmoid’s alone',
  'predict.gradcheck.q': 'How far apart will backpropagation and the numerical derivatives be?',
  'predict.gradcheck.0': 'About 10⁻⁵ relative: float rounding only',
  'predict.gradcheck.1': 'About 10 %',
  'predict.gradcheck.2': 'Exactly 0',

  // ---- common misconceptions: where a source says something the lessons show is not so ----
  'misconception.linearUpdates':
    'One source says a linear activation stops learning because its derivative is a constant. A constant is not zero: the gradient still flows and the weights still change — the check panel shows how far the linear network’s first-layer weights moved. What a linear activation takes away is depth: however many layers learn, together they stay one linear map.',
  'misconception.sigmoidExploding':
    'One source says sigmoid prevents exploding gradients because its outputs lie between 0 and 1. Bounded outputs bound the forward signal, not the gradient: backpropagation multiplies by each layer’s weights as well as by σ′ ≤ 1/4, so with weights larger than about 4 the product exceeds 1 at every layer and the gradient grows. Small weights make it vanish instead, as here.',
  'misconception.normalisation':
    'One source calls an activation a kind of normalisation of its input. An activation acts on each number alone and knows nothing of the others: it does not give zero mean or unit spread (ReLU leaves every positive input as it is). That is why the spread here changes from layer to layer with the initialisation; normalisation layers (batch or layer normalisation) are a separate step that uses the statistics of many inputs.',
  'misconception.mixing':
    'One source says fusing several activations into one is not possible. It is possible, and easy: run 3 is a blend typed as a formula, everyday units are combinations too (SiLU is x·σ(x)), and research learns mixtures of activations (Manessi and Rozza, 2018). What the source has right is that a fixed mix is no free lunch: its derivative is the mix of its parts’, so it keeps a share of each part’s weakness — the gradient chart shows how much.',
  'fact.linearMoved': 'first-layer weights moved {d}: the gradient is not zero',

  'choose.title': 'Which activation to pick — from what you measured',
  'choose.intro':
    'Advice drawn from the lessons, each backed by the lessons that measure it. Under each lesson: what this browser measured when its check mark came on (the lesson’s own runs only; counterfactuals and edited lessons are not counted), or “not yet measured”. Run a lesson and come back.',
  'choose.count': 'Measured here so far: {n} of {total} lessons.',
  'choose.notYet': 'not yet measured — open the lesson and press play',
  'choose.seenAt': 'measured at epoch {e}:',
  'choose.colLesson': 'Lesson',
  'choose.colMeasured': 'What you measured',
  'choose.allTitle': 'Every lesson',
  'list.toChoose': 'Which activation to pick? The recap of what you measured',
  'lesson.toChoose': 'Which activation to pick?',
  'choose.nonlinear.title': 'Put a non-linear activation in every hidden layer',
  'choose.nonlinear.text':
    'Linear layers collapse into one linear map whatever the depth, and a step function passes no gradient to the layers below it. Every function below is non-linear and differentiable almost everywhere.',
  'choose.relu.title': 'Hidden layers: start with ReLU, initialised with He',
  'choose.relu.text':
    'ReLU’s slope is 1 for every positive input, so the gradient does not shrink layer by layer as it does through the sigmoid, and it usually reaches a low loss in far fewer epochs. He initialisation keeps the signal’s spread through a deep ReLU network; weights at the right scale also keep the gradient from exploding. ReLU is also cheap per element — sigmoid’s exp costs a few times more — but in a small network that is a small part of a step: the epochs are what differ.',
  'choose.dying.title': 'If ReLU units die: LeakyReLU, PReLU or ELU',
  'choose.dying.text':
    'With a high learning rate many ReLU units can end with derivative 0 on every training point and never recover. A small negative slope, fixed or learnt, keeps a gradient flowing; ELU’s tends to 0 for very negative inputs but keeps mean activations closer to 0.',
  'choose.smooth.title': 'When epochs matter more than the cost of a step: SiLU, GELU, Mish or ELU',
  'choose.smooth.text':
    'Smooth ReLU-like units often reach a low loss in fewer epochs, but each step computes more. Measure both — epochs and time — before choosing.',
  'choose.sigmoid.title': 'Not sigmoid in hidden layers; for an S-curve, tanh',
  'choose.sigmoid.text':
    'Sigmoid’s slope is at most 1/4 and its outputs are all positive: the gradient shrinks with depth and, with small batches, the weights zig-zag. tanh is zero-centred and four times steeper at 0; it still saturates for large inputs. Mixing sigmoid in — blended with ReLU in every unit or in alternate layers — keeps part of the problem: the gradient still shrinks layer by layer.',
  'choose.output.title': 'Output layer: softmax for several classes, sigmoid for two',
  'choose.output.text':
    'Softmax turns K outputs into probabilities that sum to 1; it belongs at the output and is trained with cross-entropy. Log-softmax gives the same training with log-probabilities; neither belongs in hidden layers.',
  'choose.periodic.title': 'Periodic or XOR-like patterns: an oscillating unit such as sine',
  'choose.periodic.text':
    'A sine unit rises and falls again, so one unit can separate XOR and a sine network can carry a periodic pattern on; a monotonic unit cannot.',
  'choose.training.title': 'Whatever you pick: tune the optimiser, regularise, check the gradients',
  'choose.training.text':
    'Compare optimisers each at its own tuned learning rate, watch the train–test gap and use dropout or L2 against overfitting, and check backpropagation against numerical derivatives when you write your own layers.',
  // ---- 17 ----
  'lesson.elu-mean.title': 'ELU pulls the mean activation towards 0',
  'lesson.elu-mean.objective':
    'to measure, layer by layer, how ELU’s negative values pull the mean activation towards 0 compared with ReLU.',
  'lesson.elu-mean.summary':
    'ReLU’s outputs are never negative, so their mean is always above 0. ELU lets negative inputs out as small negative values down to −α, which pulls the mean of every layer towards 0.',
  'lesson.elu-mean.look':
    'Five hidden layers of 16 units, the same Xavier weights; only the activation differs. The check panel lists the mean output of each hidden layer (over its units and every training point, median while training): ReLU’s are around 0.25–0.4, ELU’s less than three quarters of them at every layer — usually less than half.',
  'lesson.elu-mean.why':
    'For an input z spread around 0, ReLU outputs max(0, z): its mean is the mean of the positive half, about 0.4 × the spread of z. ELU outputs z for z > 0 and α(eᶻ − 1), a value between −α and 0, otherwise: the negative half now pulls the other way. For a standard-normal z, ReLU’s mean is 0.40 and ELU’s (α = 1) 0.16. A layer whose inputs are all positive on average passes that shift on to the next layer (a “bias shift”, the same all-positive inputs as in the zig-zag lesson); Clevert, Unterthiner and Hochreiter (2015) proposed ELU to reduce it, which they found speeds up learning. With α = 0 ELU is ReLU: try it.',
  'lesson.elu-mean.quote':
    'ELU (Exponential Linear Unit) keeps the advantages of ReLU while following a smooth curve for negative inputs, which eases ReLU’s “dead neuron” problem and at the same time brings the mean of the outputs close to 0, stabilising training.',
  'lesson.elu-mean.source':
    '인벤터실록, “The heart of AI: activation functions” (brunch, 2024; Korean, translated)',
  'lesson.elu-mean.check':
    'From epoch 1 on (median per layer, after 3 epochs): at every hidden layer the mean of ELU’s outputs is nearer 0 than ReLU’s, at most 0.75 × its size.',

  // ---- 18 ----
  'lesson.elu-cost.title': 'ELU: fewer epochs, dearer steps',
  'lesson.elu-cost.objective':
    'to tell convergence speed (epochs to a loss) from training speed (time), and measure both for ELU and ReLU.',
  'lesson.elu-cost.summary':
    'The source says ELU converges in fewer updates than ReLU, but each update costs more because of the exponential. Both halves are measured here: the epochs, and the time per step.',
  'lesson.elu-cost.look':
    'Five hidden layers of 16 units on the circle, the same Xavier weights; only the activation differs. The table counts epochs to loss ≤ 0.05: ELU usually needs 4–6, ReLU 6–9. The check panel shows each run’s measured cost per 1000 steps and the time of optimiser work it took to reach the target on this machine.',
  'lesson.elu-cost.why':
    'Convergence speed is how many updates it takes to reach a good loss; training speed is the total time, updates × cost of one. ELU’s negative side is smooth and pulls the mean activation towards 0 (previous lesson), which here takes fewer epochs. Its exponential costs more than ReLU’s max(0, x) — but ActLab computes it with a vectorised approximation, and in a network this small the matrix products, the loss and the bookkeeping of a step weigh as much, so the difference in cost per step is small and varies from run to run. Which one finishes first in time depends on both numbers, and on the network: on the spiral with two layers, ELU took more epochs than ReLU.',
  'lesson.elu-cost.quote':
    'Even at an input of 0 the output does not change abruptly, so gradient descent converges comparatively faster. But the computation is more complex, so training itself gets slower. Tip: convergence speed means how many updates it takes to find the optimum; training speed means the total time until training is done.',
  'lesson.elu-cost.source': 'Daehee Yun, “Activation Function”, on ELU (Korean; translated)',
  'lesson.elu-cost.check':
    'ELU reached training loss 0.05 in at most 85 % of the epochs ReLU needed; each run’s cost per step and time to the target are measured and shown (timings depend on the machine, so they are not part of the check).',

  // ---- 19 ----
  'lesson.maxout.title': 'Maxout: k pieces buy capacity, and cost weights',
  'lesson.maxout.objective':
    'to measure what a maxout unit’s k linear pieces buy (a better fit) and what they cost (k times the weights, more time per step).',
  'lesson.maxout.summary':
    'A maxout unit outputs the largest of k linear functions of its inputs: it learns its own piecewise-linear activation. With the same number of units it fits more — at k times the weights.',
  'lesson.maxout.look':
    'Three networks of two hidden layers of only 6 units on the spiral: ReLU, maxout with 2 pieces, maxout with 4. Watch the training losses and the check panel, which lists each run’s best training loss, its number of parameters and its measured cost per 1000 steps.',
  'lesson.maxout.why':
    'max(w₁·x + b₁, w₂·x + b₂) needs two rows of weights per unit; with k pieces, k rows. Each unit can bend its output k − 1 times wherever it needs, where a ReLU unit bends once at 0 — so six maxout units with 4 pieces can carve the spiral that six ReLU units cannot. ReLU itself is maxout with k = 2 and one piece fixed at 0. The price: the hidden layers have k times the weights (see the parameter counts) and every step computes all of them. With 2 pieces the gain is not reliable here; with 4 it is.',
  'lesson.maxout.quote':
    'It takes the larger of the values of two connected neurons to obtain non-linearity. The drawback is that applying the activation function needs a lot of computation.',
  'lesson.maxout.source':
    '“Deep-learning training techniques [1]: activation functions”, after CS231n (Korean; translated)',
  'lesson.maxout.check':
    'After 60 epochs the best training loss of maxout with 4 pieces is at most half of ReLU’s; each run’s parameters and cost per step are shown.',

  // ---- 20 ----
  'lesson.output-heads.title': 'Softmax, log-softmax, softmin: what each outputs',
  'lesson.output-heads.objective':
    'to see what softmax, log-softmax and softmin output at every point, and why softmax is the one to read at the output.',
  'lesson.output-heads.summary':
    'Three heads on the same three-arm spiral, trained the same way: softmax and softmin give probabilities, log-softmax gives their logarithms. Softmax is the natural one to read: the largest score gets the largest probability.',
  'lesson.output-heads.look':
    'The same network and weights, three output heads. All three learn the spiral (test accuracy above 90 %). The check panel measures the outputs at every point of the map: softmax’s and softmin’s are between 0 and 1 and sum to 1; log-softmax’s are all at most 0, do not sum to 1, and their exponentials do.',
  'lesson.output-heads.why':
    'Softmax: pₖ = exp(zₖ) / Σ exp(zᵢ) — positive, summing to 1, the largest score zₖ getting the largest probability. Log-softmax is log pₖ = zₖ − log Σ exp(zᵢ): the same information on a log scale, which is what the cross-entropy loss −log p_true needs, computed without overflow; that is why libraries pair it with the loss, and why its outputs are not probabilities to read. Softmin is softmax(−z): the smallest score gets the largest probability. At the output it learns just as well — the network simply learns the negated scores — but reading it is backwards from every other classifier. Softmax acts on the K outputs together (each depends on all the others), which is why it makes a distribution over classes at the output layer and is not used as a hidden activation.',
  'lesson.output-heads.quote':
    'Because it computes the probability of belonging to a class, it is used in the output layer, not in hidden layers. There are also the softmin function, the log-softmax function and others.',
  'lesson.output-heads.source': 'Daehee Yun, “Activation Function” (Korean; translated)',
  'lesson.output-heads.check':
    'All three reach 90 % test accuracy; at every grid point softmax’s and softmin’s outputs are non-negative and sum to 1 (within 10⁻⁴), log-softmax’s are at most 0 and their exponentials sum to 1 (within 10⁻⁴).',

  // ---- 21 ----
  'lesson.sine-periodic.title': 'Sine units fit a periodic pattern',
  'lesson.sine-periodic.objective':
    'to measure how well three sine, ReLU and tanh units fit two periods of a sine wave, and what each does beyond the data.',
  'lesson.sine-periodic.summary':
    'A periodic target — two periods of sin(x) — and networks of only three hidden units. Sine units, periodic themselves, fit it almost exactly and continue the wave beyond the data; three ReLU or tanh units fit it worse and do not continue it.',
  'lesson.sine-periodic.look':
    'One input x, one output, three hidden units; only the activation differs. Watch the fitted curves and the test losses (held-out points of the same range): sine drops to almost 0 within a few epochs, tanh levels off around 0.04–0.07 and ReLU around 0.1–0.4. Then the error beyond the data (x from −6 − 2π to −6 and from 6 to 6 + 2π, one period on each side where no point was trained on, against sin(x)): sine’s falls to a few hundredths or less, ReLU’s and tanh’s stay above 1.',
  'lesson.sine-periodic.why':
    'One sine unit computes sin(w·x + b): with w = 1 and b = 0 it is the target itself, so gradient descent only has to find one frequency. A ReLU unit adds one bend and a tanh unit one step, so three of them can follow at most a few of the wave’s four half-periods. Beyond the data the difference grows, and the lesson measures it on a period each side of the range: a sine network that found w = 1 keeps oscillating in step with sin(x), ReLU continues in straight lines and tanh goes flat — a constant is off sin(x) by at least ½ on average (mean of sin² over a period), a straight line by more and more. Periodic units are not free: sine networks can settle on a wrong frequency (try the dice), which is why their initialisation is chosen with care (SIREN, Sitzmann et al. 2020).',
  'lesson.sine-periodic.quote':
    'An example is the sine activation function. Because it shares the sine function’s periodic oscillation, it can be useful for learning complex periodic patterns.',
  'lesson.sine-periodic.source':
    '인벤터실록, “The heart of AI: activation functions” (brunch, 2024; Korean, translated)',
  'lesson.sine-periodic.check':
    'After 20 epochs the sine network’s test loss (held-out points inside the training range) is at most 0.01 and at most a tenth of the ReLU and tanh networks’, and beyond the range (one period each side) its mean squared error against sin(x) is at most 0.1 and at most a tenth of theirs.',

  // ---- 22 ----
  'lesson.mix.title': 'Mixing activations: does a blend keep the best of both?',
  'lesson.mix.objective':
    'to measure what mixing ReLU with sigmoid — in one unit, or layer by layer — does to the gradient of a deep network, and why a mix inherits its parts’ derivatives.',
  'lesson.mix.summary':
    'Could two activations be fused into one with the strengths of both? A deep network tries two mixes of ReLU and sigmoid: ½ ReLU + ½ sigmoid in every unit, and sigmoid and ReLU in alternate layers. Sigmoid’s weakness survives both.',
  'lesson.mix.look':
    'Eight hidden layers of 8 units and the same Xavier weights, as in lesson 3; only the activation differs. Run 3’s units compute 0.5·max(x, 0) + 0.5·σ(x), a formula you could type yourself; run 4’s layers alternate sigmoid and ReLU. In the gradient chart (log scale) and the check panel, compare how much of the output layer’s gradient each first layer gets: ReLU about 1 (0.4–2.3 over initial weights 1–10), sigmoid alone about 10⁻⁵, and the two mixes in between — 0.0007–0.07, less than a tenth of ReLU’s share on every seed and usually about a hundredth, yet a hundred to a few thousand times sigmoid’s. Keep training to epoch 20: ReLU reaches a low loss (0.003–0.03), neither mix moves from 0.5. The cost of a step is shown for every run.',
  'lesson.mix.why':
    'Backpropagation multiplies the gradient by f′(z) at every layer, and the derivative of a blend is the blend of the derivatives: f′ = ½·[x > 0] + ½·σ′(x), at most ½ + ⅛ = ⅝ for a positive input and at most ⅛ for a negative one. No input gets ReLU’s slope of 1 any more, so the gradient shrinks at every layer: measured ×0.49–0.72 per layer, against ×0.9–1.1 for ReLU and ×0.22–0.29 for sigmoid. Alternating layers multiply ReLU’s factor and sigmoid’s ¼ in turn: ×0.41–0.66 per layer on average. A mix dilutes the weakness; it does not remove it. What removes it is a part without it: try tanh (slope 1 at 0) in place of sigmoid in both mixes — they then keep the gradient like ReLU (×0.9–1.25 per layer) and learn. The cost: ActLab runs a typed formula as a small program, one instruction at a time, so the blend’s steps cost several times ReLU’s; the alternating network, built-in kernels only, costs about what ReLU does. The source’s reasons — complexity, stability, efficiency — show up here as a weaker gradient and, for the formula, a dearer step.',
  'lesson.mix.quote':
    'So ReLU and other activation functions were proposed, but each kind has its strengths and weaknesses. … This is said to be impossible because of the added model complexity, and problems of stability and efficiency. Then the question arose: is activation-function research simply fusing several activation functions into one?',
  'lesson.mix.source':
    '인벤터실록, “The heart of AI: activation functions” (brunch, 2024; Korean, translated)',
  'lesson.mix.check':
    'After 3 epochs (median per layer): ReLU’s first layer gets between 1/10 and 10× the output layer’s gradient; the blend’s and the alternating network’s first layers each get at most 1/5 of ReLU’s share and at least 10× sigmoid’s. Training losses and cost per step are shown, not required.',
  // ---- measured facts (check panel) ----
  'fact.slopeEffect': 'slope alone (σ(x) − ½ → tanh, 4× steeper): {v}× fewer epochs',
  'fact.centreEffect': 'zero-centring alone (sigmoid → σ(x) − ½): {v}× fewer epochs',
  'fact.pathRatio': 'path length / displacement of the two weights: {v}',
  'variant.tanh-vs-sigmoid.centredIsTanh': 'tanh in place of σ(x) − ½: no slope difference left to measure',
  'fact.testAcc': 'test accuracy {v}',
  'fact.frozen': 'first-layer gradient {g}, its weights moved {d}',
  'fact.outputMoved': 'output weights moved {d}',
  'fact.firstMoved': 'first-layer weights moved {d}',
  'fact.gradRatio': 'first-layer / output-layer gradient: {v}',
  'fact.falloff': 'first-layer / output-layer gradient {v}; falls at every layer, ×{k} per layer',
  'fact.falloffNotEvery': 'first-layer / output-layer gradient {v} (×{k} per layer on average)',
  'fact.tanhGain': 'tanh’s first layer gets {v}× sigmoid’s share',
  'fact.loss': 'training loss {v}',
  'fact.cost': '{v} ms per 1000 steps',
  'fact.meanLossRatio': 'mean training loss over epochs 0–{e}: {v} × ReLU’s',
  'fact.probabilities': 'outputs sum to 1 within {e} on every grid point, smallest {min}',
  'fact.regions': '{n} of {k} classes own a region',
  'fact.signal': 'last / first hidden layer pre-activation spread at the start: {v}',
  'fact.sameWay': '{same} of {n} updates moved both weights the same way ({v})',
  'fact.reached': 'training loss ≤ {target} at epoch {e}',
  'fact.notReached': 'training loss not yet ≤ {target} (epoch {e})',
  'fact.dead': 'dead units: {v}',
  'fact.slopeBought': 'learnt slope: training loss {v}× the fixed slope’s',
  'fact.slopes': 'slopes started at {start}, now between {min} and {max}',
  'fact.xorPoints': '{k} of 4 XOR points right',
  'fact.symmetric': 'largest difference between two units of a layer: {v}; hidden weights moved up to {d}',
  'fact.saturated': 'saturated units while training (median over epochs ≥ 1): {v}',
  'fact.gap': 'training {train} · test {test} · gap {gap}',
  'fact.gradcheck': 'largest relative error {v} over {n} checks',

  'fact.firstMovedDead': 'first-layer weights moved {d}; dead units {v}',
  'fact.speedup': 'ReLU needed {v}× fewer epochs',
  'fact.growth': 'first-layer / output-layer gradient {v}; ×{k} per layer, grew at {n} of {m} layers',

  'fact.actMeans': 'mean output per hidden layer: {v}',
  'fact.meanRatio': '|ELU mean| / |ReLU mean| per layer: {v}',

  'fact.timeTo': '{v} ms of optimiser work to reach the target',
  'fact.bestLoss': 'best training loss {v}',
  'fact.params': '{n} parameters',

  'fact.logProbabilities':
    'exp of the outputs sums to 1 within {e} on every grid point; largest output {max}',

  'fact.testLoss': 'test loss {v}',
  'fact.beyond': 'error beyond the data {v}',

  'fact.mixShare': 'first-layer share: {r}× ReLU’s, {s}× sigmoid’s',
  'fact.actCost':
    'activation, forward + backward: {ns} ns per element in the engine’s kernels; about {ms} of the step’s ms per 1000 steps ({p})',
  'fact.sigmoidCost': 'sigmoid against ReLU: {e}× per element, {s}× per step',
  // ---- counterfactuals: what each changes (the check must stay unticked) ----
  'variant.nonlinearity.bothTanh': 'Both networks tanh: neither stays below 80 %',
  'variant.step.thresholdAsStep': 'The step instead of the threshold function: its first layer freezes too',
  'variant.step.bothSigmoid': 'Sigmoid instead of the step: the first layer gets a gradient',
  'variant.vanishing.shallow': 'One hidden layer: nothing to multiply, nothing vanishes',
  'variant.vanishing.noSigmoid': 'ReLU instead of sigmoid in the first run',
  'variant.zigzag.bothTanh': 'tanh in both runs: zero-centred inputs move the weights both ways',
  'variant.zigzag.centredIsSigmoid':
    'Sigmoid in place of σ(x) − ½: no zero-centred unit of sigmoid’s slope left',
  'variant.zigzag.batch10': 'Batches of 10: the per-example signs mix and the same-way rule breaks',
  'variant.tanh-vs-sigmoid.bothTanh': 'tanh twice: neither is twice as fast',
  'variant.dying-relu.smallRate': 'Learning rate 0.003: ReLU units survive',
  'variant.dying-relu.leakySlope0': 'LeakyReLU with slope 0 (that is ReLU): its units die too',
  'variant.dying-relu.eluAlpha0':
    'ELU with α = 0 (that is ReLU): its derivative is exactly 0 below 0, and its units die too',
  'variant.prelu.notLearnt': 'Slopes not learnt: they stay where they started',
  'variant.smooth.allRelu': 'ReLU four times: none is clearly faster',
  'variant.oscillating.tanhNotSine': 'tanh instead of the sine: three points of four at most',
  'variant.softmax.twoUnits': 'Two hidden units: too few to carve five arms',
  'variant.softmax.logSoftmax': 'Log-softmax head: log-probabilities, which do not sum to 1',
  'variant.init.zerosTanh': 'Zeros with tanh (f(0) = 0): no gradient at all, nothing moves',
  'variant.init.random': 'Random weights instead of zeros: the symmetry breaks',
  'variant.init.small': 'Scale 0.5 instead of 5: tanh does not saturate',
  'variant.init.bothHe': 'He in both deep ReLU runs: no difference left to see',
  'variant.optimizers.allAdam': 'Adam at the same rate in all three runs: none is ahead',
  'variant.overfitting.allDropout': 'Dropout in the first run too: no test-loss blow-up',
  'variant.gradcheck.wrongDerivative': 'A deliberately wrong derivative (2·f′ in the first layer) in run 2',

  'variant.relu-speed.sigmoidNotRelu': 'Sigmoid instead of ReLU: no head start',
  'variant.relu-speed.reluNotSigmoid': 'ReLU instead of sigmoid: nothing to be faster than',
  'variant.exploding.smallWeights': 'Weights from ±0.5 instead of ±3: nothing grows',
  'variant.exploding.bothLarge': 'Weights from ±3 in both runs: no stable run to compare with',
  'variant.elu-mean.alpha0': 'ELU with α = 0 (that is ReLU): nothing pulls the mean down',
  'variant.elu-mean.bothElu': 'ELU in both runs: neither is nearer 0',
  'variant.elu-cost.bothRelu': 'ReLU in both runs: neither converges sooner',
  'variant.elu-cost.alpha0': 'ELU with α = 0 (that is ReLU): no lead',
  'variant.maxout.reluNotMaxout': 'ReLU instead of 4-piece maxout: no capacity gained',
  'variant.output-heads.softmaxNotLog': 'Softmax instead of log-softmax in run 2: no log-probabilities',
  'variant.output-heads.allLogSoftmax': 'Log-softmax in every run: no probabilities',
  'variant.sine-periodic.tanhNotSine': 'tanh instead of the sine: no unit is periodic',
  'variant.sine-periodic.periodicInput':
    'ReLU and tanh get sin(x) as their input instead of x: they continue the wave too',
  'variant.mix.reluNotMix': 'ReLU in place of both mixes: nothing shrinks',
  'variant.mix.tanhNotSigmoid':
    'tanh in place of sigmoid in both mixes: slope 1 at 0, and the mixes keep the gradient',
  // ---- run labels ----
  'run.n': 'run {n}',
  'run.lr': 'lr {v}',
  'run.dropoutP': 'dropout {v}',
  'run.noReg': 'no regularisation',
  'run.classes': '{n} classes',
  'run.learnt': 'learnt slopes',
  'run.fixed': 'fixed slopes',
  'run.batch': 'batch {n}',
  'run.zeros': 'all zeros',
  'run.large': 'too large (±5)',
  'run.xavier': 'Xavier',
  'run.he': 'He',
  'run.plain': 'no regularisation',
  'run.dropout': 'dropout 0.5',
  'run.l2': 'L2 0.01',
  'run.relu': 'ReLU, one bend',
  'run.maxout2': 'maxout, k = 2',
  'run.maxout4': 'maxout, k = 4',
  'run.tooLarge': 'too large (±3)',

  'run.mixRelu': 'ReLU only',
  'run.mixSigmoid': 'sigmoid only',
  'run.blend': '½ ReLU + ½ sigmoid',
  'run.alternating': 'sigmoid and ReLU, alternating layers',
  // ---- the comparison ----
  'cmp.title': 'Compare activations side by side',
  'cmp.intro':
    'Two to four networks train in lock-step on the same data and — where their shapes agree — from the same initial weights. They differ only in what you change on each card. The whole comparison is in the link: share it.',
  'cmp.shape': 'Hidden layers',
  'cmp.target': 'Target loss',
  'cmp.addRun': 'Add a run',
  'cmp.removeRun': 'Remove this run',
  'cmp.newSeed': 'New initial weights for every run',
  'cmp.activation': 'Activation',
  'cmp.l2': 'L2 rate',
  'cmp.openPlayground': 'Open this run alone in the playground',
  'cmp.train': 'training',
  'cmp.test': 'test',
  'cmp.acc': 'accuracy',
  'cmp.dead': 'dead',
  'cmp.boundaryOf': 'Decision boundary of {run}',
  'cmp.diverged': 'Diverged: the loss or a weight became infinite. Lower the learning rate.',
  'cmp.reachedAt': '✓ training loss ≤ {target} at epoch {e}',
  'cmp.lossChart': 'Loss',
  'cmp.lossDesc': 'Test loss (solid) and training loss (dashed) of every run over epochs.',
  'cmp.gradChart': 'Gradient magnitude per layer',
  'cmp.gradDesc':
    '‖∂L/∂W‖ of every weight layer of every run, log scale. Colour: the run. Thick: first layer; thinner and paler: deeper; dashed: output layer. A fan spreading downwards = vanishing gradients; a gradient of exactly 0 cannot be drawn on a log scale, so its line stops.',
  'cmp.styleKey': 'Loss: solid test, dashed training · Gradients: thick first layer, dashed output layer',
  'cmp.summary': 'Summary',
  'cmp.summaryNote':
    'Epochs counted at drawn frames; dead: hidden units whose output is 0 on every training point; cost: measured milliseconds of optimiser work per 1000 steps on this machine.',
  'cmp.colRun': 'Run',
  'cmp.colTarget': 'Epochs to loss ≤ {target}',
  'cmp.colTrain': 'Training loss',
  'cmp.colTest': 'Test loss',
  'cmp.colAcc': 'Test accuracy',
  'cmp.colDead': 'Dead units',
  'cmp.colCost': 'ms / 1000 steps',
  'cmp.notYet': 'not yet',
  'cmp.slopesChart': 'Learnt slopes',
  'cmp.slopesDesc':
    'PReLU’s negative slope a per hidden layer: the mean over the units (thick) and the smallest and largest unit’s (dotted).',
  'cmp.slopeAxis': 'slope a',
  'cmp.slopeMean': 'layer {n}: mean slope',
  'cmp.beyondTitle': 'Beyond the data',
  'cmp.beyondDesc':
    'Each network’s output from −6 − 2π to 6 + 2π, over sin(x) (dashed). The networks were trained only on the shaded range; outside it, see which one continues the wave.',
  'cmp.beyondData': 'training range',
  'cmp.beyondOutside': 'no data',
  'cmp.pathTitle': 'The path of two weights',
  'cmp.pathDesc':
    'Two weights of the output unit (from hidden units 1 and 2), one point per training example. Hollow dot: start; filled dot: now.',
  'cmp.pathX': 'w₁ (from hidden unit 1)',
  'cmp.pathY': 'w₂ (from hidden unit 2)',
  'cmp.dirLegend':
    'Each update of the pair: moved both weights the same way (quadrants 1 and 3, dark) or in opposite ways (quadrants 2 and 4, light).',
  'cmp.directions': '{same} same way · {opposite} opposite',
  'cmp.gcTitle': 'Gradient checks',
  'cmp.gcDesc':
    'Backprop against central differences of a double-precision network, every parameter, at every new epoch. Newest first. The line marks the 10⁻³ tolerance.',
  'cmp.gcEpoch': 'Epoch',
  'cmp.gcError': 'Largest relative error',
  'cmp.gcTol': 'vs 10⁻³',
  'cmp.gcSkipped': 'Skipped (kinks)',

  // ---- the explorer ----
  'exp.title': 'Activation explorer',
  'exp.intro':
    'Every activation function ActLab’s engine knows: its curve and derivative, its formula and properties. Move a parameter and the engine recomputes the curve; tick others to overlay them; then train with it.',
  'exp.functions': 'Functions',
  'exp.sideHint': 'Click a name to look at it; tick the box to overlay it (up to three).',
  'exp.all': 'All',
  'exp.overlay': 'Overlay on the plot',
  'exp.train': 'Train with this in the playground',
  'exp.compare': 'Compare in training',
  'exp.legend': 'Solid: f(x). Dashed: f′(x). Computed by the engine at the parameters shown.',
  'exp.legendVector':
    'Solid: the first output p₁. Dashed: its derivative dp₁/dx. Worked out from the formula, for illustration.',
  'exp.zeroMean': '{yes} (mean output for standard-normal input: {m}; zero-centred = within ±0.05 of 0)',
  'exp.yes': 'yes',
  'exp.no': 'no',
  'exp.range': 'Range',
  'exp.learnable': 'Learnable parameters',
  'exp.params': 'Parameters (default, range)',
  'exp.none': 'none',
  'exp.elementwise': 'Element-wise',
  'exp.learnt': 'learnable',
  'exp.vectorNote':
    'This function acts on the whole vector of outputs, not on each number alone. Shown: the first output for the logits (x, 0, 0) — for illustration; it is used as the output head.',
  'exp.maxoutNote':
    'Maxout takes the largest of k linear pieces per unit: its shape is learnt, so there is no fixed curve to draw.',
} as const;

export type LessonKey = keyof typeof lessonsEn;
