/**
 * Retour messages (JW302, JW306, JW308, JW316, JW318, JW320) built from the heen message they answer,
 * following IV028 / IV032 / OP065:
 *
 * - controleniveau 1 (XSD): no retour message at all — the sender gets an error (see `retourForValidation`);
 * - controleniveau 2 (rules XSLT): only the Header, with retourcode 0001 and the XsltVersie;
 * - no errors: only the Header, without retourcodes;
 * - an error in the Header (level 3/4): only the Header, with the rule's retourcode;
 * - errors in a client's message classes (level 3/4): Header (0200) plus that Client with all its message
 *   classes copied unchanged, each with retourcode 0200 (no remark), 0233 (not checked) or the codes of
 *   what was wrong. Clients without errors are left out.
 *
 * JW325 (declaratie-antwoord) has its own rules: see `declaratie-antwoord.ts`.
 */
import { buildMessage, xsdVersie } from './build.ts';
import { RETOURCODE } from './codes.ts';
import type { IjwBerichtMap, LDT_RetourCode } from './generated/types.ts';
import { parsePath, pathKey } from './paths.ts';
import { type IjwMessageType, messageDef, RETOUR_BERICHT, requireComplexType, simpleType } from './schema.ts';
import type { ValidationReport } from './validate/index.ts';

/** Heen messages answered by a generic retour message (JW323 is answered by JW325, see declaratie-antwoord). */
export type RetourHeenType = 'JW301' | 'JW305' | 'JW307' | 'JW315' | 'JW317' | 'JW319';
export type RetourTypeOf<H extends RetourHeenType> = (typeof RETOUR_BERICHT)[H];

export interface RetourFinding {
  /**
   * The message class (or any element inside it) that is rejected, as a path in the heen message:
   * `Header`, `Client`, `Client/ToegewezenProducten/ToegewezenProduct[2]`, `/Bericht/Client/Bsn`… An element
   * without retourcodes of its own reports at the nearest enclosing class that has them.
   */
  path: string;
  codes: readonly LDT_RetourCode[];
}

export interface RetourOptions {
  /** IdentificatieRetour: the retour message's own identification (1–12 characters). */
  identificatie: string;
  /** DagtekeningRetour (YYYY-MM-DD). */
  dagtekening: string;
  /** XsltVersie of the rules used; required when `technischAfgekeurd` (IV033). */
  xsltVersie?: string;
  /** Controleniveau 2 failed: answer with the Header and retourcode 0001 only. */
  technischAfgekeurd?: boolean;
  /** Level 3/4 findings. */
  findings?: readonly RetourFinding[];
  /** Message classes that were not checked (retourcode 0233 instead of 0200). */
  nietBeoordeeld?: readonly string[];
  /** XsdVersieRetour; default: the versions of the XSDs in this package (IV034). */
  xsdVersieRetour?: { BasisschemaXsdVersie: string; BerichtXsdVersie: string };
}

export interface Retour<R extends IjwMessageType = IjwMessageType> {
  type: R;
  bericht: IjwBerichtMap[R];
}

