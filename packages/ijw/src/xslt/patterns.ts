/**
 * XSLT 1.0 match patterns (section 5.2): alternatives of location-path steps with `/` and `//`, each
 * step a node test with predicates. Matching runs right to left from the candidate node, which is
 * cheaper than evaluating the pattern as a path from every ancestor.
 */
import type { Attr, Element, Node } from '@xmldom/xmldom';
import { XsltError } from './errors.ts';
import type { XPathRunner } from './xpath.ts';
import { compileXPath } from './xpath-compile.ts';
import { type Compiled, toBool } from './xpath-values.ts';

const ELEMENT = 1;
const ATTRIBUTE = 2;
const TEXT = 3;
const CDATA = 4;

type NodeTest =
  | { kind: 'name'; ns: string; local: string }
  | { kind: 'ns-any'; ns: string }
  | { kind: 'any' }
  | { kind: 'text' }
  | { kind: 'node' };

interface Step {
  attribute: boolean;
  test: NodeTest;
  /** `[local-name()='X']`, the rules stylesheet's usual predicate, is tested without the evaluator. */
  localNames: string[];
  predicates: Compiled[];
  /** How this step relates to the one before it: `/` (parent) or `//` (some ancestor). */
  separator: '/' | '//' | 'root' | 'none';
}

export interface Pattern {
  steps: Step[];
  defaultPriority: number;
  source: string;
}

/**
 * Each character of `text` outside quotes, with the depth of brackets and parentheses before it:
 * the one scan that splitting a pattern and reading its predicates share.
 */
function* unquoted(text: string): Generator<{ ch: string; i: number; depth: number }> {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quote) {
      if (ch === quote) quote = '';
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      continue;
    }
    yield { ch, i, depth };
    if (ch === '[' || ch === '(') depth++;
    else if (ch === ']' || ch === ')') depth--;
  }
}

const BRACKETS = '[]()';

/** Splits on a character outside brackets, parentheses and quotes. */
function splitTopLevel(text: string, sep: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const { ch, i, depth } of unquoted(text)) {
    if (i < start || depth !== 0 || BRACKETS.includes(ch) || !text.startsWith(sep, i)) continue;
    parts.push(text.slice(start, i));
    start = i + sep.length;
  }
  parts.push(text.slice(start));
  return parts;
}

/** Parses `pattern` into its alternatives, each with the default priority of XSLT 1.0 section 5.5. */
export function compilePattern(pattern: string, namespaces: Record<string, string>): Pattern[] {
  return splitTopLevel(pattern, '|').map((alt) => compileAlternative(alt.trim(), namespaces, pattern));
}

function compileAlternative(alt: string, namespaces: Record<string, string>, source: string): Pattern {
  const steps: Step[] = [];
  let rest = alt;
  let separator: Step['separator'] = 'none';
  if (rest.startsWith('//')) {
    separator = '//';
    rest = rest.slice(2);
  } else if (rest.startsWith('/')) {
    separator = 'root';
    rest = rest.slice(1);
  }
  if (rest === '') return { steps: [], defaultPriority: 0.5, source };
  const raw = splitSteps(rest);
  for (const { text, sep } of raw) {
    steps.push(compileStep(text, sep ?? separator, namespaces, source));
    separator = 'none';
  }
  const only = steps.length === 1 && separator !== 'root' ? steps[0] : undefined;
  let defaultPriority = 0.5;
  if (only && only.separator === 'none' && only.predicates.length === 0 && only.localNames.length === 0) {
    defaultPriority = only.test.kind === 'name' ? 0 : only.test.kind === 'ns-any' ? -0.25 : -0.5;
  }
  return { steps, defaultPriority, source };
}

function splitSteps(path: string): { text: string; sep?: '/' | '//' }[] {
  const pieces = splitTopLevel(path, '/');
  const out: { text: string; sep?: '/' | '//' }[] = [];
  let pendingDouble = false;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i] ?? '';
    if (p === '' && i > 0) {
      pendingDouble = true;
      continue;
    }
    out.push(i === 0 ? { text: p } : { text: p, sep: pendingDouble ? '//' : '/' });
    pendingDouble = false;
  }
  return out;
}

