/**
 * XPath 1.0 values: the four types, document order of nodes, and the conversions (section 4) and
 * comparisons (3.4) between them. Node-sets are arrays in document order, ordered by an index given to
 * every node once per document.
 */
import type { Element, Node } from '@xmldom/xmldom';

export type Value = string | number | boolean | Node[];

export interface Env {
  /** XSLT's current node: the context node when the expression started. */
  current: Node;
  variable(name: string): Value;
}

export type Compiled = (node: Node, position: number, size: number, env: Env) => Value;

export const ELEMENT = 1;
export const ATTRIBUTE = 2;
export const TEXT = 3;
export const CDATA = 4;
export const PI = 7;
export const COMMENT = 8;
const DOCUMENT = 9;
export const XMLNS = 'http://www.w3.org/2000/xmlns/';

const ORDER = Symbol('document order');
type Ordered = Node & { [ORDER]?: number };
let nextOrder = 0;

/** Numbers every node of a document (attributes after their element, before its children). */
export function numberDocument(root: Node): void {
  const walk = (n: Node) => {
    (n as Ordered)[ORDER] = nextOrder++;
    if (n.nodeType === ELEMENT) {
      const attrs = (n as Element).attributes;
      for (let i = 0; i < attrs.length; i++) {
        const a = attrs.item(i);
        if (a) (a as unknown as Ordered)[ORDER] = nextOrder++;
      }
    }
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(root);
}

function order(n: Node): number {
  let o = (n as Ordered)[ORDER];
  if (o === undefined) {
    o = nextOrder++;
    (n as Ordered)[ORDER] = o;
  }
  return o;
}

export function sortUnique(nodes: Node[]): Node[] {
  if (nodes.length < 2) return nodes;
  nodes.sort((a, b) => order(a) - order(b));
  const out: Node[] = [nodes[0] as Node];
  for (let i = 1; i < nodes.length; i++) if (nodes[i] !== nodes[i - 1]) out.push(nodes[i] as Node);
  return out;
}

// ---- conversions (XPath 1.0 section 4) ----

export function stringValue(n: Node): string {
  const t = n.nodeType;
  if (t === ELEMENT || t === DOCUMENT) {
    let s = '';
    const walk = (x: Node) => {
      for (let c = x.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === TEXT || c.nodeType === CDATA) s += c.nodeValue ?? '';
        else if (c.nodeType === ELEMENT) walk(c);
      }
    };
    walk(n);
    return s;
  }
  return n.nodeValue ?? '';
}

export function toStr(v: Value): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberToString(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return v.length === 0 ? '' : stringValue(v[0] as Node);
}

export function toNum(v: Value): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return stringToNumber(toStr(v));
}

export function toBool(v: Value): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0 && !Number.isNaN(v);
  if (typeof v === 'string') return v.length > 0;
  return v.length > 0;
}

export function stringToNumber(s: string): number {
  return /^[\x20\t\r\n]*-?(\d+(\.\d*)?|\.\d+)[\x20\t\r\n]*$/.test(s)
    ? Number.parseFloat(s.trim())
    : Number.NaN;
}

function numberToString(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Number.POSITIVE_INFINITY) return 'Infinity';
  if (n === Number.NEGATIVE_INFINITY) return '-Infinity';
  if (Object.is(n, -0)) return '0';
  const s = String(n);
  if (!s.includes('e')) return s;
  const [mantissa = '', expText = '0'] = s.split('e');
  const exp = Number(expText);
  const negative = mantissa.startsWith('-');
  const digits = mantissa.replace('-', '').replace('.', '');
  const point = (mantissa.replace('-', '').indexOf('.') + 1 || mantissa.replace('-', '').length + 1) - 1;
  const at = point + exp;
  let out: string;
  if (at <= 0) out = `0.${'0'.repeat(-at)}${digits}`;
  else if (at >= digits.length) out = digits + '0'.repeat(at - digits.length);
  else out = `${digits.slice(0, at)}.${digits.slice(at)}`;
  return negative ? `-${out}` : out;
}

// ---- comparisons (3.4) ----

export type Op = '=' | '!=' | '<' | '<=' | '>' | '>=';

function compareAtoms(op: Op, a: string | number | boolean, b: string | number | boolean): boolean {
  if (op === '=' || op === '!=') {
    let eq: boolean;
    if (typeof a === 'boolean' || typeof b === 'boolean') eq = toBool(a) === toBool(b);
    else if (typeof a === 'number' || typeof b === 'number') eq = toNum(a) === toNum(b);
    else eq = a === b;
    return op === '=' ? eq : !eq;
  }
  const x = toNum(a);
  const y = toNum(b);
  switch (op) {
    case '<':
      return x < y;
    case '<=':
      return x <= y;
    case '>':
      return x > y;
    default:
      return x >= y;
  }
}

export function compare(op: Op, a: Value, b: Value): boolean {
  const aSet = Array.isArray(a);
  const bSet = Array.isArray(b);
  if (aSet && bSet) {
    const bs = (b as Node[]).map(stringValue);
    for (const n of a as Node[]) {
      const s = stringValue(n);
      for (const t of bs) if (compareAtoms(op, s, t)) return true;
    }
    return false;
  }
  if (aSet || bSet) {
    const set = (aSet ? a : b) as Node[];
    const other = (aSet ? b : a) as string | number | boolean;
    if (typeof other === 'boolean') {
      return aSet ? compareAtoms(op, set.length > 0, other) : compareAtoms(op, other, set.length > 0);
    }
    for (const n of set) {
      const s: string | number = typeof other === 'number' ? stringToNumber(stringValue(n)) : stringValue(n);
      if (aSet ? compareAtoms(op, s, other) : compareAtoms(op, other, s)) return true;
    }
    return false;
  }
  return compareAtoms(op, a as string | number | boolean, b as string | number | boolean);
}
