/** The DOM vocabulary the stylesheet compiler needs: node kinds, XSL elements and their attributes. */
import type { Element, Node } from '@xmldom/xmldom';
import { XsltError } from './errors.ts';

export const XSL = 'http://www.w3.org/1999/XSL/Transform';
export const ELEMENT = 1;
export const TEXT = 3;
export const CDATA = 4;
export const DOCUMENT = 9;

export function isXsl(n: Node, local: string): n is Element {
  return n.nodeType === ELEMENT && (n as Element).namespaceURI === XSL && (n as Element).localName === local;
}

export function childNodes(n: Node): Node[] {
  const out: Node[] = [];
  for (let c = n.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

export function elementChildren(n: Node): Element[] {
  return childNodes(n).filter((c): c is Element => c.nodeType === ELEMENT);
}

export function requiredAttr(el: Element, name: string): string {
  const v = el.getAttribute(name);
  if (v === null || v === '') throw new XsltError(`xsl:${el.localName} needs a ${name} attribute`);
  return v;
}

export function namespacesInScope(el: Element): Record<string, string> {
  const map: Record<string, string> = {};
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i);
    if (a?.prefix === 'xmlns') map[a.localName ?? ''] = a.value;
  }
  return map;
}
