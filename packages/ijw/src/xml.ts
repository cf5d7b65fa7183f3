/**
 * A small namespace-aware XML reader on top of fast-xml-parser: elements with resolved namespace URIs,
 * text with all entity and character references decoded, comments and processing instructions dropped.
 * DOCTYPE declarations are refused (iJw messages have none; refusing them rules out entity expansion).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { lineExceedingDepth, MAX_XML_DEPTH } from './xml-depth.ts';

export interface XmlElement {
  ns: string;
  local: string;
  /** The qualified name as written. */
  qname: string;
  /** Attributes other than namespace declarations, keyed `{namespace}local` (or `local` without namespace). */
  attributes: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | { text: string };

export class XmlSyntaxError extends Error {
  override readonly name = 'XmlSyntaxError';
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(
      line !== undefined ? `line ${line}${column !== undefined ? `:${column}` : ''}: ${message}` : message,
    );
  }
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  cdataPropName: '#cdata',
});

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Parses a document and returns its root element. Throws XmlSyntaxError when it is not well-formed. */
export function readXml(xml: string): XmlElement {
  // XML end-of-line handling: CRLF and lone CR become LF (an escaped &#13; survives, it is decoded later).
  const text = (xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml).replace(/\r\n?/g, '\n');
  if (/<!DOCTYPE/i.test(text)) throw new XmlSyntaxError('DOCTYPE declarations are not allowed');
  const tooDeep = lineExceedingDepth(text);
  if (tooDeep !== undefined) {
    throw new XmlSyntaxError(`elements nest deeper than ${MAX_XML_DEPTH} levels`, tooDeep);
  }
  const check = XMLValidator.validate(text);
  if (check !== true) throw new XmlSyntaxError(check.err.msg, check.err.line, check.err.col);
  const nodes = parser.parse(text) as RawNode[];
  const roots = nodes.filter((n) => elementName(n) !== undefined);
  if (roots.length !== 1) throw new XmlSyntaxError(`expected one root element, found ${roots.length}`);
  for (const n of nodes) {
    if ('#text' in n && String(n['#text']).trim() !== '')
      throw new XmlSyntaxError('text outside the root element');
  }
  const [root] = roots as [RawNode];
  return toElement(root, new Map([['xml', XML_NS]]));
}

type RawNode = Record<string, unknown>;

function elementName(n: RawNode): string | undefined {
  return Object.keys(n).find((k) => k !== ':@' && k !== '#text' && k !== '#cdata');
}

function toElement(n: RawNode, scope: Map<string, string>): XmlElement {
  const qname = elementName(n);
  if (qname === undefined) throw new XmlSyntaxError('expected an element');
  const rawAttrs = (n[':@'] ?? {}) as Record<string, unknown>;
  const attributes: Record<string, string> = {};
  let inner = scope;
  for (const [k, v] of Object.entries(rawAttrs)) {
    if (k === 'xmlns' || k.startsWith('xmlns:')) {
      if (inner === scope) inner = new Map(scope);
      inner.set(k === 'xmlns' ? '' : k.slice(6), decodeEntities(String(v)));
    }
  }
  for (const [k, v] of Object.entries(rawAttrs)) {
    if (k === 'xmlns' || k.startsWith('xmlns:')) continue;
    const c = k.indexOf(':');
    if (c < 0) {
      attributes[k] = decodeEntities(String(v));
      continue;
    }
    const ans = inner.get(k.slice(0, c));
    if (ans === undefined)
      throw new XmlSyntaxError(`undeclared namespace prefix '${k.slice(0, c)}' on attribute ${k}`);
    attributes[`{${ans}}${k.slice(c + 1)}`] = decodeEntities(String(v));
  }
  const colon = qname.indexOf(':');
  const prefix = colon >= 0 ? qname.slice(0, colon) : '';
  const local = colon >= 0 ? qname.slice(colon + 1) : qname;
  const ns = inner.get(prefix);
  if (ns === undefined && prefix !== '')
    throw new XmlSyntaxError(`undeclared namespace prefix '${prefix}' on <${qname}>`);
  const children: XmlNode[] = [];
  for (const c of (n[qname] ?? []) as RawNode[]) {
    if ('#text' in c) children.push({ text: decodeEntities(String(c['#text'])) });
    else if ('#cdata' in c) {
      const parts = c['#cdata'] as RawNode[];
      children.push({ text: parts.map((p) => String(p['#text'] ?? '')).join('') });
    } else if (elementName(c) !== undefined) children.push(toElement(c, inner));
  }
  return { ns: ns ?? '', local, qname, attributes, children };
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&([^;&\s]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) throw new XmlSyntaxError(`unterminated reference '${whole}'`);
    if (ref.startsWith('#x') || ref.startsWith('#X'))
      return codePoint(whole, Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return codePoint(whole, Number.parseInt(ref.slice(1), 10));
    const named = NAMED[ref];
    if (named === undefined) throw new XmlSyntaxError(`unknown entity '${whole}'`);
    return named;
  });
}

function codePoint(ref: string, cp: number): string {
  if (!Number.isInteger(cp) || cp < 1 || cp > 0x10ffff)
    throw new XmlSyntaxError(`invalid character reference '${ref}'`);
  return String.fromCodePoint(cp);
}

export function isElement(n: XmlNode): n is XmlElement {
  return 'local' in n;
}

/** Concatenated text of an element's direct text children. */
export function textOf(e: XmlElement): string {
  return e.children.map((c) => ('text' in c ? c.text : '')).join('');
}

/**
 * For every element start tag: its line and its path (XSLT style). Used to put XSD errors, which libxml2
 * reports by line, at an element path.
 */
export function elementLines(xml: string): { line: number; local: string; path: string }[] {
  interface Node {
    local: string;
    line: number;
    children: Node[];
  }
  const root: Node = { local: '', line: 0, children: [] };
  const stack: Node[] = [root];
  const re =
    /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<\/[^>]+>|<([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;
  let line = 1;
  let last = 0;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    line += countNewlines(xml, last, m.index);
    last = m.index;
    const tag = m[0];
    if (tag.startsWith('</')) {
      if (stack.length > 1) stack.pop();
    } else if (m[1]) {
      const qn = m[1];
      const node: Node = { local: qn.slice(qn.indexOf(':') + 1), line, children: [] };
      stack.at(-1)?.children.push(node);
      if (m[3] !== '/') stack.push(node);
    }
  }
  const out: { line: number; local: string; path: string }[] = [];
  const walk = (n: Node, prefix: string) => {
    const counts = new Map<string, number>();
    for (const c of n.children) counts.set(c.local, (counts.get(c.local) ?? 0) + 1);
    const seen = new Map<string, number>();
    for (const c of n.children) {
      const i = (seen.get(c.local) ?? 0) + 1;
      seen.set(c.local, i);
      const path = `${prefix}/${c.local}${(counts.get(c.local) ?? 0) > 1 ? `[${i}]` : ''}`;
      out.push({ line: c.line, local: c.local, path });
      walk(c, path);
    }
  };
  walk(root, '');
  return out;
}

function countNewlines(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}
