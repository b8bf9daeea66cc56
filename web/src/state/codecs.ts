// codecs.ts — text <-> value for one URL value. parse() returns undefined for anything not allowed;
// `allowed` says what is, in language-neutral words for the notice.

export interface Codec<T> {
  parse(raw: string): T | undefined;
  format(v: T): string;
  allowed: string;
}

export interface NumberSpec {
  min: number;
  max: number;
  /** min itself is not allowed (learning rate > 0). */
  minOpen?: boolean;
  int?: boolean;
}

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

export function parseNumber(raw: string, spec: NumberSpec): number | undefined {
  const t = raw.trim();
  if (!NUMBER_TEXT.test(t)) return undefined;
  const v = Number(t);
  if (!Number.isFinite(v)) return undefined;
  if (spec.int === true && !Number.isInteger(v)) return undefined;
  // The core holds these numbers as float32: a value that rounds to an open bound is not above it
  // (learningRate=5e-324 would reach the core as 0).
  if (spec.minOpen === true ? Math.fround(v) <= spec.min : v < spec.min) return undefined;
  if (v > spec.max) return undefined;
  return v === 0 ? 0 : v; // "-0" is 0: it would encode as "0" and decode to a different state
}

export function describeRange(spec: NumberSpec): string {
  const lo = spec.minOpen === true ? `${spec.min} < value` : `${spec.min} ≤ value`;
  return `${lo} ≤ ${spec.max}${spec.int === true ? ', integer' : ''}`;
}

export function num(spec: NumberSpec): Codec<number> {
  return { parse: (raw) => parseNumber(raw, spec), format: (v) => String(v), allowed: describeRange(spec) };
}

/**
 * Comma-separated parameter values, each within its spec's range (`0.2,1`): the values given (fewer
 * than the specs is fine), or undefined when one is not a number in range or there are too many.
 */
export function parseParams(
  text: string,
  specs: readonly { lo: number; hi: number }[],
): number[] | undefined {
  const values = text.split(',');
  if (values.length > specs.length) return undefined;
  const params: number[] = [];
  for (const [j, v] of values.entries()) {
    const spec = specs[j];
    const p = spec ? num({ min: spec.lo, max: spec.hi }).parse(v) : undefined;
    if (p === undefined) return undefined;
    params.push(p);
  }
  return params;
}

/** `auto` (null) or a value of `codec`. */
export function orAuto<T>(codec: Codec<T>): Codec<T | null> {
  return {
    parse: (raw) => (raw.trim() === 'auto' ? null : codec.parse(raw)),
    format: (v) => (v === null ? 'auto' : codec.format(v)),
    allowed: `auto, ${codec.allowed}`,
  };
}

/** true/false (also 1/0, as some TensorFlow Playground forks write). */
export const bool: Codec<boolean> = {
  parse: (raw) => {
    const t = raw.trim().toLowerCase();
    if (t === 'true' || t === '1') return true;
    if (t === 'false' || t === '0') return false;
    return undefined;
  },
  format: (v) => String(v),
  allowed: 'true, false',
};

/** One token of `tokens`; `aliases` maps other spellings (TF Playground's "linear") to tokens. */
export function oneOf<T extends string>(
  tokens: readonly T[],
  aliases: Readonly<Record<string, T>> = {},
): Codec<T> {
  return {
    parse: (raw) => {
      const t = raw.trim();
      if ((tokens as readonly string[]).includes(t)) return t as T;
      return Object.prototype.hasOwnProperty.call(aliases, t) ? aliases[t] : undefined;
    },
    format: (v) => v,
    allowed: tokens.join(', '),
  };
}

/** A comma-separated list of items, `maxItems` at most ("" = the empty list). */
export function listOf<T>(item: Codec<T>, maxItems: number): Codec<T[]> {
  return {
    parse: (raw) => {
      if (raw.trim() === '') return [];
      const parts = raw.split(',');
      if (parts.length > maxItems) return undefined;
      const out: T[] = [];
      for (const p of parts) {
        const v = item.parse(p);
        if (v === undefined) return undefined;
        out.push(v);
      }
      return out;
    },
    format: (v) => v.map((x) => item.format(x)).join(','),
    allowed: `up to ${maxItems} of (${item.allowed}), comma-separated`,
  };
}

/** 32-bit FNV-1a: TensorFlow Playground's seeds are strings ("0.52143"); any text maps to a seed. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A seed: an integer 0 .. 2^32-1 as is, any other non-empty text hashed. */
export const seed: Codec<number> = {
  parse: (raw) => {
    const t = raw.trim();
    if (t === '' || t.length > 64) return undefined;
    if (/^\d+$/.test(t) && Number(t) <= 0xffffffff) return Number(t);
    return hashSeed(t);
  },
  format: (v) => String(v),
  allowed: 'an integer 0 .. 4294967295 or a short text',
};