/** Builds the retour message for a heen message (see the module comment for what goes in it). */
export function buildRetour<H extends RetourHeenType>(
  heen: { type: H; bericht: IjwBerichtMap[H] },
  options: RetourOptions,
): Retour<RetourTypeOf<H>> {
  const retourType = RETOUR_BERICHT[heen.type] as RetourTypeOf<H>;
  if (!(heen.type in RETOUR_BERICHT) || heen.type === ('JW323' as string)) {
    throw new Error(`${heen.type} is not answered by a generic retour message`);
  }
  const heenDef = messageDef(heen.type);
  const retourDef = messageDef(retourType);
  const heenRoot = requireComplexType(heenDef.root);
  const retourRoot = requireComplexType(retourDef.root);
  const bericht = heen.bericht as unknown as Record<string, unknown>;

  // Which paths in the heen message carry RetourCodes in the retour message.
  const classes = new Set<string>();
  const bodyElements = retourRoot.elements.filter((e) => e.name !== 'Header');
  for (const el of bodyElements) {
    const name = el.name;
    const v = bericht[name];
    if (v !== undefined) collectClasses(el.type, v, [{ name, index: 1 }], classes);
  }

  const headerCodes: LDT_RetourCode[] = [];
  const codesByClass = new Map<string, LDT_RetourCode[]>();
  for (const f of options.findings ?? []) {
    if (f.codes.length === 0) throw new Error(`finding at ${f.path} has no retourcodes`);
    const parts = parsePath(f.path);
    if (parts[0]?.name === 'Header') {
      headerCodes.push(...f.codes);
      continue;
    }
    assertExists(bericht, heen.type, f.path);
    let target: string | undefined;
    for (let n = parts.length; n > 0 && target === undefined; n--) {
      const k = pathKey(parts.slice(0, n));
      if (classes.has(k)) target = k;
    }
    if (target === undefined)
      throw new Error(`${f.path}: no message class with retourcodes encloses this element`);
    codesByClass.set(target, [...(codesByClass.get(target) ?? []), ...f.codes]);
  }
  const notChecked = new Set((options.nietBeoordeeld ?? []).map((p) => pathKey(p)));

  const header = retourHeader(heen.type, retourType, bericht.Header as Record<string, unknown>, options);
  const out: Record<string, unknown> = { Header: header };

  if (options.technischAfgekeurd) {
    if (!options.xsltVersie)
      throw new Error('a technical rejection (0001) must state the XsltVersie (IV028)');
    header.RetourCodes = [RETOURCODE.TECHNISCH_AFGEKEURD];
  } else if (headerCodes.length > 0) {
    header.RetourCodes = unique(headerCodes);
  } else if (codesByClass.size > 0) {
    header.RetourCodes = [RETOURCODE.GEEN_OPMERKING];
    for (const el of bodyElements) {
      const name = el.name;
      const prefix = pathKey([{ name, index: 1 }]);
      const rejected = [...codesByClass.keys()].some((k) => k === prefix || k.startsWith(`${prefix}/`));
      if (!rejected) continue; // OP065: only clients with rejected classes go back
      const heenEl = heenRoot.elements.find((e) => e.name === name);
      if (!heenEl) throw new Error(`${retourType}/${name} has no counterpart in ${heen.type}`);
      out[name] = copyWithCodes(el.type, heenEl.type, bericht[name], [{ name, index: 1 }]);
    }
  }
  return { type: retourType, bericht: out as unknown as IjwBerichtMap[RetourTypeOf<H>] };

  function codesFor(path: { name: string; index: number }[]): LDT_RetourCode[] {
    const k = pathKey(path);
    const found = codesByClass.get(k);
    if (found) return unique(found);
    return [notChecked.has(k) ? RETOURCODE.NIET_BEOORDEELD : RETOURCODE.GEEN_OPMERKING];
  }

  function copyWithCodes(
    retourTypeKey: string,
    heenTypeKey: string,
    value: unknown,
    path: { name: string; index: number }[],
  ): unknown {
    if (simpleType(retourTypeKey)) return value;
    const rt = requireComplexType(retourTypeKey);
    const ht = requireComplexType(heenTypeKey);
    const src = value as Record<string, unknown>;
    const dst: Record<string, unknown> = {};
    for (const el of rt.elements) {
      if (el.name === 'RetourCodes' && !ht.elements.some((e) => e.name === 'RetourCodes')) {
        dst.RetourCodes = codesFor(path);
        continue;
      }
      const hel = ht.elements.find((e) => e.name === el.name);
      if (!hel) throw new Error(`${retourTypeKey}/${el.name} has no counterpart in ${heenTypeKey}`);
      const v = src[el.name];
      if (v === undefined) continue;
      const itemName = el.list;
      if (itemName) {
        dst[el.name] = (v as unknown[]).map((item, i) =>
          copyWithCodes(el.type, hel.type, item, [
            ...path,
            { name: el.name, index: 1 },
            { name: itemName, index: i + 1 },
          ]),
        );
      } else {
        dst[el.name] = copyWithCodes(el.type, hel.type, v, [...path, { name: el.name, index: 1 }]);
      }
    }
    return dst;
  }
}

function collectClasses(
  typeKey: string,
  value: unknown,
  path: { name: string; index: number }[],
  out: Set<string>,
) {
  if (simpleType(typeKey)) return;
  const ct = requireComplexType(typeKey);
  if (ct.elements.some((e) => e.name === 'RetourCodes')) out.add(pathKey(path));
  const v = value as Record<string, unknown>;
  for (const el of ct.elements) {
    const child = v?.[el.name];
    if (child === undefined || el.name === 'RetourCodes') continue;
    const itemName = el.list;
    if (itemName) {
      (child as unknown[]).forEach((item, i) => {
        collectClasses(
          el.type,
          item,
          [...path, { name: el.name, index: 1 }, { name: itemName, index: i + 1 }],
          out,
        );
      });
    } else {
      collectClasses(el.type, child, [...path, { name: el.name, index: 1 }], out);
    }
  }
}

