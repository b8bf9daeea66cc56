// lessons.en.ts — English strings of the lab pages (lessons, comparison, explorer). Keys are the
// contract: lessons.ko.ts must define the same keys (the compiler checks). Placeholders are {name};
// values are inserted as text, never as HTML.
export const lessonsEn = {
  'fact.testAcc': 'test accuracy {v}',
  'fact.frozen': 'first-layer gradient {g}, its weights moved {d}',
  'fact.outputMoved': 'output weights moved {d}',
  'fact.firstMoved': 'first-layer weights moved {d}',
  'fact.gradRatio': 'first layer / last layer gradient: {v}',
  'fact.sameWay': '{same} of {n} updates moved both weights the same way ({v})',
  'fact.reached': 'training loss ≤ {target} at epoch {e}',
  'fact.notReached': 'training loss not yet ≤ {target} (epoch {e})',
  'fact.dead': 'dead units: {v}',
  'fact.slopes': 'slopes started at {start}, now between {min} and {max}',
  'fact.xorPoints': '{k} of 4 XOR points right',
  'fact.symmetric': 'largest difference between two units of a layer: {v}',
  'fact.saturated': 'saturated units (most): {v}',
  'fact.gap': 'train {train} · test {test} · gap {gap}',
  'fact.gradcheck': 'largest relative error {v} over {n} checks',
  'run.zeros': 'all zeros',
  'run.large': 'too large (±5)',
  'run.xavier': 'Xavier',
  'run.he': 'He',
  'run.plain': 'no regularisation',
  'run.dropout': 'dropout 0.5',
  'run.l2': 'L2 0.01',
} as const;

export type LessonKey = keyof typeof lessonsEn;
