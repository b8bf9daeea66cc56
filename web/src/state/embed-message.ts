// embed-message.ts — what a course page may say to an embedded ActLab (ui/embed-api.ts does the
// rest): any postMessage value in, a command or null out. `{actlab: 1, cmd: 'play' | 'pause' | 'step'
// | 'reset' | 'get'}` and `{actlab: 1, cmd: 'load', hash: '<the URL hash without #>'}`; everything
// else (no `actlab: 1`, an unknown command, a hash that is not a string or is longer than MAX_HASH)
// is null. Never throws; nothing here touches the DOM (tests/web fuzz it).

export type EmbedCommand =
  { cmd: 'play' | 'pause' | 'step' | 'reset' | 'get' } | { cmd: 'load'; hash: string };

/** Longest hash a load command may carry (a real link is far shorter). */
export const MAX_HASH = 8000;

const PLAIN = ['play', 'pause', 'step', 'reset', 'get'] as const;

export function parseEmbedMessage(data: unknown): EmbedCommand | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const actlab: unknown = Object.getOwnPropertyDescriptor(data, 'actlab')?.value;
  const cmd: unknown = Object.getOwnPropertyDescriptor(data, 'cmd')?.value;
  if (actlab !== 1 || typeof cmd !== 'string') return null;
  if (cmd === 'load') {
    const hash: unknown = Object.getOwnPropertyDescriptor(data, 'hash')?.value;
    if (typeof hash !== 'string' || hash.length > MAX_HASH) return null;
    return { cmd, hash: hash.replace(/^#/, '') };
  }
  const plain = PLAIN.find((c) => c === cmd);
  return plain === undefined ? null : { cmd: plain };
}
