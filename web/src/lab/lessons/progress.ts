// progress.ts — which lessons a student has seen happen, remembered in this browser only
// (localStorage; silently nothing when storage is blocked).
const KEY = 'actlab.lessons.done';

export function doneLessons(): Set<string> {
  try {
    const raw = localStorage.getItem(KEY);
    const list: unknown = raw === null ? [] : JSON.parse(raw);
    return new Set(Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : []);
  } catch {
    return new Set();
  }
}

export function markDone(id: string): void {
  try {
    const done = doneLessons();
    done.add(id);
    localStorage.setItem(KEY, JSON.stringify([...done]));
  } catch {
    // storage unavailable: progress is simply not remembered
  }
}
