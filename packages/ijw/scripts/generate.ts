/**
 * Generates the typed model of iJw 3.2 from the official XSDs in `spec/xsd/`:
 *
 * - `src/generated/schema.ts`: runtime descriptors (element order, cardinality, namespaces, facets) that
 *   drive the builder and the parser;
 * - `src/generated/types.ts`: one TypeScript interface per complex type, literal unions for code lists;
 * - `src/generated/codelijsten.ts`: every enumeration as a typed constant with its official meaning,
 *   plus the CBS municipality list.
 *
 * Run with `npm run generate -w @een-plan/ijw` after changing anything in `spec/`. The output is committed
 * (it is the typed model); `test/generated.test.ts` fails when it is stale.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';

const here = dirname(fileURLToPath(import.meta.url));
export const PACKAGE_DIR = resolve(here, '..');
const XSD_DIR = join(PACKAGE_DIR, 'spec', 'xsd');
const CBS_FILE = join(PACKAGE_DIR, 'spec', 'codelijsten', 'CBS_Gemeentecodes.md');

const BASIS_PREFIX = 'ijw';

/** XSD simple type → official code list (id, name), from `codelijsten/*.md`. */
const CODE_LISTS: Record<string, { id: string; naam: string }> = {
  LDT_AanduidingWoonadres: { id: 'NUM061', naam: 'Aanduiding woonadres' },
  LDT_AdresSoort: { id: 'COD757', naam: 'Soort adres' },
  LDT_Communicatievorm: { id: 'COD747', naam: 'Communicatievorm' },
  LDT_DatumGebruik: { id: 'COD170', naam: 'Datumgebruik' },
  LDT_DebetCredit: { id: 'COD043', naam: 'Indicatie debet/credit' },
  LDT_Eenheid: { id: 'WJ756', naam: 'Eenheid' },
  LDT_Frequentie: { id: 'WMO757', naam: 'Frequentie' },
  LDT_Geslacht: { id: 'COD046', naam: 'Geslacht' },
  LDT_JaNee: { id: 'COD260', naam: 'Ja of nee' },
  LDT_JuridischeStatus: { id: 'WJ232', naam: 'Juridische status' },
  LDT_LandCode: { id: 'COD032', naam: 'Land' },
  LDT_NaamGebruik: { id: 'COD700', naam: 'Naamgebruik' },
  LDT_ProductCategorie: { id: 'JZ020', naam: 'Productcategorie' },
  LDT_RedenAfwijzingVerzoek: { id: 'WJ759', naam: 'Reden afwijzing verzoek' },
  LDT_RedenBeeindiging: { id: 'JZ588', naam: 'Reden beëindiging' },
  LDT_RedenVerzoek: { id: 'WJ758', naam: 'Reden verzoek' },
  LDT_RedenWijziging: { id: 'JZ002', naam: 'Reden wijziging toewijzing' },
  LDT_RetourCode: { id: 'WJ001', naam: 'Retourcode' },
  LDT_SoortRelatie: { id: 'COD472', naam: 'Soort relatie' },
  LDT_StatusAanlevering: { id: 'COD467', naam: 'Status aanlevering' },
  LDT_TypeVerwijzer: { id: 'COD327', naam: 'Code verwijzer' },
  LDT_VerzoekAntwoord: { id: 'WJ760', naam: 'Verzoek antwoord' },
  LDT_WettelijkeVertegenwoordiging: { id: 'WJ003', naam: 'Wettelijke vertegenwoordiging' },
};

/** Which heen message each retour message answers. */
const RETOUR_VAN: Record<string, string> = {
  JW302: 'JW301',
  JW306: 'JW305',
  JW308: 'JW307',
  JW316: 'JW315',
  JW318: 'JW317',
  JW320: 'JW319',
  JW325: 'JW323',
};

// ---------------------------------------------------------------------------------------------------------
// XSD reading

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

