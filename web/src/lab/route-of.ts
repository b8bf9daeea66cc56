// route-of.ts — which page a link asks for. Kept apart from routes.ts (which builds the lab pages)
// so the playground's entry can decide without loading them: main.ts imports the lab lazily.
import type { Pairs } from './platform/runs';

export type Route =
  | { kind: 'lessons' }
  | { kind: 'lesson'; id: string }
  | { kind: 'choose' }
  | { kind: 'compare' }
  | { kind: 'explorer' };

/** The lab route of a link, or null for the playground. */
export function routeOf(pairs: Pairs): Route | null {
  const keys = new Map(pairs);
  const lesson = keys.get('lesson');
  if (lesson !== undefined) return { kind: 'lesson', id: lesson };
  if (keys.has('lessons')) return { kind: 'lessons' };
  if (keys.has('choose')) return { kind: 'choose' };
  if (keys.has('compare')) return { kind: 'compare' };
  if (keys.has('explorer')) return { kind: 'explorer' };
  return null;
}