function compileStep(
  text: string,
  separator: Step['separator'],
  namespaces: Record<string, string>,
  source: string,
): Step {
  const open = text.indexOf('[');
  let head = (open < 0 ? text : text.slice(0, open)).trim();
  const localNames: string[] = [];
  const predicates: Compiled[] = [];
  for (const body of open < 0 ? [] : predicateBodies(text.slice(open), source)) {
    const name = /^\s*local-name\(\)\s*=\s*'([^']*)'\s*$/.exec(body)?.[1];
    if (name !== undefined) localNames.push(name);
    else predicates.push(compileXPath(body, namespaces));
  }
  let attribute = false;
  if (head.startsWith('@')) {
    attribute = true;
    head = head.slice(1);
  } else if (head.startsWith('child::')) head = head.slice(7);
  else if (head.startsWith('attribute::')) {
    attribute = true;
    head = head.slice(11);
  }
  return { attribute, test: nodeTest(head, namespaces, source), localNames, predicates, separator };
}

/** `[a][b[c]]` → `a`, `b[c]`. */
function predicateBodies(text: string, source: string): string[] {
  const bodies: string[] = [];
  let start = 0;
  let depth = 0;
  for (const { ch, i, depth: before } of unquoted(text)) {
    depth = before + (ch === '[' || ch === '(' ? 1 : ch === ']' || ch === ')' ? -1 : 0);
    if (ch === '[' && before === 0) start = i + 1;
    else if (ch === ']' && depth === 0) bodies.push(text.slice(start, i));
    else if (before === 0 && ch.trim() !== '') throw new XsltError(`unsupported pattern ${source}`);
  }
  if (depth !== 0) throw new XsltError(`unsupported pattern ${source}`);
  return bodies;
}

function nodeTest(head: string, namespaces: Record<string, string>, source: string): NodeTest {
  if (head === '*') return { kind: 'any' };
  if (head === 'text()') return { kind: 'text' };
  if (head === 'node()') return { kind: 'node' };
  if (!/^[\w.-]+(:[\w.*-]+)?$/.test(head)) throw new XsltError(`unsupported pattern ${source}`);
  const colon = head.indexOf(':');
  if (colon < 0) return { kind: 'name', ns: '', local: head };
  const prefix = head.slice(0, colon);
  const ns = namespaces[prefix];
  if (ns === undefined) throw new XsltError(`undeclared prefix ${prefix} in pattern ${source}`);
  const local = head.slice(colon + 1);
  return local === '*' ? { kind: 'ns-any', ns } : { kind: 'name', ns, local };
}

function testNode(step: Step, node: Node): boolean {
  const type = node.nodeType;
  if (step.attribute) {
    if (type !== ATTRIBUTE) return false;
  } else if (step.test.kind === 'text') return type === TEXT || type === CDATA;
  else if (step.test.kind === 'node') return type !== ATTRIBUTE && type !== 9;
  else if (type !== ELEMENT) return false;
  const t = step.test;
  if (t.kind === 'any' || t.kind === 'node') return true;
  if (t.kind === 'text') return false;
  const ns = (node as Element).namespaceURI ?? '';
  if (t.kind === 'ns-any') return ns === t.ns;
  return ns === t.ns && (node as Element).localName === t.local;
}

function parentOf(node: Node): Node | null {
  return node.nodeType === ATTRIBUTE ? (node as Attr).ownerElement : node.parentNode;
}

function stepMatches(step: Step, node: Node, xpath: XPathRunner): boolean {
  if (!testNode(step, node)) return false;
  for (const local of step.localNames) {
    if (node.nodeType === 9 || (node as Element).localName !== local) return false;
  }
  for (const predicate of step.predicates) {
    const value = xpath.evaluate(predicate, node);
    if (typeof value === 'number') {
      if (value !== positionAmongSiblings(step, node)) return false;
    } else if (!toBool(value)) return false;
  }
  return true;
}

function positionAmongSiblings(step: Step, node: Node): number {
  let position = 1;
  for (let s = node.previousSibling; s; s = s.previousSibling) if (testNode(step, s)) position++;
  return position;
}

/** True when `node` matches the alternative. */
export function matches(pattern: Pattern, node: Node, xpath: XPathRunner): boolean {
  if (pattern.steps.length === 0) return node.nodeType === 9;
  return matchFrom(pattern.steps, pattern.steps.length - 1, node, xpath);
}

function matchFrom(steps: Step[], index: number, node: Node, xpath: XPathRunner): boolean {
  const step = steps[index];
  if (!step || !stepMatches(step, node, xpath)) return false;
  const parent = parentOf(node);
  if (index === 0) {
    if (step.separator === 'root') return parent?.nodeType === 9;
    return true;
  }
  if (step.separator === '//') {
    for (let a = parent; a && a.nodeType !== 9; a = parentOf(a)) {
      if (matchFrom(steps, index - 1, a, xpath)) return true;
    }
    return false;
  }
  return parent !== null && matchFrom(steps, index - 1, parent, xpath);
}
