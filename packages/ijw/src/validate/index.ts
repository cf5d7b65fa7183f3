/**
 * Validation of an iJw message the way a receiver checks it (IV032):
 *
 * - controleniveau 1: the XML is well-formed and valid against the official XSD (libxml2 as WebAssembly);
 * - controleniveau 2: the official rules stylesheet `TR-CD-CS-regels-JW-3.2.xsl` (this package's XSLT
 *   engine) reports no `Fout` — each violation carries its official rule code and the element locations.
 *
 * `validateXml` runs in a pool of worker threads (`pool.ts`) so that large messages never hold up the
 * caller's event loop; `validateXmlHere` is the same check on the calling thread.
 *
 * Levels 3 and 4 (checks against earlier messages or external sources) need the message store and are
 * the server's job; their outcome goes into a retour message through `buildRetour`.
 */
import { buildMessage } from '../build.ts';
import type { IjwBerichtMap } from '../generated/types.ts';
import { type IjwMessageType, messageDef, messageTypeForNamespace } from '../schema.ts';
import { RULES_XSL_NAME } from '../spec-files.ts';
import { isElement, readXml, textOf, type XmlElement, XmlSyntaxError } from '../xml.ts';
import { validationPool } from './pool.ts';
import { runRules } from './rules.ts';
import { validateXsd } from './xsd.ts';

export interface ValidationIssue {
  /** Controleniveau (IV032): 1 = message format (XML/XSD), 2 = message content (rules XSLT). */
  niveau: 1 | 2;
  source: 'xml' | 'xsd' | 'rules';
  /** `XML` or `XSD` for level 1, otherwise the official rule code (TR…, CD…, CS…). */
  code: string;
  message: string;
  /** Element paths in the rules' notation, e.g. `/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]`. */
  locations: string[];
  /** Line in the XML document (XML and XSD issues). */
  line?: number;
  /** Retourcode prescribed by the rule, if any (otherwise level 2 errors answer with 0001). */
  retourcode?: string;
}

export interface ValidationReport {
  /** True when the message passes the XSD and the rules with zero errors. */
  valid: boolean;
  messageType?: IjwMessageType;
  berichtIdentificatie?: { Identificatie: string; Dagtekening: string };
  xsd: { checked: boolean; valid: boolean; schema?: string };
  rules: { checked: boolean; valid: boolean; stylesheet: string; xsltVersie?: string };
  issues: ValidationIssue[];
}

export interface ValidateOptions {
  /** Reject the message when it is not of this type. */
  expectedType?: IjwMessageType;
  /** Run the rules stylesheet (default true). */
  rules?: boolean;
}

/**
 * Validates an XML message against the official XSD and rules in the worker pool. Never rejects for a
 * bad message.
 */
export function validateXml(xml: string, options: ValidateOptions = {}): Promise<ValidationReport> {
  return validationPool().validate(xml, options);
}

/** `validateXml` on the calling thread (used by the pool's workers and where blocking is fine). */
export function validateXmlHere(xml: string, options: ValidateOptions = {}): ValidationReport {
  const report: ValidationReport = {
    valid: false,
    xsd: { checked: false, valid: false },
    rules: { checked: false, valid: false, stylesheet: RULES_XSL_NAME },
    issues: [],
  };
  let root: XmlElement;
  try {
    root = readXml(xml);
  } catch (e) {
    if (!(e instanceof XmlSyntaxError)) throw e;
    report.issues.push({
      niveau: 1,
      source: 'xml',
      code: 'XML',
      message: e.message,
      locations: [],
      line: e.line,
    });
    return report;
  }
  const type = messageTypeForNamespace(root.ns);
  if (!type || root.local !== 'Bericht') {
    report.issues.push({
      niveau: 1,
      source: 'xsd',
      code: 'XSD',
      message: `not an iJw 3.2 message: root element {${root.ns}}${root.local}`,
      locations: [`/${root.local}`],
    });
    return report;
  }
  report.messageType = type;
  report.berichtIdentificatie = berichtIdentificatie(root);
  if (options.expectedType && options.expectedType !== type) {
    report.issues.push({
      niveau: 1,
      source: 'xsd',
      code: 'XSD',
      message: `expected a ${options.expectedType} message, got ${type}`,
      locations: ['/Bericht'],
    });
  }

  const xsdViolations = validateXsd(xml, type);
  const rules = options.rules === false ? undefined : runRules(xml);
  report.xsd = { checked: true, valid: xsdViolations.length === 0, schema: messageDef(type).xsd };
  for (const v of xsdViolations) {
    report.issues.push({
      niveau: 1,
      source: 'xsd',
      code: 'XSD',
      message: v.message,
      locations: v.location ? [v.location] : [],
      ...(v.line !== undefined ? { line: v.line } : {}),
    });
  }
  if (rules) {
    report.rules = {
      checked: true,
      valid: rules.violations.length === 0,
      stylesheet: RULES_XSL_NAME,
      xsltVersie: rules.xsltVersie,
    };
    for (const v of rules.violations) {
      report.issues.push({
        niveau: 2,
        source: 'rules',
        code: v.code,
        message: v.details ?? v.code,
        locations: v.locations,
        ...(v.retourcode ? { retourcode: v.retourcode } : {}),
      });
    }
  }
  report.valid =
    report.issues.length === 0 && report.xsd.valid && (report.rules.valid || options.rules === false);
  return report;
}

