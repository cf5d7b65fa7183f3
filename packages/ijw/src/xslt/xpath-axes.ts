/** XPath 1.0 axes (2.2) and node tests (2.3) over the DOM, collecting into arrays. */
import type { Element, Node } from '@xmldom/xmldom';
import { XsltError } from './errors.ts';
import { ATTRIBUTE, CDATA, COMMENT, ELEMENT, PI, TEXT, XMLNS } from './xpath-values.ts';

// ---- axes and node tests ----

type Test = (n: Node) => boolean;

export function axisNodes(axis: number, n: Node, test: Test, out: Node[]): void {
  switch (axis) {
    case 0: // ancestor
      for (let p = parentOf(n); p; p = parentOf(p)) if (test(p)) out.push(p);
      return;
    case 1: // ancestor-or-self
      for (let p: Node | null = n; p; p = parentOf(p)) if (test(p)) out.push(p);
      return;
    case 2: // attribute
      if (n.nodeType === ELEMENT) {
        const attrs = (n as Element).attributes;
        for (let i = 0; i < attrs.length; i++) {
          const a = attrs.item(i) as unknown as Node;
          if (a && (a as unknown as { namespaceURI: string | null }).namespaceURI !== XMLNS && test(a))
            out.push(a);
        }
      }
      return;
    case 3: // child
      for (let c = n.firstChild; c; c = c.nextSibling) if (test(c)) out.push(c);
      return;
    case 4: // descendant
      descendants(n, test, out);
      return;
    case 5: // descendant-or-self
      if (test(n)) out.push(n);
      descendants(n, test, out);
      return;
    case 6: // following
      for (let x: Node | null = n; x; x = parentOf(x)) {
        if (x.nodeType === ATTRIBUTE) continue;
        for (let s = x.nextSibling; s; s = s.nextSibling) {
          if (test(s)) out.push(s);
          descendants(s, test, out);
        }
      }
      return;
    case 7: // following-sibling
      if (n.nodeType === ATTRIBUTE) return;
      for (let s = n.nextSibling; s; s = s.nextSibling) if (test(s)) out.push(s);
      return;
    case 9: {
      const p = parentOf(n);
      if (p && test(p)) out.push(p);
      return;
    }
    case 10: // preceding
      for (let x: Node | null = n; x; x = parentOf(x)) {
        if (x.nodeType === ATTRIBUTE) continue;
        for (let s = x.previousSibling; s; s = s.previousSibling) {
          const sub: Node[] = [];
          if (test(s)) sub.push(s);
          descendants(s, test, sub);
          for (let i = sub.length - 1; i >= 0; i--) out.push(sub[i] as Node);
        }
      }
      return;
    case 11: // preceding-sibling
      if (n.nodeType === ATTRIBUTE) return;
      for (let s = n.previousSibling; s; s = s.previousSibling) if (test(s)) out.push(s);
      return;
    case 12:
      if (test(n)) out.push(n);
      return;
    default:
      throw new XsltError('the namespace axis is not supported');
  }
}

/** Reverse axes list nodes nearest first, which is what positions in their predicates count. */
export function isReverse(axis: number): boolean {
  return axis === 0 || axis === 1 || axis === 10 || axis === 11;
}

function descendants(n: Node, test: Test, out: Node[]): void {
  for (let c = n.firstChild; c; c = c.nextSibling) {
    if (test(c)) out.push(c);
    if (c.firstChild) descendants(c, test, out);
  }
}

export function parentOf(n: Node): Node | null {
  return n.nodeType === ATTRIBUTE
    ? ((n as unknown as { ownerElement: Node | null }).ownerElement ?? null)
    : n.parentNode;
}

export interface ParsedNodeTest {
  type: number;
  prefix?: string | null;
  localName?: string;
  name?: string;
}

export function compileTest(t: ParsedNodeTest, principal: number, namespaces: Record<string, string>): Test {
  switch (t.type) {
    case 0: // *
      return (n) => n.nodeType === principal;
    case 1: {
      const ns = resolvePrefix(t.prefix ?? '', namespaces);
      return (n) => n.nodeType === principal && ((n as Element).namespaceURI ?? '') === ns;
    }
    case 2: {
      const ns = t.prefix ? resolvePrefix(t.prefix, namespaces) : '';
      const local = t.localName ?? '';
      return (n) =>
        n.nodeType === principal &&
        (n as Element).localName === local &&
        ((n as Element).namespaceURI ?? '') === ns;
    }
    case 3:
      return (n) => n.nodeType === COMMENT;
    case 4:
      return (n) => n.nodeType === TEXT || n.nodeType === CDATA;
    case 5:
      return (n) => n.nodeType === PI;
    case 6:
      return () => true;
    default:
      throw new XsltError(`unsupported node test ${t.type}`);
  }
}

function resolvePrefix(prefix: string, namespaces: Record<string, string>): string {
  const ns = namespaces[prefix];
  if (ns === undefined) throw new XsltError(`undeclared namespace prefix ${prefix}`);
  return ns;
}
