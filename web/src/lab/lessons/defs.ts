// defs.ts — the lessons: each is a comparison link (compare/runs.ts: shared playground keys,
// rK.<key> per run), the check that says when its phenomenon happened, and a budget in epochs within
// which that happens. Configurations and budgets come from runs of the real engine over several seeds
// (tests/web/lessons.test.ts re-runs each one); the texts live in i18n/lessons.*.ts. Pure data.
import type { Extra } from '../compare/view';
import type { TraceSpec } from '../worker/protocol';
import type { Speed } from '../../state/speed';
import type { LessonKey } from '../../i18n/lessons.en';
import {
  checkDying,
  checkEluCost,
  checkEluMean,
  checkExploding,
  checkTanhSigmoid,
  checkGradients,
  checkInit,
  checkMaxout,
  checkMix,
  checkNonlinearity,
  checkOptimizers,
  checkOscillating,
  checkOutputHeads,
  checkOverfitting,
  checkPeriodic,
  checkReluSpeed,
  checkSlopes,
  checkSmooth,
  checkSoftmax,
  checkStep,
  checkVanishing,
  checkZigzag,
  type Check,
} from './checks';

export const LESSON_IDS = [
  'nonlinearity',
  'step',
  'vanishing',
  'zigzag',
  'tanh-vs-sigmoid',
  'dying-relu',
  'prelu',
  'smooth',
  'oscillating',
  'softmax',
  'init',
  'optimizers',
  'overfitting',
  'gradcheck',
  'relu-speed',
  'exploding',
  'elu-mean',
  'elu-cost',
  'maxout',
  'output-heads',
  'sine-periodic',
  'mix',
] as const;

export type LessonId = (typeof LESSON_IDS)[number];

/**
 * A named counterfactual: keys applied on top of the lesson's link (the same keys as #compare, rK.<key>
 * per run) that take the phenomenon away, so the check must stay unticked. The tests run every one;
 * a "Try this" button can load one (its label says what it changes).
 */
export interface Variant {
  id: string;
  link: string;
  label: LessonKey;
}

export interface Lesson {
  id: LessonId;
  /** The configuration: shared keys, then rK.<key> per run (1-based). New runs go after old ones. */
  link: string;
  runs: number;
  /** Run labels when the differing keys alone would not say it (e.g. "no regularisation"). */
  labels?: readonly LessonKey[];
  /** Epochs within which the check is reached (measured over several seeds). */
  budget: number;
  /** The pace the lesson starts with: one epoch per frame (TF Playground's), unless watching single
   * steps is the point (zig-zag) or a run is tiny (4 points: many epochs per frame). */
  speed: Speed;
  /** Loss the summary table counts epochs to (training loss). */
  target: number;
  trace: TraceSpec | null;
  gradcheck: boolean;
  extras: readonly Extra[];
  check: Check;
  /** At least one counterfactual that must not tick (tests/web/lessons.test.ts runs each). */
  variants: readonly Variant[];
  /**
   * The question asked before the first play (texts predict.<id>.q and predict.<id>.<k>): how many
   * choices, and the one this lesson's runs show.
   */
  predict: { choices: number; answer: number };
  /** "Common misconception" notes: where the sources say something this lesson shows is not so. */
  misconceptions: readonly LessonKey[];
}

const L = (
  l: Partial<Lesson> & Pick<Lesson, 'id' | 'link' | 'runs' | 'budget' | 'check' | 'variants' | 'predict'>,
): Lesson => ({
  speed: { per: 'epoch', n: 1 },
  target: 0.1,
  trace: null,
  gradcheck: false,
  extras: [],
  misconceptions: [],
  ...l,
});

/** A prediction with three choices; `answer` is the one the lesson's runs show. */
const p3 = (answer: number) => ({ choices: 3, answer });

const v = (lesson: LessonId, id: string, link: string): Variant => ({
  id,
  link,
  label: `variant.${lesson}.${id}` as LessonKey,
});

/** The blend of lesson `mix`, typed as a formula (cpp/core/formula.h has no relu: max(x, 0)). */
export const MIX_BLEND = '0.5*max(x,0)+0.5*sigmoid(x)';
/** Its counterfactual: tanh (slope 1 at 0) in place of sigmoid (slope 1/4). */
export const MIX_BLEND_TANH = '0.5*max(x,0)+0.5*tanh(x)';
const alternate = (a: string) => Array.from({ length: 8 }, (_, i) => (i % 2 === 0 ? a : 'relu')).join(',');

