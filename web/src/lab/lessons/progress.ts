// progress.ts — which lessons a student has seen happen, and what was measured when it happened,
// remembered in this browser only (localStorage; silently nothing when storage is blocked). The recap
// page (#choose) is built from these results. Only a lesson's own runs are recorded (the panel does not
// record a counterfactual or an edited lesson).
import { lessonsEn } from '../../i18n/lessons.en';
import type { Fact } from './checks';

const KEY = 'actlab.lessons.done';
const RESULTS = 'actlab.lessons.results';

/** What a lesson's check measured in the frame it was first observed. */
export interface LessonResult {
  epoch: number;
  facts: Fact[];
  /** The runs' labels as shown then (the facts' `run` indexes them). */
  labels: string[];
}

function read(key: string): unknown {
  try {
    const raw = localStorage.getItem(key);
    return raw === null ? null : (JSON.parse(raw) as unknown);
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // storage unavailable: progress is simply not remembered
  }
}

export function doneLessons(): Set<string> {
  const list = read(KEY);
  return new Set(Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : []);
}

export function markDone(id: string): void {
  const done = doneLessons();
  done.add(id);
  write(KEY, [...done]);
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/** A stored result, or undefined when it is missing or not of the expected shape (old or edited). */
function asResult(x: unknown): LessonResult | undefined {
  if (!isRecord(x) || typeof x['epoch'] !== 'number' || !Array.isArray(x['facts'])) return undefined;
  const labels = Array.isArray(x['labels']) ? x['labels'].filter((l) => typeof l === 'string') : [];
  const facts = x['facts'].filter(
    (f): f is Fact =>
      isRecord(f) &&
      typeof f['key'] === 'string' &&
      f['key'] in lessonsEn &&
      typeof f['ok'] === 'boolean' &&
      (f['values'] === undefined || isRecord(f['values'])) &&
      (f['run'] === undefined || typeof f['run'] === 'number'),
  );
  return { epoch: x['epoch'], facts, labels };
}

/** Every lesson's latest recorded result, by lesson id. */
export function lessonResults(): Map<string, LessonResult> {
  const all = read(RESULTS);
  const out = new Map<string, LessonResult>();
  if (isRecord(all))
    for (const [id, r] of Object.entries(all)) {
      const result = asResult(r);
      if (result) out.set(id, result);
    }
  return out;
}

export function recordResult(id: string, result: LessonResult): void {
  const all = Object.fromEntries(lessonResults());
  all[id] = result;
  write(RESULTS, all);
}
