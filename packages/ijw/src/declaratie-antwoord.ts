/**
 * JW325 declaratie-antwoord for a JW323 declaratie (OP303, OP304, TR342):
 *
 * - controleniveau 2 failed: Header only, retourcode 0001 and the XsltVersie;
 * - an error in the Header (level 3/4, e.g. 8848, 9056, S300): Header only with those codes;
 * - the declaration as a whole is rejected (e.g. 9333, 8214): DeclaratieAntwoord with those codes and a
 *   TotaalToegekendBedrag of 0;
 * - some prestaties are rejected: DeclaratieAntwoord (0200) with only the clients that have rejected
 *   prestaties (0200), only those prestaties (with the codes why), and TotaalToegekendBedrag =
 *   TotaalIngediendBedrag minus the rejected amounts;
 * - everything is approved: DeclaratieAntwoord with retourcode 8001 (declaratie volledig toegewezen) and no
 *   client details.
 */
import { buildMessage, xsdVersie } from './build.ts';
import { RETOURCODE } from './codes.ts';
import type {
  CDT_TotaalBedragMetDC,
  Jw323Bericht,
  Jw325Bericht,
  Jw325Client,
  Jw325Prestatie,
  LDT_RetourCode,
} from './generated/types.ts';
import { parsePath } from './paths.ts';
import type { Retour, RetourDecision } from './retour.ts';
import type { ValidationReport } from './validate/index.ts';

export interface PrestatieAfwijzing {
  /** The rejected prestatie: its path (`Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]`)… */
  path?: string;
  /** …or its ProductReferentie/ReferentieNummer (unique per aanbieder, TR314). */
  referentieNummer?: string;
  codes: readonly LDT_RetourCode[];
}

export interface DeclaratieAntwoordOptions {
  /** BerichtIdentificatie of the JW325 itself. */
  identificatie: string;
  dagtekening: string;
  /** The municipality's XsdVersie for the JW325 (default: this package's XSD versions). */
  xsdVersie?: { BasisschemaXsdVersie: string; BerichtXsdVersie: string };
  xsltVersie?: string;
  /** Controleniveau 2 failed (rules XSLT): Header with 0001 only. */
  technischAfgekeurd?: boolean;
  /** Codes for an error in the Header (level 3/4). */
  header?: readonly LDT_RetourCode[];
  /** Codes rejecting the declaration as a whole. */
  declaratie?: readonly LDT_RetourCode[];
  /** Rejected prestaties. */
  afgewezen?: readonly PrestatieAfwijzing[];
}

