// lessons-harness.ts — a lesson (or any comparison) run in Node exactly as the lab worker runs it in
// the browser: a LabSession on the real WASM module, driven frame by frame, its snapshots recorded
// into histories (compare/record.ts) and the lesson's check evaluated after every frame.
import { Engine } from '../../web/src/engine/engine';
import type { Catalogue } from '../../web/src/engine/types';
import { newHistory, recordFrame, type RunHistory } from '../../web/src/lab/platform/record';
import type { FromLab, LabSnapshot, ToLab } from '../../web/src/lab/worker/protocol';
import { decodeComparison, parsePairs } from '../../web/src/lab/platform/runs';
import { LabSession } from '../../web/src/lab/worker/session';
import { engineConfig } from '../../web/src/state/engine-config';
import type { CheckResult } from '../../web/src/lab/lessons/checks';
import type { Lesson } from '../../web/src/lab/lessons/defs';
import type { Speed } from '../../web/src/state/speed';
import { loadModule } from './node-module';
import { engineFormulaCheck } from './formula-check';
import type { FormulaCheck } from '../../web/src/state/types';

export interface Outcome {
  /** Epoch of the first frame whose check was done (null: never within the epochs run). */
  doneAt: number | null;
  /** Epochs run. */
  epochs: number;
  last: CheckResult;
  histories: RunHistory[];
}

let catalogue: Catalogue | null = null;
let formulaCheck: FormulaCheck | null = null;

export async function labCatalogue(): Promise<Catalogue> {
  catalogue ??= new Engine(await loadModule()).catalogue;
  return catalogue;
}

/** The core's verdict on a link's formulas, as the lab page asks its worker (ui/formula-checks.ts). */
export async function labFormulaCheck(): Promise<FormulaCheck> {
  formulaCheck ??= engineFormulaCheck(new Engine(await loadModule()));
  return formulaCheck;
}

/** A LabSession with a hand-cranked scheduler (the real clock: gradient checks are paced by it). */
export async function labHarness() {
  const mod = await loadModule();
  const posted: FromLab[] = [];
  const tasks: (() => void)[] = [];
  const session = new LabSession(() => new Engine(mod), {
    post: (m) => posted.push(m),
    schedule: (fn) => tasks.push(fn),
    now: () => performance.now(),
  });
  const send = (m: ToLab) => session.handle(m);
  const settle = () => {
    for (let i = 0; i < 100_000 && tasks.length > 0; i++) tasks.shift()?.();
  };
  const take = (): FromLab[] => posted.splice(0);
  return { send, settle, take };
}

/**
 * Runs `lesson` (with `extra` link keys, e.g. "initSeed=3" or "r1.activation=tanh") at `speed`
 * until its check is done or `maxEpochs` have passed; `untilDone` = false runs on.
 */
export async function runLesson(
  lesson: Lesson,
  opts: { extra?: string; maxEpochs?: number; speed?: Speed; untilDone?: boolean } = {},
): Promise<Outcome> {
  const cat = await labCatalogue();
  const cmp = decodeComparison(
    parsePairs(opts.extra ?? ''),
    cat,
    lesson.runs,
    parsePairs(lesson.link),
    await labFormulaCheck(),
  );
  if (cmp.warnings.length > 0) throw new Error(`lesson ${lesson.id}: ${JSON.stringify(cmp.warnings)}`);
  const h = await labHarness();
  h.send({ kind: 'speed', speed: opts.speed ?? lesson.speed });
  h.send({
    kind: 'configure',
    configId: 1,
    runs: cmp.runs.map((s) => engineConfig(s, cat)),
    trace: lesson.trace,
    gradcheck: lesson.gradcheck,
    gridSize: 16,
    actCost: lesson.extras.includes('actCost'),
  });
  h.settle();
  // The answer to configure, then the snapshot of the weights at step 0 (kept for the loop below).
  const early = h.take();
  const configured = early.find((m) => m.kind === 'configured');
  if (!configured || configured.kind !== 'configured' || configured.errors.some((e) => e !== ''))
    throw new Error(`configure failed: ${JSON.stringify(configured)}`);
  const histories = configured.layouts.map((l) => {
    if (l === null) throw new Error('no layout');
    return newHistory(l);
  });
  const maxEpochs = opts.maxEpochs ?? lesson.budget;
  let doneAt: number | null = null;
  let last: CheckResult = { done: false, facts: [] };
  let epochs = 0;
  h.send({ kind: 'run', running: true });
  let pending: FromLab[] = early;
  for (let frame = 0; frame < 1_000_000; frame++) {
    h.settle();
    const snaps = [...pending, ...h.take()].filter((m): m is LabSnapshot => m.kind === 'snapshot');
    pending = [];
    for (const s of snaps) {
      s.runs.forEach((r, i) => {
        const hist = histories[i];
        if (hist) recordFrame(hist, r);
      });
      last = lesson.check(histories);
      epochs = s.runs[0]?.metrics.epoch ?? epochs;
      if (last.done && doneAt === null) doneAt = epochs;
    }
    if ((doneAt !== null && opts.untilDone !== false) || epochs >= maxEpochs) break;
    h.send({ kind: 'frame' });
  }
  h.send({ kind: 'run', running: false });
  h.settle();
  return { doneAt, epochs, last, histories };
}
