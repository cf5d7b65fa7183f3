/**
 * Runs the official `TR-CD-CS-regels-JW-3.2.xsl` (XSLT 1.0) with this package's own XSLT engine
 * (`src/xslt`, compiled once per process or thread) and reads its `Rapport`: one `Fout` per violated
 * rule with the rule code (TR…, CD…, CS…), the locations (XPath-like element paths), the official
 * explanation and, when the rule defines one, a retourcode. Debian's `xsltproc` is the oracle: a test
 * compares both on every official example and on messages the project builds.
 */
import { readFileSync } from 'node:fs';
import { RULES_XSL } from '../spec-files.ts';
import { isElement, readXml, textOf, type XmlElement } from '../xml.ts';
import { type CompiledStylesheet, compileStylesheet } from '../xslt/index.ts';

const RAPPORT_NAMESPACE = 'http://www.istandaarden.nl/validatie/1_1/rapport/schema';

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

let stylesheet: CompiledStylesheet | undefined;

/** Compiles the rules stylesheet (about a second); call it early to keep that out of the first message. */
export function loadRules(): CompiledStylesheet {
  stylesheet ??= compileStylesheet(readFileSync(RULES_XSL, 'utf8'));
  return stylesheet;
}

/** Runs the rules on a well-formed message and returns the Rapport as XML. */
export function rulesRapport(xml: string): string {
  return loadRules().transform(xml);
}

/** Runs the rules on a well-formed message. */
export function runRules(xml: string): RulesResult {
  return readRapport(rulesRapport(xml));
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
