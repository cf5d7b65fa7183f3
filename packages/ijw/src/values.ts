/**
 * Lexical rules for the XSD simple types used by iJw: dates, times, integers, code lists and lengths.
 * Patterns are not checked here (the XSD validation does that); everything the typed model relies on is.
 */
import type { SimpleTypeDef } from './schema-types.ts';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(\.\d+)?(Z|[+-](?:0\d|1[0-4]):[0-5]\d)?$/;
const INTEGER = /^[+-]?\d+$/;

/** True for an existing calendar date written as `YYYY-MM-DD` (what LDT_Datum allows). */
export function isIjwDatum(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isIjwTijd(value: string): boolean {
  return TIME.test(value);
}

/** Formats a JS Date as an iJw date (`YYYY-MM-DD`) in the given time zone (default Europe/Amsterdam). */
export function toIjwDatum(date: Date, timeZone = 'Europe/Amsterdam'): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
    .formatToParts(date)
    .reduce<Record<string, string>>((acc, p) => {
      acc[p.type] = p.value;
      return acc;
    }, {});
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Formats a JS Date as an iJw time (`HH:MM:SS`, no zone) in the given time zone (default Europe/Amsterdam). */
export function toIjwTijd(date: Date, timeZone = 'Europe/Amsterdam'): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}

/** The number of characters as XSD counts them (code points). */
function xsdLength(value: string): number {
  let n = 0;
  for (const _ of value) n++;
  return n;
}

/** True when the text has a character that an XML 1.0 document cannot contain (even escaped). */
function hasForbiddenXmlChar(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20) {
      if (c !== 0x09 && c !== 0x0a && c !== 0x0d) return true;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return true;
      i++;
    } else if ((c >= 0xdc00 && c <= 0xdfff) || c === 0xfffe || c === 0xffff) {
      return true;
    }
  }
  return false;
}

/**
 * Checks a model value against a simple type. Returns a problem description, or undefined when the value
 * is acceptable. `value` is what the model holds: a string, or a number for xs:integer types.
 */
export function checkSimpleValue(def: SimpleTypeDef, value: unknown): string | undefined {
  if (def.base === 'integer') {
    if (typeof value !== 'number' || !Number.isSafeInteger(value))
      return `expected an integer, got ${show(value)}`;
    if (def.fixed !== undefined && String(value) !== def.fixed) return `must be ${def.fixed}, got ${value}`;
    if (def.minInclusive !== undefined && value < def.minInclusive) return `must be ≥ ${def.minInclusive}`;
    if (def.maxInclusive !== undefined && value > def.maxInclusive) return `must be ≤ ${def.maxInclusive}`;
    return undefined;
  }
  if (typeof value !== 'string') return `expected a string, got ${show(value)}`;
  if (hasForbiddenXmlChar(value)) return 'contains a character that XML does not allow';
  if (def.fixed !== undefined && value !== def.fixed) return `must be '${def.fixed}', got '${value}'`;
  if (def.base === 'date' && !isIjwDatum(value)) return `'${value}' is not a valid date (YYYY-MM-DD)`;
  if (def.base === 'time' && !isIjwTijd(value)) return `'${value}' is not a valid time (HH:MM:SS)`;
  if (def.enumeration && !def.enumeration.includes(value)) {
    return `'${value}' is not one of ${def.enumeration.length > 12 ? `the ${def.enumeration.length} codes of its code list` : def.enumeration.join(', ')}`;
  }
  if (def.base === 'string') {
    const len = xsdLength(value);
    if (def.minLength !== undefined && len < def.minLength)
      return `must be at least ${def.minLength} characters`;
    if (def.maxLength !== undefined && len > def.maxLength)
      return `must be at most ${def.maxLength} characters`;
  }
  return undefined;
}

/** Converts element text to the model value for the type (integers become numbers). */
export function fromLexical(def: SimpleTypeDef, text: string): { value?: string | number; problem?: string } {
  if (def.base === 'integer') {
    const t = text.trim();
    if (!INTEGER.test(t)) return { problem: `'${text}' is not an integer` };
    const n = Number(t);
    if (!Number.isSafeInteger(n)) return { problem: `'${text}' is too large` };
    const problem = checkSimpleValue(def, n);
    return problem ? { problem } : { value: n };
  }
  // xs:date and xs:time collapse whitespace; strings keep it as written.
  const value = def.base === 'string' ? text : text.trim();
  const problem = checkSimpleValue(def, value);
  return problem ? { problem } : { value };
}

export function toLexical(def: SimpleTypeDef, value: string | number): string {
  return def.base === 'integer' ? String(value) : (value as string);
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'object') return Array.isArray(value) ? 'an array' : 'an object';
  return String(value);
}

/**
 * A person's recorded sex as COD046 codes it for `Geslacht` (1 mannelijk, 2 vrouwelijk); 0 (onbekend)
 * when it is not recorded, because the element is required in the JW30x client.
 */
export function toIjwGeslacht(sex: string | null | undefined): '0' | '1' | '2' {
  return sex === 'male' ? '1' : sex === 'female' ? '2' : '0';
}
