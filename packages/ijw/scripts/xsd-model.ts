/**
 * Reads the iJw 3.2 XSDs in `spec/xsd/` into one model (simple types, complex types, messages) that
 * `emit.ts` writes out as TypeScript. Only the XSD subset iJw uses is supported; anything else throws,
 * so a new spec version cannot be half-read silently.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';

const here = dirname(fileURLToPath(import.meta.url));
export const PACKAGE_DIR = resolve(here, '..');
const XSD_DIR = join(PACKAGE_DIR, 'spec', 'xsd');
export const CBS_FILE = join(PACKAGE_DIR, 'spec', 'codelijsten', 'CBS_Gemeentecodes.md');

export const BASIS_PREFIX = 'ijw';

type XNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  trimValues: true,
  isArray: (name) =>
    [
      'xs:element',
      'xs:complexType',
      'xs:simpleType',
      'xs:enumeration',
      'xs:pattern',
      'xs:documentation',
      'xs:import',
    ].includes(name),
});

export interface SimpleDef {
  kind: 'simple';
  key: string;
  base: 'string' | 'integer' | 'date' | 'time';
  enumeration?: string[];
  enumDocs?: string[];
  pattern?: string[];
  minLength?: number;
  maxLength?: number;
  minInclusive?: number;
  maxInclusive?: number;
  fixed?: string;
  doc?: string;
}

interface ElementDef {
  name: string;
  type: string;
  min: 0 | 1;
  many: boolean;
  doc?: string;
  list?: { name: string; type: string; doc?: string };
}

export interface ComplexDef {
  kind: 'complex';
  key: string;
  prefix: string;
  name: string;
  doc?: string;
  elements: ElementDef[];
}

export interface SchemaInfo {
  prefix: string;
  namespace: string;
  appinfo: Record<string, string>;
}

function docOf(node: XNode | undefined): string | undefined {
  const ann = node?.['xs:annotation'] as XNode | undefined;
  const docs = ann?.['xs:documentation'] as unknown[] | undefined;
  if (!docs || docs.length === 0) return undefined;
  const text = docs
    .map((d) => (typeof d === 'string' ? d : String((d as XNode)['#text'] ?? '')))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text === '' ? undefined : text;
}

function appinfoOf(schema: XNode): Record<string, string> {
  const ann = schema['xs:annotation'] as XNode | undefined;
  const info = (ann?.['xs:appinfo'] ?? {}) as XNode;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(info)) {
    out[k.replace(/^[^:]+:/, '')] = String(v);
  }
  return out;
}

function baseKind(base: string): SimpleDef['base'] {
  switch (base) {
    case 'xs:string':
      return 'string';
    case 'xs:integer':
      return 'integer';
    case 'xs:date':
      return 'date';
    case 'xs:time':
      return 'time';
    default:
      throw new Error(`unsupported XSD base type ${base}`);
  }
}

function facetValue(r: XNode, facet: string): string | undefined {
  const f = r[`xs:${facet}`] as XNode | undefined;
  return f ? String(f['@value']) : undefined;
}

function readRestriction(r: XNode, key: string, inherited?: SimpleDef): SimpleDef {
  const baseName = String(r['@base']);
  const def: SimpleDef = inherited
    ? { ...inherited, key, enumeration: undefined, enumDocs: undefined, pattern: undefined, doc: undefined }
    : { kind: 'simple', key, base: baseKind(baseName) };
  const enums = (r['xs:enumeration'] as XNode[] | undefined) ?? [];
  if (enums.length > 0) {
    def.enumeration = enums.map((e) => String(e['@value']));
    def.enumDocs = enums.map((e) => docOf(e) ?? '');
  } else if (inherited?.enumeration) {
    def.enumeration = inherited.enumeration;
    def.enumDocs = inherited.enumDocs;
  }
  const patterns = ((r['xs:pattern'] as XNode[] | undefined) ?? []).map((p) => String(p['@value']));
  // A restriction's patterns are ANDed with the base type's patterns; keep both.
  const allPatterns = [...(inherited?.pattern ?? []), ...patterns];
  if (allPatterns.length > 0) def.pattern = allPatterns;
  for (const facet of ['minLength', 'maxLength', 'minInclusive', 'maxInclusive'] as const) {
    const v = facetValue(r, facet);
    if (v !== undefined) def[facet] = Number(v);
  }
  // An inline restriction whose only pattern is a plain literal fixes the value (BerichtCode, BerichtVersie…).
  if (inherited && patterns.length === 1 && /^[0-9A-Za-z]+$/.test(patterns[0]!)) def.fixed = patterns[0]!;
  return def;
}

export interface Collected {
  schemas: Record<string, SchemaInfo>;
  simple: Record<string, SimpleDef>;
  complex: Record<string, ComplexDef>;
  messages: string[];
  messageDocs: Record<string, string | undefined>;
}

export function collect(): Collected {
  const files = readdirSync(XSD_DIR).filter((f) => f.endsWith('.xsd'));
  const order = ['basisschema.xsd', ...files.filter((f) => f !== 'basisschema.xsd').sort()];
  const out: Collected = { schemas: {}, simple: {}, complex: {}, messages: [], messageDocs: {} };
  for (const file of order) {
    const doc = parser.parse(readFileSync(join(XSD_DIR, file), 'utf8')) as XNode;
    const schema = doc['xs:schema'] as XNode;
    const namespace = String(schema['@targetNamespace']);
    const prefix =
      file === 'basisschema.xsd'
        ? BASIS_PREFIX
        : (
            Object.entries(schema).find(([k, v]) => k.startsWith('@xmlns:') && v === namespace)?.[0] ?? ''
          ).slice(7);
    if (!prefix) throw new Error(`no prefix for ${namespace} in ${file}`);
    out.schemas[prefix] = { prefix, namespace, appinfo: appinfoOf(schema) };
    if (file !== 'basisschema.xsd') out.messages.push(prefix.toUpperCase());

    for (const st of (schema['xs:simpleType'] as XNode[] | undefined) ?? []) {
      const key = `${prefix}:${st['@name']}`;
      const def = readRestriction(st['xs:restriction'] as XNode, key);
      def.doc = docOf(st);
      out.simple[key] = def;
    }
    for (const ct of (schema['xs:complexType'] as XNode[] | undefined) ?? []) {
      const name = String(ct['@name']);
      const key = `${prefix}:${name}`;
      const seq = ct['xs:sequence'] as XNode | undefined;
      if (!seq) throw new Error(`${key}: only xs:sequence content is supported`);
      if (Object.keys(seq).some((k) => k !== 'xs:element')) throw new Error(`${key}: unsupported particle`);
      const elements: ElementDef[] = [];
      for (const el of (seq['xs:element'] as XNode[]) ?? []) {
        const elName = String(el['@name']);
        const min = el['@minOccurs'] === '0' ? 0 : 1;
        const max = el['@maxOccurs'];
        if (max !== undefined && max !== 'unbounded') throw new Error(`${key}/${elName}: maxOccurs ${max}`);
        let type: string;
        if (el['@type']) {
          type = String(el['@type']);
        } else {
          const inline = (el['xs:simpleType'] as XNode[] | undefined)?.[0];
          if (!inline) throw new Error(`${key}/${elName}: no type`);
          const r = inline['xs:restriction'] as XNode;
          const base = String(r['@base']);
          const inherited = out.simple[base];
          if (!inherited) throw new Error(`${key}/${elName}: unknown base ${base}`);
          type = `${key}.${elName}`;
          out.simple[type] = readRestriction(r, type, inherited);
        }
        elements.push({ name: elName, type, min, many: max === 'unbounded', doc: docOf(el) });
      }
      out.complex[key] = { kind: 'complex', key, prefix, name, doc: docOf(ct), elements };
      if (name === 'Root') out.messageDocs[prefix.toUpperCase()] = docOf(ct);
    }
  }
  return out;
}

/** A message-local complex type with exactly one repeated child is a list wrapper (Relaties, RetourCodes…). */
export function isWrapper(c: ComplexDef): boolean {
  return (
    c.prefix !== BASIS_PREFIX && c.elements.length === 1 && c.elements[0]!.many && c.elements[0]!.min === 1
  );
}

export function flatten(c: Collected): void {
  for (const ct of Object.values(c.complex)) {
    for (const el of ct.elements) {
      const target = c.complex[el.type];
      if (target && isWrapper(target)) {
        const item = target.elements[0]!;
        el.list = { name: item.name, type: item.type, doc: item.doc };
      }
      if (!target && !c.simple[el.type]) throw new Error(`${ct.key}/${el.name}: unknown type ${el.type}`);
    }
  }
}
