/**
 * XML → model. The reader follows the XSD descriptors strictly: namespaces, element order, cardinality
 * and the lexical form of every value (dates, times, integers, code lists, lengths). Anything else fails
 * with the element path, so a parsed model always has the shape its TypeScript type promises. (XSD
 * patterns are not re-checked here; `validateXml` runs the official XSD and rules.)
 */
import type { IjwBerichtMap } from './generated/types.ts';
import { formatPath, type PathSegment } from './paths.ts';
import {
  type IjwBericht,
  type IjwMessageType,
  messageDef,
  messageTypeForNamespace,
  requireComplexType,
  simpleType,
} from './schema.ts';
import { fromLexical } from './values.ts';
import { isElement, readXml, textOf, type XmlElement } from './xml.ts';

export class IjwParseError extends Error {
  override readonly name = 'IjwParseError';
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path}: ${problem}`);
  }
}

/** Parses any iJw 3.2 message; the message type follows from the root element's namespace. */
export function parseMessage(xml: string): IjwBericht {
  const root = readXml(xml);
  const type = messageTypeForNamespace(root.ns);
  if (!type || root.local !== 'Bericht') {
    throw new IjwParseError(
      `/${root.local}`,
      `not an iJw 3.2 message (root {${root.ns}}${root.local}; expected Bericht in a jw3xx namespace)`,
    );
  }
  const bericht = readComplex(messageDef(type).root, root, [{ name: 'Bericht', index: 1, repeated: false }]);
  return { type, bericht } as unknown as IjwBericht;
}

/** Parses a message that must be of the given type. */
export function parseMessageAs<T extends IjwMessageType>(type: T, xml: string): IjwBerichtMap[T] {
  const parsed = parseMessage(xml);
  if (parsed.type !== type)
    throw new IjwParseError('/Bericht', `expected a ${type} message, got ${parsed.type}`);
  return parsed.bericht as IjwBerichtMap[T];
}

function readComplex(typeKey: string, el: XmlElement, path: PathSegment[]): Record<string, unknown> {
  const ct = requireComplexType(typeKey);
  const children: XmlElement[] = [];
  for (const c of el.children) {
    if (isElement(c)) children.push(c);
    else if (c.text.trim() !== '')
      throw new IjwParseError(formatPath(path), `unexpected text '${c.text.trim()}'`);
  }
  checkNoAttributes(el, path);
  const out: Record<string, unknown> = {};
  let i = 0;
  // Element names that could have come next at the current position (for error messages).
  let expected: string[] = [];
  for (const def of ct.elements) {
    const matches: XmlElement[] = [];
    for (let next = children[i]; next && next.ns === ct.ns && next.local === def.name; next = children[i]) {
      matches.push(next);
      i++;
      if (!def.many) break;
    }
    if (matches.length === 0) {
      expected.push(def.name);
      if (def.min === 1) {
        const found = children[i];
        if (found) {
          throw new IjwParseError(
            formatPath([...path, seg(found.local)]),
            `unexpected element ${describe(found)}; expected ${expectedList(expected)}`,
          );
        }
        throw new IjwParseError(formatPath([...path, seg(def.name)]), 'required element is missing');
      }
      continue;
    }
    expected = def.many ? [def.name] : [];
    if (def.many) {
      out[def.name] = matches.map((m, k) =>
        readValue(def.type, m, [...path, { name: def.name, index: k + 1, repeated: matches.length > 1 }]),
      );
      continue;
    }
    const [m] = matches as [XmlElement, ...XmlElement[]];
    const here = [...path, seg(def.name)];
    if (def.list) {
      checkNoAttributes(m, here);
      const items: XmlElement[] = [];
      for (const c of m.children) {
        if (isElement(c)) items.push(c);
        else if (c.text.trim() !== '')
          throw new IjwParseError(formatPath(here), `unexpected text '${c.text.trim()}'`);
      }
      const listName = def.list;
      const wrong = items.find((c) => c.ns !== ct.ns || c.local !== listName);
      if (wrong) {
        throw new IjwParseError(
          formatPath(here),
          `unexpected element ${describe(wrong)}; expected ${listName}`,
        );
      }
      if (items.length === 0) throw new IjwParseError(formatPath(here), `needs at least one ${listName}`);
      out[def.name] = items.map((c, k) =>
        readValue(def.type, c, [...here, { name: listName, index: k + 1, repeated: items.length > 1 }]),
      );
    } else {
      out[def.name] = readValue(def.type, m, here);
    }
  }
  const extra = children[i];
  if (extra) {
    throw new IjwParseError(
      formatPath([...path, seg(extra.local)]),
      expected.length > 0
        ? `unexpected element ${describe(extra)}; expected ${expectedList(expected)}`
        : `unexpected element ${describe(extra)}; no more elements allowed in ${path.at(-1)?.name ?? 'the message'}`,
    );
  }
  return out;
}

function readValue(typeKey: string, el: XmlElement, path: PathSegment[]): unknown {
  const st = simpleType(typeKey);
  if (!st) return readComplex(typeKey, el, path);
  checkNoAttributes(el, path);
  const child = el.children.find(isElement);
  if (child)
    throw new IjwParseError(formatPath(path), `unexpected element ${describe(child)} in a simple value`);
  const r = fromLexical(st, textOf(el));
  if (r.problem !== undefined) throw new IjwParseError(formatPath(path), r.problem);
  return r.value;
}

function checkNoAttributes(el: XmlElement, path: PathSegment[]) {
  for (const name of Object.keys(el.attributes)) {
    // xsi:schemaLocation and friends are allowed on any element by XML Schema itself.
    if (name.startsWith(`{${XSI}}`)) continue;
    throw new IjwParseError(formatPath(path), `unexpected attribute ${name}`);
  }
}

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

function expectedList(names: string[]): string {
  const [only, ...more] = names;
  return only !== undefined && more.length === 0 ? only : `one of ${names.join(', ')}`;
}

function describe(e: XmlElement): string {
  return `{${e.ns}}${e.local}`;
}

function seg(name: string): PathSegment {
  return { name, index: 1, repeated: false };
}
