// Property-based tests (fast-check) of the embed API's message parser (web/src/state/embed-message.ts):
// whatever a course page (or any other window) posts, parsing never throws and gives either null
// (ignored) or one valid command. Near-valid messages are compared with a model written here from the
// message shapes of issue 10, not read from the parser; valid messages must come through (the
// counterfactual: a parser that ignores everything would pass the first property alone).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_HASH, parseEmbedMessage, type EmbedCommand } from '../../web/src/state/embed-message';

const PLAIN = ['play', 'pause', 'step', 'reset', 'get'];
const RUNS = { numRuns: 400 };

function isValid(c: EmbedCommand | null): boolean {
  if (c === null) return true;
  if (c.cmd === 'load')
    return Object.keys(c).length === 2 && typeof c.hash === 'string' && c.hash.length <= MAX_HASH;
  return Object.keys(c).length === 1 && PLAIN.includes(c.cmd);
}

/** The rules, written independently: {actlab: 1, cmd} or {actlab: 1, cmd: 'load', hash}. */
function model(m: Record<string, unknown>): EmbedCommand | null {
  if (m['actlab'] !== 1) return null;
  const cmd = m['cmd'];
  if (cmd === 'load') {
    const hash = m['hash'];
    if (typeof hash !== 'string' || hash.length > MAX_HASH) return null;
    return { cmd: 'load', hash: hash.startsWith('#') ? hash.slice(1) : hash };
  }
  return typeof cmd === 'string' && PLAIN.includes(cmd) ? ({ cmd } as EmbedCommand) : null;
}

/** What postMessage delivers: a structured clone (functions, symbols and the like cannot be posted). */
function posted(v: unknown): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: structuredClone(v) };
  } catch {
    return { ok: false };
  }
}

const hashArb = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('#dataset=xor', 'activation=<img src=x onerror=alert(1)>&embed=1', ''),
  fc.integer({ min: MAX_HASH - 2, max: MAX_HASH + 2 }).map((n) => 'a'.repeat(n)),
);
const cmdArb = fc.oneof(
  fc.constantFrom(...PLAIN, 'load', 'LOAD', 'play ', 'explode', '__proto__', 'toString', 'constructor'),
  fc.string({ maxLength: 12 }),
  fc.anything(),
);
const actlabArb = fc.oneof(fc.constant(1), fc.constantFrom(0, 2, '1', true, 1.5, -1, null), fc.anything());
const nearValid = fc.record(
  { actlab: actlabArb, cmd: cmdArb, hash: fc.oneof(hashArb, fc.anything()), extra: fc.anything() },
  { requiredKeys: [] },
);

describe('the embed API message parser', () => {
  it('any value: never throws, gives null or a valid command', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withNullPrototype: true,
          withObjectString: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withSparseArray: true,
          withBigInt: true,
          withDate: true,
        }),
        (v) => {
          expect(isValid(parseEmbedMessage(v))).toBe(true);
          const p = posted(v);
          if (p.ok) expect(isValid(parseEmbedMessage(p.value))).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('near-valid messages (as posted) parse exactly as the issue says', () => {
    fc.assert(
      fc.property(nearValid, (m) => {
        const p = posted(m);
        if (!p.ok) return;
        const got = parseEmbedMessage(p.value);
        expect(got).toEqual(model(p.value as Record<string, unknown>));
      }),
      RUNS,
    );
  });

  it('every valid command comes through (with any extra keys); the hash loses only a leading #', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom(...PLAIN).map((cmd) => ({ actlab: 1, cmd })),
          fc.string({ maxLength: MAX_HASH }).map((hash) => ({ actlab: 1, cmd: 'load', hash })),
        ),
        fc.dictionary(fc.string({ maxLength: 8 }), fc.anything(), { maxKeys: 3 }),
        (cmd, extra) => {
          const msg = structuredClone({ ...extra, ...cmd });
          const got = parseEmbedMessage(msg);
          expect(got).not.toBeNull();
          expect(got?.cmd).toBe(cmd.cmd);
          if ('hash' in cmd) expect(got).toEqual({ cmd: 'load', hash: cmd.hash.replace(/^#/, '') });
        },
      ),
      RUNS,
    );
  });

  it('ignores what is not a command: no actlab 1, unknown commands, bad or oversized hashes, inherited keys', () => {
    const bad: unknown[] = [
      undefined,
      null,
      'play',
      1,
      ['play'],
      { cmd: 'play' },
      { actlab: '1', cmd: 'play' },
      { actlab: 2, cmd: 'play' },
      { actlab: true, cmd: 'play' },
      { actlab: 1, cmd: 'explode' },
      { actlab: 1, cmd: 'Play' },
      { actlab: 1, cmd: 'load' },
      { actlab: 1, cmd: 'load', hash: 42 },
      { actlab: 1, cmd: 'load', hash: 'a'.repeat(MAX_HASH + 1) },
      Object.create({ actlab: 1, cmd: 'play' }),
      Object.assign(Object.create(null), { actlab: 1 }),
    ];
    for (const b of bad) expect(parseEmbedMessage(b), JSON.stringify(b) ?? String(b)).toBeNull();
    expect(parseEmbedMessage({ actlab: 1, cmd: 'load', hash: 'a'.repeat(MAX_HASH) })).not.toBeNull();
    expect(parseEmbedMessage(Object.assign(Object.create(null), { actlab: 1, cmd: 'get' }))).toEqual({
      cmd: 'get',
    });
  });
});