export const LESSONS: readonly Lesson[] = [
  L({
    id: 'nonlinearity',
    predict: p3(1),
    misconceptions: ['misconception.linearUpdates'],
    link: 'dataset=xor&networkShape=8,8,8&optimizer=adam&learningRate=0.01&r1.activation=linear&r2.activation=tanh',
    runs: 2,
    budget: 40,
    check: checkNonlinearity(20, 0.95, 0.8),
    variants: [v('nonlinearity', 'bothTanh', 'r1.activation=tanh')],
  }),
  L({
    id: 'step',
    predict: p3(1),
    link: 'dataset=xor&networkShape=8&learningRate=0.1&r1.activation=step&r2.activation=sigmoid&r3.activation=threshold',
    runs: 3,
    budget: 20,
    check: checkStep(10),
    variants: [
      v('step', 'bothSigmoid', 'r1.activation=sigmoid'),
      v('step', 'thresholdAsStep', 'r3.activation=step'),
    ],
  }),
  L({
    id: 'vanishing',
    predict: p3(1),
    misconceptions: ['misconception.sigmoidExploding'],
    link: 'dataset=circle&networkShape=8,8,8,8,8,8,8,8&init=xavier_uniform&r1.activation=sigmoid&r2.activation=relu&r3.activation=tanh',
    runs: 3,
    budget: 10,
    check: checkVanishing(3, 0.01, 10),
    variants: [
      v('vanishing', 'shallow', 'networkShape=8'),
      v('vanishing', 'noSigmoid', 'r1.activation=relu'),
    ],
  }),
  L({
    id: 'zigzag',
    predict: p3(0),
    // Run 3, σ(x) − ½: zero-centred with sigmoid's slope, so the centring is what frees the direction.
    link: 'dataset=xor&networkShape=4&batchSize=1&learningRate=0.03&r1.activation=sigmoid&r2.activation=tanh&r3.activation=centred_sigmoid',
    runs: 3,
    budget: 2,
    // Slow on purpose (issue 10): watching single steps is the point of this lesson.
    speed: { per: 'step', n: 2 },
    trace: { layer: -1, unit: 0, inputs: [0, 1] },
    extras: ['path'],
    check: checkZigzag(200, 0.05, 0.2),
    variants: [
      v('zigzag', 'bothTanh', 'r1.activation=tanh'),
      v('zigzag', 'batch10', 'batchSize=10'),
      v('zigzag', 'centredIsSigmoid', 'r3.activation=sigmoid'),
    ],
  }),
  L({
    id: 'tanh-vs-sigmoid',
    predict: p3(1),
    // Run 3, σ(x) − ½: zero-centred like tanh, sigmoid's slope — the two causes apart.
    link: 'dataset=circle&networkShape=8,8&learningRate=0.03&r1.activation=tanh&r2.activation=sigmoid&r3.activation=centred_sigmoid',
    runs: 3,
    budget: 60,
    check: checkTanhSigmoid(0.1, 2, 2),
    variants: [
      v('tanh-vs-sigmoid', 'bothTanh', 'r2.activation=tanh'),
      v('tanh-vs-sigmoid', 'centredIsTanh', 'r3.activation=tanh'),
    ],
  }),
  L({
    id: 'dying-relu',
    predict: p3(1),
    link: 'dataset=spiral&networkShape=8,8&output=sigmoid&init=he_normal&optimizer=adam&learningRate=0.1&initSeed=4&r1.activation=relu&r2.activation=leaky_relu&r3.activation=prelu&r4.activation=elu',
    runs: 4,
    budget: 300,
    check: checkDying(0.5),
    variants: [
      v('dying-relu', 'smallRate', 'learningRate=0.003'),
      v('dying-relu', 'leakySlope0', 'r2.actParams=0;0'),
      v('dying-relu', 'eluAlpha0', 'r4.actParams=0;0'),
    ],
  }),
  L({
    id: 'prelu',
    predict: p3(2),
    link: 'dataset=spiral&networkShape=8,8&optimizer=adam&learningRate=0.01&activation=prelu&r2.activation=leaky_relu&r2.actParams=0.25;0.25',
    runs: 2,
    labels: ['run.learnt', 'run.fixed'],
    budget: 40,
    extras: ['slopes'],
    check: checkSlopes(0.1, 30, 0.95),
    variants: [v('prelu', 'notLearnt', 'r1.learn=00')],
  }),
  L({
    id: 'smooth',
    predict: p3(0),
    link: 'dataset=spiral&networkShape=16,16&init=he_normal&optimizer=adam&learningRate=0.01&r1.activation=relu&r2.activation=silu&r3.activation=gelu&r4.activation=mish',
    runs: 4,
    budget: 60,
    check: checkSmooth(60, 0.1, 2, 0.8),
    variants: [v('smooth', 'allRelu', 'r2.activation=relu&r3.activation=relu&r4.activation=relu')],
  }),
  L({
    id: 'oscillating',
    predict: p3(1),
    link: 'dataset=xor4&networkShape=1&output=sigmoid&optimizer=adam&learningRate=0.05&batchSize=4&init=xavier_normal&r1.activation=sine&r2.activation=ncu&r3.activation=tanh',
    runs: 3,
    budget: 1500,
    speed: { per: 'epoch', n: 20 },
    check: checkOscillating(),
    variants: [v('oscillating', 'tanhNotSine', 'r1.activation=tanh')],
  }),
  L({
    id: 'softmax',
    predict: p3(0),
    link: 'dataset=spiral&points=1000&percTrainData=70&networkShape=16,16,16&activation=relu&init=he_normal&optimizer=adam&learningRate=0.01&output=softmax&r1.classes=3&r2.classes=5',
    runs: 2,
    budget: 80,
    check: checkSoftmax(0.9, 1e-4),
    variants: [v('softmax', 'twoUnits', 'networkShape=2'), v('softmax', 'logSoftmax', 'output=log_softmax')],
  }),
  L({
    id: 'init',
    predict: p3(1),
    misconceptions: ['misconception.normalisation'],
    link: 'dataset=circle&networkShape=8,8&activation=tanh&learningRate=0.03&r1.init=zeros&r1.activation=sigmoid&r2.init=uniform&r2.initScale=5&r3.init=xavier_normal&r4.init=he_normal&r3.networkShape=8,8,8,8,8,8,8,8&r4.networkShape=8,8,8,8,8,8,8,8&r3.activation=relu&r4.activation=relu',
    runs: 4,
    labels: ['run.zeros', 'run.large', 'run.xavier', 'run.he'],
    budget: 15,
    check: checkInit(10, 0.5, 0.25, 4),
    variants: [
      v('init', 'zerosTanh', 'r1.activation=tanh'),
      v('init', 'random', 'r1.init=xavier_normal'),
      v('init', 'small', 'r2.initScale=0.5'),
      v('init', 'bothHe', 'r3.init=he_normal'),
    ],
  }),
  L({
    id: 'optimizers',
    predict: p3(2),
    // Each optimiser at its own rate: the best of a sweep (tests/web/lessons.test.ts, OPTIMIZER_SWEEP).
    link: 'dataset=spiral&networkShape=16,16&activation=relu&init=he_normal&r1.optimizer=sgd&r1.learningRate=0.1&r2.optimizer=momentum&r2.learningRate=0.01&r3.optimizer=adam&r3.learningRate=0.01',
    runs: 3,
    budget: 100,
    check: checkOptimizers(0.1, 0.92),
    variants: [
      v(
        'optimizers',
        'allAdam',
        'r1.optimizer=adam&r1.learningRate=0.01&r2.optimizer=adam&r2.learningRate=0.01',
      ),
    ],
  }),
  L({
    id: 'overfitting',
    predict: p3(1),
    link: 'dataset=xor&points=60&noise=35&showTestData=true&networkShape=32,32&activation=relu&init=he_normal&output=sigmoid&optimizer=adam&learningRate=0.01&batchSize=5&r2.dropout=0.5&r3.regularization=L2&r3.regularizationRate=0.01',
    runs: 3,
    labels: ['run.plain', 'run.dropout', 'run.l2'],
    budget: 60,
    check: checkOverfitting(30, 0.1, 2, [0.6, 0.75]),
    variants: [v('overfitting', 'allDropout', 'r1.dropout=0.5')],
  }),
  L({
    id: 'gradcheck',
    predict: p3(0),
    link: 'dataset=spiral&networkShape=8,8&optimizer=adam&learningRate=0.01&r1.activation=tanh&r2.activation=relu',
    runs: 2,
    budget: 15,
    gradcheck: true,
    extras: ['gradcheck'],
    check: checkGradients(1e-3, 3, 5),
    variants: [v('gradcheck', 'wrongDerivative', 'r2.wrongDerivative=true')],
  }),
  L({
    id: 'relu-speed',
    predict: p3(1),
    link: 'dataset=circle&networkShape=8,8&learningRate=0.03&r1.activation=relu&r2.activation=sigmoid&r3.activation=tanh',
    runs: 3,
    budget: 60,
    // The sources' "ReLU is cheap, sigmoid's exp heavy": each run's activation timed in the kernels.
    extras: ['actCost'],
    check: checkReluSpeed(0.1, 4),
    variants: [
      v('relu-speed', 'sigmoidNotRelu', 'r1.activation=sigmoid'),
      v('relu-speed', 'reluNotSigmoid', 'r2.activation=relu'),
    ],
  }),
  L({
    id: 'exploding',
    predict: p3(2),
    link: 'dataset=circle&networkShape=16,16,16,16,16,16,16,16&activation=tanh&learningRate=0.01&r1.init=uniform&r1.initScale=3&r2.init=xavier_normal',
    runs: 2,
    labels: ['run.tooLarge', 'run.xavier'],
    budget: 5,
    check: checkExploding(3, 20, 0.75, 2),
    variants: [
      v('exploding', 'smallWeights', 'r1.initScale=0.5'),
      v('exploding', 'bothLarge', 'r2.init=uniform&r2.initScale=3'),
    ],
  }),
  L({
    id: 'elu-mean',
    predict: p3(1),
    link: 'dataset=circle&networkShape=16,16,16,16,16&init=xavier_normal&learningRate=0.03&r1.activation=relu&r2.activation=elu',
    runs: 2,
    budget: 5,
    check: checkEluMean(3, 0.75),
    variants: [
      v('elu-mean', 'alpha0', 'r2.actParams=0;0;0;0;0'),
      v('elu-mean', 'bothElu', 'r1.activation=elu'),
    ],
  }),
  L({
    id: 'elu-cost',
    predict: p3(1),
    link: 'dataset=circle&networkShape=16,16,16,16,16&init=xavier_normal&learningRate=0.03&r1.activation=relu&r2.activation=elu',
    runs: 2,
    budget: 12,
    target: 0.05,
    check: checkEluCost(0.05, 0.85),
    variants: [
      v('elu-cost', 'bothRelu', 'r2.activation=relu'),
      v('elu-cost', 'alpha0', 'r2.actParams=0;0;0;0;0'),
    ],
  }),
  L({
    id: 'maxout',
    predict: p3(1),
    link: 'dataset=spiral&networkShape=6,6&optimizer=adam&learningRate=0.01&r1.activation=relu&r2.activation=maxout&r3.activation=maxout&r3.maxoutK=4,4',
    runs: 3,
    labels: ['run.relu', 'run.maxout2', 'run.maxout4'],
    budget: 60,
    check: checkMaxout(60, 0.5),
    variants: [v('maxout', 'reluNotMaxout', 'r3.activation=relu')],
  }),
  L({
    id: 'output-heads',
    predict: p3(2),
    link: 'dataset=spiral&classes=3&points=1000&percTrainData=70&networkShape=16,16,16&activation=relu&init=he_normal&optimizer=adam&learningRate=0.01&r1.output=softmax&r2.output=log_softmax&r3.output=softmin',
    runs: 3,
    budget: 80,
    check: checkOutputHeads(0.9, 1e-4),
    variants: [
      v('output-heads', 'softmaxNotLog', 'r2.output=softmax'),
      v('output-heads', 'allLogSoftmax', 'output=log_softmax&r1.output=log_softmax&r3.output=log_softmax'),
    ],
  }),
  L({
    id: 'sine-periodic',
    predict: p3(1),
    link: 'dataset=sine1d&networkShape=3&optimizer=adam&learningRate=0.03&r1.activation=sine&r2.activation=relu&r3.activation=tanh',
    runs: 3,
    budget: 20,
    extras: ['beyond'],
    check: checkPeriodic(20, 0.01, 0.1, 0.1),
    variants: [
      v('sine-periodic', 'tanhNotSine', 'r1.activation=tanh'),
      v('sine-periodic', 'periodicInput', 'r2.x=false&r2.sinX=true&r3.x=false&r3.sinX=true'),
    ],
  }),
  L({
    id: 'mix',
    predict: p3(1),
    misconceptions: ['misconception.mixing'],
    link: `dataset=circle&networkShape=8,8,8,8,8,8,8,8&init=xavier_uniform&formula=${encodeURIComponent(MIX_BLEND)}&r1.activation=relu&r2.activation=sigmoid&r3.activation=formula&r4.activation=${alternate('sigmoid')}`,
    runs: 4,
    labels: ['run.mixRelu', 'run.mixSigmoid', 'run.blend', 'run.alternating'],
    budget: 10,
    check: checkMix(3, 0.2, 10),
    variants: [
      v('mix', 'reluNotMix', 'r3.activation=relu&r4.activation=relu'),
      v(
        'mix',
        'tanhNotSigmoid',
        `formula=${encodeURIComponent(MIX_BLEND_TANH)}&r4.activation=${alternate('tanh')}`,
      ),
    ],
  }),
];

export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id);
}
