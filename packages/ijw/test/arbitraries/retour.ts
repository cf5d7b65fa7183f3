import fc from 'fast-check';
import { buildDeclaratieAntwoord } from '../../src/declaratie-antwoord.ts';
import * as codelijst from '../../src/generated/codelijsten.ts';
import type { IjwBerichtMap, LDT_RetourCode } from '../../src/generated/types.ts';
import { buildRetour, type RetourHeenType } from '../../src/retour.ts';
import { type IjwMessageType, messageDef, requireComplexType, simpleType } from '../../src/schema.ts';
import { clean, d2s, opt, s2d } from './basics.ts';
import { dagtekening, identificatie, versie, xsdVersie } from './header.ts';
import { jw301 } from './jw301.ts';
import { jw305, jw307 } from './jw305-jw307.ts';
import { jw315, jw317 } from './jw315-jw317.ts';
import { jw319, jw323 } from './jw319-jw323.ts';

// ---------------------------------------------------------------------------------------------------------
// Retour messages: built from a generated heen message with random findings

/** Every element path in the body of a message (candidates for findings). */
function bodyPaths(type: IjwMessageType, bericht: Record<string, unknown>): string[] {
  const out: string[] = [];
  const walk = (typeKey: string, value: unknown, path: string) => {
    if (simpleType(typeKey)) return;
    const ct = requireComplexType(typeKey);
    for (const el of ct.elements) {
      const v = (value as Record<string, unknown>)[el.name];
      if (v === undefined) continue;
      const p = `${path}/${el.name}`;
      out.push(p);
      if (el.list) {
        (v as unknown[]).forEach((item, i) => {
          out.push(`${p}/${el.list}[${i + 1}]`);
          walk(el.type, item, `${p}/${el.list}[${i + 1}]`);
        });
      } else walk(el.type, v, p);
    }
  };
  const root = requireComplexType(messageDef(type).root);
  for (const el of root.elements) {
    if (el.name === 'Header' || bericht[el.name] === undefined) continue;
    out.push(el.name);
    walk(el.type, bericht[el.name], el.name);
  }
  return out;
}

const afkeurCode = fc.constantFrom(
  ...codelijst.WJ001_CODES.filter((c) => !['0001', '0200', '0233', '8001'].includes(c)),
) as fc.Arbitrary<LDT_RetourCode>;
const retourOptions = fc.record({
  identificatie,
  dag: dagtekening,
  xsltVersie: opt(versie),
  xsdVersieRetour: opt(xsdVersie),
  mode: fc.constantFrom('ok', 'ok', 'technisch', 'header', 'findings', 'findings'),
});

function retourOf<H extends RetourHeenType>(type: H, heen: fc.Arbitrary<IjwBerichtMap[H]>) {
  return fc.tuple(heen, retourOptions).chain(([bericht, o]) => {
    const paths = bodyPaths(type, bericht as unknown as Record<string, unknown>);
    return fc
      .record({
        findings: fc.array(
          fc.record({
            path: fc.constantFrom(...paths),
            codes: fc.array(afkeurCode, { minLength: 1, maxLength: 3 }),
          }),
          {
            minLength: 1,
            maxLength: 3,
          },
        ),
        nietBeoordeeld: fc.subarray(paths, { maxLength: 2 }),
        headerCodes: fc.array(afkeurCode, { minLength: 1, maxLength: 2 }),
      })
      .map(
        (f) =>
          buildRetour(
            { type, bericht },
            clean({
              identificatie: o.identificatie,
              dagtekening: d2s(o.dag),
              xsltVersie: o.mode === 'technisch' ? (o.xsltVersie ?? '2.10.5') : o.xsltVersie,
              xsdVersieRetour: o.xsdVersieRetour,
              technischAfgekeurd: o.mode === 'technisch',
              findings:
                o.mode === 'header'
                  ? [{ path: 'Header', codes: f.headerCodes }]
                  : o.mode === 'findings'
                    ? f.findings
                    : [],
              nietBeoordeeld: f.nietBeoordeeld,
            }),
          ).bericht,
      );
  });
}

export const jw302 = retourOf('JW301', jw301);
export const jw306 = retourOf('JW305', jw305);
export const jw308 = retourOf('JW307', jw307);
export const jw316 = retourOf('JW315', jw315);
export const jw318 = retourOf('JW317', jw317);
export const jw320 = retourOf('JW319', jw319);

export const jw325: fc.Arbitrary<IjwBerichtMap['JW325']> = fc
  .tuple(jw323, retourOptions, fc.nat(30))
  .chain(([declaratie, o, later]) => {
    // The answer is dated on or after the declaratie (TR134/TR137 apply to its ProductPeriodes too).
    const dag = s2d(declaratie.Header.BerichtIdentificatie.Dagtekening) + later;
    const prestaties = declaratie.Declaratie.Clienten.flatMap((c, ci) =>
      c.Prestaties.map((_, pi) => `Declaratie/Clienten/Client[${ci + 1}]/Prestaties/Prestatie[${pi + 1}]`),
    );
    return fc
      .record({
        afgewezen: fc.subarray(prestaties),
        codes: fc.array(afkeurCode, { minLength: 1, maxLength: 3 }),
        declaratie: fc.boolean(),
      })
      .map(
        (f) =>
          buildDeclaratieAntwoord(
            declaratie,
            clean({
              identificatie: o.identificatie,
              dagtekening: d2s(dag),
              xsltVersie: o.mode === 'technisch' ? (o.xsltVersie ?? '2.10.5') : o.xsltVersie,
              xsdVersie: o.xsdVersieRetour,
              technischAfgekeurd: o.mode === 'technisch',
              header: o.mode === 'header' ? f.codes : undefined,
              declaratie: o.mode === 'findings' && f.declaratie ? f.codes : undefined,
              afgewezen: f.afgewezen.map((path) => ({ path, codes: f.codes })),
            }),
          ).bericht,
      );
  });
