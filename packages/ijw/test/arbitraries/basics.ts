/** Primitives shared by every message: dates, free text, identifiers. */
import fc from 'fast-check';

// ---------------------------------------------------------------------------------------------------------
// Basics

export const DAY = 86_400_000;
export const d2s = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);
export const s2d = (s: string) => Date.parse(`${s}T00:00:00Z`) / DAY;
export const D2021 = s2d('2021-01-01');

/** Removes keys whose value is undefined, recursively (a parsed model never has them). */
export function clean<T>(v: T): T {
  if (Array.isArray(v)) return v.map(clean) as T;
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = clean(x);
    return out as T;
  }
  return v;
}

export const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
export const digits = (n: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
export const alnum = (min: number, max: number) =>
  fc.string({
    unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'),
    minLength: min,
    maxLength: max,
  });

// Letters, digits, space, markup characters, accents, an astral character: exercises escaping.
const TEXT_UNITS = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,-&<>\'"/éëüñçß€',
  '😀',
];
/** Free text for `.*[^\s].*` types: one line, at least one non-space character. */
export const text = (max: number) =>
  fc
    .string({ unit: fc.constantFrom(...TEXT_UNITS), minLength: 1, maxLength: max })
    .filter((s) => /\S/.test(s));
/** Commentaar may span lines and contain tabs (whitespace must survive the round trip). */
export const commentaar = fc
  .string({ unit: fc.constantFrom(...TEXT_UNITS, '\n', '\t', '\r'), minLength: 1, maxLength: 60 })
  .filter((s) => /\S/.test(s));

/** A BSN that passes the 11-proef (CS002). */
export const bsn = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })
  .map((ds) => {
    const s = ds.reduce((acc, d, i) => acc + d * (9 - i), 0);
    return { ds, check: s % 11 };
  })
  .filter(({ ds, check }) => check < 10 && ds.some((d) => d !== 0))
  .map(({ ds, check }) => `${ds.join('')}${check}`);