/** Throws when a finding points at an element that is not in the heen message. */
function assertExists(bericht: Record<string, unknown>, type: IjwMessageType, path: string) {
  let typeKey = messageDef(type).root;
  let value: unknown = bericht;
  const parts = parsePath(path);
  for (let i = 0, p = parts[0]; p !== undefined; p = parts[++i]) {
    const ct = requireComplexType(typeKey);
    const el = ct.elements.find((e) => e.name === p.name);
    if (!el || p.index !== 1) throw new Error(`${path}: no such element in ${type}`);
    value = (value as Record<string, unknown>)[p.name];
    if (value === undefined) throw new Error(`${path}: ${p.name} is not in this ${type} message`);
    if (el.list) {
      const item = parts[i + 1];
      if (!item) return;
      if (item.name !== el.list) throw new Error(`${path}: ${el.name} holds ${el.list} elements`);
      value = (value as unknown[])[item.index - 1];
      if (value === undefined)
        throw new Error(`${path}: there is no ${el.list}[${item.index}] in this ${type} message`);
      i++;
    }
    typeKey = el.type;
    if (simpleType(typeKey) && i < parts.length - 1)
      throw new Error(`${path}: ${p.name} has no child elements`);
  }
}

type HeaderRecord = Record<string, unknown>;

function retourHeader(
  heenType: IjwMessageType,
  retourType: IjwMessageType,
  heenHeader: HeaderRecord,
  options: RetourOptions,
): HeaderRecord {
  const rh = requireComplexType(`${messageDef(retourType).prefix}:Header`);
  const header: HeaderRecord = {};
  for (const el of rh.elements) {
    switch (el.name) {
      case 'BerichtCode':
        header.BerichtCode = messageDef(retourType).berichtCode;
        break;
      case 'IdentificatieRetour':
        header.IdentificatieRetour = options.identificatie;
        break;
      case 'DagtekeningRetour':
        header.DagtekeningRetour = options.dagtekening;
        break;
      case 'XsltVersie':
        if (options.xsltVersie) header.XsltVersie = options.xsltVersie;
        break;
      case 'XsdVersieRetour':
        header.XsdVersieRetour = options.xsdVersieRetour ?? xsdVersie(retourType);
        break;
      case 'RetourCodes':
        break;
      default:
        if (!(el.name in heenHeader)) throw new Error(`${heenType} header has no ${el.name}`);
        header[el.name] = heenHeader[el.name];
    }
  }
  return header;
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

export type RetourDecision<R extends IjwMessageType = IjwMessageType> =
  | { kind: 'retour'; retour: Retour<R>; xml: string }
  | {
      kind: 'geen-retour';
      /** Controleniveau 1 failed: per IV028 no retour message is sent; report these errors to the sender. */
      issues: ValidationReport['issues'];
    };

/**
 * Decides the answer to a received heen message from its validation report (levels 1 and 2) and the
 * receiver's own level 3/4 findings:
 *
 * - XSD or XML errors → no retour message (`kind: 'geen-retour'`), the caller reports the errors;
 * - rules errors → retour with Header and 0001 (plus XsltVersie);
 * - otherwise → the retour message with the findings, if any.
 */
export function retourForValidation<H extends RetourHeenType>(
  heen: { type: H; bericht: IjwBerichtMap[H] } | undefined,
  report: ValidationReport,
  options: Omit<RetourOptions, 'technischAfgekeurd' | 'xsltVersie'>,
): RetourDecision<RetourTypeOf<H>> {
  if (!heen || !report.xsd.valid || report.issues.some((i) => i.niveau === 1)) {
    return { kind: 'geen-retour', issues: report.issues.filter((i) => i.niveau === 1) };
  }
  const technisch = report.issues.some((i) => i.niveau === 2);
  const retour = buildRetour(heen, {
    ...options,
    ...(report.rules.xsltVersie ? { xsltVersie: report.rules.xsltVersie } : {}),
    technischAfgekeurd: technisch,
    findings: technisch ? [] : options.findings,
  });
  return { kind: 'retour', retour, xml: buildMessage(retour.type, retour.bericht) };
}