interface SimpleDef {
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

interface ComplexDef {
  kind: 'complex';
  key: string;
  prefix: string;
  name: string;
  doc?: string;
  elements: ElementDef[];
}

interface SchemaInfo {
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

interface Collected {
  schemas: Record<string, SchemaInfo>;
  simple: Record<string, SimpleDef>;
  complex: Record<string, ComplexDef>;
  messages: string[];
  messageDocs: Record<string, string | undefined>;
}

function collect(): Collected {
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
function isWrapper(c: ComplexDef): boolean {
  return (
    c.prefix !== BASIS_PREFIX && c.elements.length === 1 && c.elements[0]!.many && c.elements[0]!.min === 1
  );
}

function flatten(c: Collected): void {
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

// ---------------------------------------------------------------------------------------------------------
// TypeScript emitting

/** A string literal the way Biome writes it: single quotes unless the text has more of those than doubles. */
const q = (s: string) => {
  const e = s.replace(/\\/g, '\\\\');
  const singles = (s.match(/'/g) ?? []).length;
  const doubles = (s.match(/"/g) ?? []).length;
  return singles > doubles ? `"${e.replace(/"/g, '\\"')}"` : `'${e.replace(/'/g, "\\'")}'`;
};

function jsdoc(text: string | undefined, indent: string): string {
  if (!text) return '';
  const clean = text.replace(/\*\//g, '*\\/');
  return `${indent}/** ${clean} */\n`;
}

function interfaceName(key: string): string {
  const [prefix, name] = key.split(':') as [string, string];
  if (prefix === BASIS_PREFIX) return name;
  const msg = `Jw${prefix.slice(2)}`;
  return name === 'Root' ? `${msg}Bericht` : `${msg}${name}`;
}

function simpleTsType(def: SimpleDef): string {
  if (def.fixed !== undefined) return def.base === 'integer' ? def.fixed : q(def.fixed);
  if (!def.key.includes('.') && def.key.startsWith(`${BASIS_PREFIX}:`)) return def.key.split(':')[1]!;
  if (def.enumeration) return def.enumeration.map(q).join(' | ');
  return def.base === 'integer' ? 'number' : 'string';
}

function tsTypeOf(c: Collected, type: string): string {
  const simple = c.simple[type];
  if (simple) return simpleTsType(simple);
  return interfaceName(type);
}

function emitTypes(c: Collected): string {
  let out = `// Generated by scripts/generate.ts from spec/xsd (iJw 3.2). Do not edit.\n\n`;
  out += `/** A calendar date \`YYYY-MM-DD\` (xs:date without time zone). */\nexport type IjwDatum = string;\n`;
  out += `/** A time of day \`HH:MM:SS\` (xs:time). */\nexport type IjwTijd = string;\n\n`;
  for (const def of Object.values(c.simple)) {
    if (def.key.includes('.') || !def.key.startsWith(`${BASIS_PREFIX}:`)) continue;
    const name = def.key.split(':')[1]!;
    const list = CODE_LISTS[name];
    const doc = [def.doc, list ? `Codelijst ${list.id} (${list.naam}).` : undefined]
      .filter(Boolean)
      .join(' ');
    out += jsdoc(doc || undefined, '');
    let t: string;
    if (def.enumeration) t = `(typeof ${list ? list.id : name}_CODES)[number]`;
    else if (def.base === 'integer') t = 'number';
    else if (def.base === 'date') t = 'IjwDatum';
    else if (def.base === 'time') t = 'IjwTijd';
    else t = 'string';
    out += `export type ${name} = ${t};\n`;
  }
  out += '\n';
  for (const ct of Object.values(c.complex)) {
    if (isWrapper(ct)) continue;
    out += jsdoc(ct.doc, '');
    out += `export interface ${interfaceName(ct.key)} {\n`;
    for (const el of ct.elements) {
      out += jsdoc(el.list ? (el.doc ?? el.list.doc) : el.doc, '  ');
      const opt = el.min === 0 ? '?' : '';
      const t = el.list ? `${tsTypeOf(c, el.list.type)}[]` : tsTypeOf(c, el.type);
      const fullT = el.many && !el.list ? `${t}[]` : t;
      const needsParens = fullT.includes(' | ') && el.many && !el.list;
      out += `  ${el.name}${opt}: ${needsParens ? `(${t})[]` : fullT};\n`;
    }
    out += '}\n\n';
  }
  out += `/** Every message model by message type. */\nexport interface IjwBerichtMap {\n`;
  for (const m of c.messages) out += `  ${m}: Jw${m.slice(2)}Bericht;\n`;
  out += '}\n';
  // Enumerations referenced by the literal unions above.
  const codeImports = Object.values(c.simple)
    .filter((d) => !d.key.includes('.') && d.key.startsWith(`${BASIS_PREFIX}:`) && d.enumeration)
    .map((d) => {
      const name = d.key.split(':')[1]!;
      const list = CODE_LISTS[name];
      return `${list ? list.id : name}_CODES`;
    })
    .sort();
  return `${out.replace('Do not edit.\n\n', `Do not edit.\n\nimport type { ${codeImports.join(', ')} } from './codelijsten.ts';\n\n`)}`;
}

function emitCodelijsten(c: Collected): string {
  let out = `// Generated by scripts/generate.ts from spec/xsd and spec/codelijsten (iJw 3.2). Do not edit.\n\n`;
  const index: string[] = [];
  for (const def of Object.values(c.simple)) {
    if (def.key.includes('.') || !def.key.startsWith(`${BASIS_PREFIX}:`) || !def.enumeration) continue;
    const name = def.key.split(':')[1]!;
    const list = CODE_LISTS[name];
    const id = list ? list.id : name;
    out += jsdoc(`${list ? `${list.id} ${list.naam}` : name}: the codes allowed in \`${name}\`.`, '');
    out += `export const ${id}_CODES = [${def.enumeration.map(q).join(', ')}] as const;\n`;
    out += jsdoc(`${list ? `${list.id} ${list.naam}` : name}: code → official meaning.`, '');
    out += `export const ${id}: Readonly<Record<(typeof ${id}_CODES)[number], string>> = {\n`;
    def.enumeration.forEach((v, i) => {
      const key = /^[A-Za-z_][A-Za-z0-9_]*$/.test(v) ? v : q(v);
      out += `  ${key}: ${q(def.enumDocs?.[i] ?? '')},\n`;
    });
    out += '};\n\n';
    index.push(
      `  ${id}: { id: ${q(id)}, naam: ${q(list ? list.naam : name)}, type: ${q(name)}, codes: ${id} },`,
    );
  }
  out += `/** Every code list by id, with the XSD simple type it restricts. */\nexport const CODELIJSTEN = {\n${index.join('\n')}\n} as const;\n\n`;

  const cbs = readFileSync(CBS_FILE, 'utf8');
  const rows = [...cbs.matchAll(/^\|\s*(\d{4})\s*\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|/gm)];
  if (rows.length < 300) throw new Error(`CBS list: only ${rows.length} rows`);
  const peil = /Peildatum\s*\|\s*([0-9-]+)/.exec(cbs)?.[1] ?? '';
  out += jsdoc(
    `CBS municipality codes (gemeentelijke indeling, peildatum ${peil}): code → name. Used for TR378 / retourcode S300.`,
    '',
  );
  out += `export const CBS_GEMEENTECODES: Readonly<Record<string, string>> = {\n`;
  for (const r of rows) out += `  ${q(r[1]!)}: ${q(r[2]!)},\n`;
  out += '};\n';
  return out;
}

function emitSchema(c: Collected): string {
  let out = `// Generated by scripts/generate.ts from spec/xsd (iJw 3.2). Do not edit.\n\n`;
  out += `import type { ComplexTypeDef, MessageDef, SimpleTypeDef } from '../schema-types.ts';\n\n`;
  const basis = c.schemas[BASIS_PREFIX]!;
  out += `export const BASISSCHEMA_NAMESPACE = ${q(basis.namespace)};\n`;
  out += `export const BASISSCHEMA_XSD_VERSIE = ${q(basis.appinfo.BasisschemaXsdVersie ?? '')};\n\n`;

  out += `export const NAMESPACES: Readonly<Record<string, string>> = {\n`;
  for (const s of Object.values(c.schemas)) out += `  ${s.prefix}: ${q(s.namespace)},\n`;
  out += '};\n\n';

  out += `export const SIMPLE_TYPES: Readonly<Record<string, SimpleTypeDef>> = {\n`;
  for (const d of Object.values(c.simple)) {
    const parts = [`base: ${q(d.base)}`];
    if (d.fixed !== undefined) parts.push(`fixed: ${q(d.fixed)}`);
    if (d.enumeration) parts.push(`enumeration: [${d.enumeration.map(q).join(', ')}]`);
    if (d.pattern) parts.push(`pattern: [${d.pattern.map(q).join(', ')}]`);
    for (const f of ['minLength', 'maxLength', 'minInclusive', 'maxInclusive'] as const) {
      if (d[f] !== undefined) parts.push(`${f}: ${d[f]}`);
    }
    out += `  ${q(d.key)}: { ${parts.join(', ')} },\n`;
  }
  out += '};\n\n';

  out += `export const COMPLEX_TYPES: Readonly<Record<string, ComplexTypeDef>> = {\n`;
  for (const ct of Object.values(c.complex)) {
    if (isWrapper(ct)) continue;
    out += `  ${q(ct.key)}: {\n    ns: ${q(c.schemas[ct.prefix]!.namespace)},\n    elements: [\n`;
    for (const el of ct.elements) {
      const parts = [`name: ${q(el.name)}`, `type: ${q(el.list ? el.list.type : el.type)}`, `min: ${el.min}`];
      if (el.many) parts.push('many: true');
      if (el.list) parts.push(`list: ${q(el.list.name)}`);
      out += `      { ${parts.join(', ')} },\n`;
    }
    out += '    ],\n  },\n';
  }
  out += '};\n\n';

  out += `export const MESSAGES = {\n`;
  for (const m of c.messages) {
    const prefix = m.toLowerCase();
    const s = c.schemas[prefix]!;
    const header = c.complex[`${prefix}:Header`]!;
    const code = c.simple[`${prefix}:Header.BerichtCode`]?.fixed;
    if (!code) throw new Error(`${m}: no fixed BerichtCode`);
    const isRetour = header.elements.some((e) => e.name === 'RetourCodes');
    const parts = [
      `type: ${q(m)}`,
      `berichtCode: ${q(code)}`,
      `namespace: ${q(s.namespace)}`,
      `prefix: ${q(prefix)}`,
      `root: ${q(`${prefix}:Root`)}`,
      `xsd: ${q(`${m}.xsd`)}`,
      `berichtXsdVersie: ${q(s.appinfo.BerichtXsdVersie ?? '')}`,
      `omschrijving: ${q(c.messageDocs[m] ?? '')}`,
    ];
    if (isRetour) parts.push(`retourVan: ${q(RETOUR_VAN[m] ?? '')}`);
    out += `  ${m}: { ${parts.join(', ')} },\n`;
  }
  out += `} as const satisfies Readonly<Record<string, MessageDef>>;\n`;
  return out;
}

export function generate(): Record<string, string> {
  const c = collect();
  flatten(c);
  for (const m of c.messages) {
    const prefix = m.toLowerCase();
    if (!c.complex[`${prefix}:Root`]) throw new Error(`${m}: no Root`);
  }
  return {
    'schema.ts': emitSchema(c),
    'types.ts': emitTypes(c),
    'codelijsten.ts': emitCodelijsten(c),
  };
}

/** Formats the generated files with the repository's Biome configuration. */
export function formatWithBiome(paths: string[]): void {
  const root = resolve(PACKAGE_DIR, '..', '..');
  const biome = join(root, 'node_modules', '.bin', 'biome');
  const r = spawnSync(biome, ['format', '--write', ...paths], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`biome format failed: ${r.stderr || r.stdout}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = join(PACKAGE_DIR, 'src', 'generated');
  const files = generate();
  const paths: string[] = [];
  for (const [name, text] of Object.entries(files)) {
    const p = join(outDir, name);
    writeFileSync(p, text);
    paths.push(p);
  }
  formatWithBiome(paths);
  console.log(`generated ${paths.map((p) => p.slice(PACKAGE_DIR.length + 1)).join(', ')}`);
}