export function buildDeclaratieAntwoord(
  declaratie: Jw323Bericht,
  options: DeclaratieAntwoordOptions,
): Retour<'JW325'> {
  const h = declaratie.Header;
  const header: Jw325Bericht['Header'] = {
    BerichtCode: '491',
    BerichtVersie: 3,
    BerichtSubversie: 2,
    // The answer goes from the municipality back to the provider.
    Afzender: h.Ontvanger,
    Ontvanger: h.Afzender,
    BerichtIdentificatie: { Identificatie: options.identificatie, Dagtekening: options.dagtekening },
    XsdVersie: options.xsdVersie ?? xsdVersie('JW325'),
    DeclaratieIdentificatie: { ...h.BerichtIdentificatie },
    ...(options.xsltVersie ? { XsltVersie: options.xsltVersie } : {}),
    XsdVersieDeclaratie: { ...h.XsdVersie },
    RetourCodes: [RETOURCODE.GEEN_OPMERKING],
  };
  if (options.technischAfgekeurd) {
    if (!options.xsltVersie)
      throw new Error('a technical rejection (0001) must state the XsltVersie (IV028)');
    header.RetourCodes = [RETOURCODE.TECHNISCH_AFGEKEURD];
    return { type: 'JW325', bericht: { Header: header } };
  }
  if (options.header && options.header.length > 0) {
    header.RetourCodes = [...new Set(options.header)];
    return { type: 'JW325', bericht: { Header: header } };
  }

  const d = declaratie.Declaratie;
  const antwoord: NonNullable<Jw325Bericht['DeclaratieAntwoord']> = {
    DeclaratieNummer: d.DeclaratieNummer,
    TotaalIngediendBedrag: { ...d.TotaalIngediendBedrag },
    TotaalToegekendBedrag: { TotaalBedrag: 0, DebetCredit: 'D' },
    RetourCodes: [RETOURCODE.GEEN_OPMERKING],
  };
  if (options.declaratie && options.declaratie.length > 0) {
    antwoord.RetourCodes = [...new Set(options.declaratie)];
    return { type: 'JW325', bericht: { Header: header, DeclaratieAntwoord: antwoord } };
  }

  // Resolve the rejections to (client, prestatie) positions.
  const rejected = new Map<string, LDT_RetourCode[]>();
  const key = (c: number, p: number) => `${c}/${p}`;
  for (const a of options.afgewezen ?? []) {
    if (a.codes.length === 0) throw new Error('a rejected prestatie needs at least one retourcode');
    let pos: [number, number] | undefined;
    if (a.path !== undefined) {
      const parts = parsePath(a.path);
      const names = parts.map((p) => p.name).join('/');
      if (names !== 'Declaratie/Clienten/Client/Prestaties/Prestatie') {
        throw new Error(
          `${a.path}: a prestatie path looks like Declaratie/Clienten/Client[i]/Prestaties/Prestatie[j]`,
        );
      }
      const [, , client, , prestatie] = parts;
      if (!client || !prestatie) throw new Error(`${a.path}: no such prestatie in the declaratie`);
      pos = [client.index - 1, prestatie.index - 1];
      if (!d.Clienten[pos[0]]?.Prestaties[pos[1]])
        throw new Error(`${a.path}: no such prestatie in the declaratie`);
    } else if (a.referentieNummer !== undefined) {
      d.Clienten.forEach((c, ci) => {
        c.Prestaties.forEach((p, pi) => {
          if (p.ProductReferentie.ReferentieNummer === a.referentieNummer) pos = [ci, pi];
        });
      });
      if (!pos) throw new Error(`no prestatie with ReferentieNummer ${a.referentieNummer} in the declaratie`);
    } else {
      throw new Error('a rejected prestatie is identified by path or referentieNummer');
    }
    const k = key(pos[0], pos[1]);
    rejected.set(k, [...(rejected.get(k) ?? []), ...a.codes]);
  }

  if (rejected.size === 0) {
    antwoord.TotaalToegekendBedrag = { ...d.TotaalIngediendBedrag };
    antwoord.RetourCodes = [RETOURCODE.DECLARATIE_VOLLEDIG_TOEGEWEZEN];
    return { type: 'JW325', bericht: { Header: header, DeclaratieAntwoord: antwoord } };
  }

  let toegekend = signed(d.TotaalIngediendBedrag.TotaalBedrag, d.TotaalIngediendBedrag.DebetCredit);
  const clienten: Jw325Client[] = [];
  d.Clienten.forEach((c, ci) => {
    const prestaties: Jw325Prestatie[] = [];
    c.Prestaties.forEach((p, pi) => {
      const codes = rejected.get(key(ci, pi));
      if (!codes) return;
      toegekend -= signed(p.IngediendBedrag.Bedrag, p.IngediendBedrag.DebetCredit);
      prestaties.push({ ...structuredClone(p), RetourCodes: [...new Set(codes)] });
    });
    if (prestaties.length > 0) {
      clienten.push({ Bsn: c.Bsn, Prestaties: prestaties, RetourCodes: [RETOURCODE.GEEN_OPMERKING] });
    }
  });
  antwoord.TotaalToegekendBedrag = totaal(toegekend);
  antwoord.Clienten = clienten;
  return { type: 'JW325', bericht: { Header: header, DeclaratieAntwoord: antwoord } };
}

function signed(bedrag: number, dc: 'C' | 'D'): number {
  return dc === 'C' ? -bedrag : bedrag;
}

/** A signed amount as TotaalBedrag + DebetCredit (0 is debet, CS325). */
function totaal(amount: number): CDT_TotaalBedragMetDC {
  return { TotaalBedrag: Math.abs(amount), DebetCredit: amount < 0 ? 'C' : 'D' };
}

/**
 * The answer to a received JW323 from its validation report (levels 1 and 2) and the municipality's own
 * level 3/4 checks: no JW325 when the XSD fails (IV028), Header + 0001 when the rules fail, otherwise the
 * declaratie-antwoord with the given rejections.
 */
export function declaratieAntwoordForValidation(
  declaratie: Jw323Bericht | undefined,
  report: ValidationReport,
  options: Omit<DeclaratieAntwoordOptions, 'technischAfgekeurd' | 'xsltVersie'>,
): RetourDecision<'JW325'> {
  if (!declaratie || !report.xsd.valid || report.issues.some((i) => i.niveau === 1)) {
    return { kind: 'geen-retour', issues: report.issues.filter((i) => i.niveau === 1) };
  }
  const technisch = report.issues.some((i) => i.niveau === 2);
  const retour = buildDeclaratieAntwoord(declaratie, {
    ...options,
    ...(report.rules.xsltVersie ? { xsltVersie: report.rules.xsltVersie } : {}),
    technischAfgekeurd: technisch,
  });
  return { kind: 'retour', retour, xml: buildMessage('JW325', retour.bericht) };
}
