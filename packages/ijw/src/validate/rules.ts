/**
 * Runs the official `TR-CD-CS-regels-JW-3.2.xsl` (compiled to SEF, see compile-rules.ts) with SaxonJS and
 * reads its `Rapport`: one `Fout` per violated rule with the rule code (TR…, CD…, CS…), the locations
 * (XPath-like element paths), the official explanation and, when the rule defines one, a retourcode.
 */
import { readFile } from 'node:fs/promises';
import SaxonJS from 'saxon-js';
import { isElement, readXml, textOf, type XmlElement } from '../xml.ts';
import { ensureRulesSef, type RulesSefOptions } from './compile-rules.ts';

export const RAPPORT_NAMESPACE = 'http://www.istandaarden.nl/validatie/1_1/rapport/schema';

export interface RuleViolation {
  /** The official rule code, e.g. `CS002`, `TR134`, `CD079`. */
  code: string;
  /** Element paths, e.g. `/Bericht/Client/Bsn`. */
  locations: string[];
  /** The official explanation of the rule. */
  details?: string;
  /** The retourcode the rule prescribes, when it prescribes one. */
  retourcode?: string;
}

export interface RulesResult {
  /** XSLT version the stylesheet reports (goes into XsltVersie of a retour message, IV033). */
  xsltVersie: string;
  violations: RuleViolation[];
}

let stylesheet: Promise<unknown> | undefined;

/**
 * Loads (and if needed first compiles) the rules stylesheet. Call it early to move the one-time
 * compilation (~10 s) out of the first validation.
 */
export function loadRules(options: RulesSefOptions = {}): Promise<unknown> {
  stylesheet ??= ensureRulesSef(options)
    .then((path) => readFile(path, 'utf8'))
    .then((text) => JSON.parse(text) as unknown)
    .catch((e: unknown) => {
      stylesheet = undefined;
      throw e;
    });
  return stylesheet;
}

/** Runs the rules on a well-formed message. */
export async function runRules(xml: string, options: RulesSefOptions = {}): Promise<RulesResult> {
  const sef = await loadRules(options);
  const result = await SaxonJS.transform(
    { stylesheetInternal: sef, sourceText: xml, destination: 'serialized' },
    'async',
  );
  return readRapport(result.principalResult);
}

export function readRapport(rapportXml: string): RulesResult {
  const root = readXml(rapportXml);
  if (root.ns !== RAPPORT_NAMESPACE || root.local !== 'Rapport') {
    throw new Error(`unexpected rules output: root {${root.ns}}${root.local}`);
  }
  const header = child(root, 'Header');
  const xsltVersie = header ? text(child(header, 'XSLTVersie')) : '';
  const fouten = child(root, 'Fouten');
  const violations: RuleViolation[] = [];
  for (const f of fouten ? children(fouten, 'Fout') : []) {
    const v: RuleViolation = {
      code: text(child(f, 'Code')).trim(),
      locations: children(f, 'Locatie').map((l) => textOf(l).trim()),
    };
    const details = child(f, 'Details');
    if (details) v.details = textOf(details).trim();
    const retourcode = child(f, 'Retourcode');
    if (retourcode) v.retourcode = textOf(retourcode).trim();
    violations.push(v);
  }
  return { xsltVersie: xsltVersie.trim(), violations };
}

function children(e: XmlElement, local: string): XmlElement[] {
  return e.children.filter(
    (c): c is XmlElement => isElement(c) && c.local === local && c.ns === RAPPORT_NAMESPACE,
  );
}

function child(e: XmlElement, local: string): XmlElement | undefined {
  return children(e, local)[0];
}

function text(e: XmlElement | undefined): string {
  return e ? textOf(e) : '';
}
