import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isElement, readXml, type XmlElement } from '../src/xml.ts';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'voorbeelden');

/** The official example messages (copied unchanged from the iJw 3.2 specification). */
export function example(name: string): string {
  return readFileSync(join(FIXTURES, name.endsWith('.xml') ? name : `${name}.xml`), 'utf8');
}

export const EXAMPLES = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.xml'))
  .map((f) => f.replace(/\.xml$/, ''))
  .sort();

/** The two official examples that do not validate against their XSD. */
export const INVALID_EXAMPLES = ['JW315', 'JW318'];

type Canonical = { name: string; children: Canonical[] } | { name: string; text: string };

/**
 * The information content of a message: elements by namespace URI and local name, in order, and the text
 * of leaf elements. Prefixes, indentation and the XML declaration do not matter.
 */
export function canonical(xml: string): Canonical {
  const walk = (e: XmlElement): Canonical => {
    const elements = e.children.filter(isElement);
    const name = `{${e.ns}}${e.local}`;
    if (elements.length === 0) {
      return { name, text: e.children.map((c) => ('text' in c ? c.text : '')).join('') };
    }
    return { name, children: elements.map(walk) };
  };
  return walk(readXml(xml));
}