/** Builds a model and validates the result. */
export async function validateMessage<T extends IjwMessageType>(
  type: T,
  bericht: IjwBerichtMap[T],
  options: Omit<ValidateOptions, 'expectedType'> = {},
): Promise<{ xml: string; report: ValidationReport }> {
  const xml = buildMessage(type, bericht);
  return { xml, report: await validateXml(xml, { ...options, expectedType: type }) };
}

function berichtIdentificatie(root: XmlElement): ValidationReport['berichtIdentificatie'] {
  const header = root.children.find((c): c is XmlElement => isElement(c) && c.local === 'Header');
  const bi = header?.children.find(
    (c): c is XmlElement => isElement(c) && c.local === 'BerichtIdentificatie',
  );
  if (!bi) return undefined;
  const get = (name: string) => {
    const e = bi.children.find((c): c is XmlElement => isElement(c) && c.local === name);
    return e ? textOf(e).trim() : '';
  };
  return { Identificatie: get('Identificatie'), Dagtekening: get('Dagtekening') };
}

/** A readable, line-oriented report (used by the CLI). */
export function formatReport(report: ValidationReport, label?: string): string {
  const lines: string[] = [];
  const id = report.berichtIdentificatie;
  lines.push(
    `${label ? `${label}: ` : ''}${report.messageType ?? 'unknown message'}${id ? ` (BerichtIdentificatie ${id.Identificatie}, Dagtekening ${id.Dagtekening})` : ''}`,
  );
  const xmlIssues = report.issues.filter((i) => i.source === 'xml');
  if (xmlIssues.length > 0) lines.push('  XML: not well-formed');
  if (report.xsd.checked) {
    const n = report.issues.filter((i) => i.source === 'xsd').length;
    lines.push(
      `  XSD ${report.xsd.schema}: ${report.xsd.valid ? 'valid' : `${n} error${n === 1 ? '' : 's'}`}`,
    );
  }
  if (report.rules.checked) {
    const n = report.issues.filter((i) => i.source === 'rules').length;
    lines.push(
      `  Rules ${report.rules.stylesheet} (XSLT ${report.rules.xsltVersie}): ${report.rules.valid ? 'no errors' : `${n} error${n === 1 ? '' : 's'}`}`,
    );
  }
  for (const i of report.issues) {
    const where =
      i.locations.length > 0 ? i.locations.join(', ') : i.line !== undefined ? `line ${i.line}` : '';
    const line = i.line !== undefined && i.locations.length > 0 ? ` (line ${i.line})` : '';
    const rc = i.retourcode ? ` [retourcode ${i.retourcode}]` : '';
    lines.push(`  ${i.code.padEnd(5)} ${where}${line}${rc}`);
    lines.push(`        ${i.message}`);
  }
  lines.push(`  Result: ${report.valid ? 'VALID' : 'INVALID'}`);
  return lines.join('\n');
}
