/** The message header: sender and receiver codes, versions, identification and dagtekening. */
import fc from 'fast-check';
import { headerDefaults } from '../../src/build.ts';
import * as codelijst from '../../src/generated/codelijsten.ts';
import type { CDT_XsdVersie } from '../../src/generated/types.ts';
import type { IjwMessageType } from '../../src/schema.ts';
import { alnum, d2s, digits, s2d } from './basics.ts';

export const agb = digits(8);
const GEMEENTEN = Object.keys(codelijst.CBS_GEMEENTECODES);
export const gemeente = fc.constantFrom(...GEMEENTEN);
export const versie = fc.tuple(fc.nat(20), fc.nat(20), fc.nat(20)).map(([a, b, c]) => `${a}.${b}.${c}`);
export const xsdVersie: fc.Arbitrary<CDT_XsdVersie> = fc.record({
  BasisschemaXsdVersie: versie,
  BerichtXsdVersie: versie,
});
export const identificatie = alnum(1, 12);
/** Dagtekening of a message: recent enough for every date rule to be satisfiable. */
export const dagtekening = fc.integer({ min: s2d('2022-01-01'), max: s2d('2030-12-31') });

export function header<T extends IjwMessageType>(
  type: T,
  afzender: fc.Arbitrary<string>,
  ontvanger: fc.Arbitrary<string>,
  dag: number,
) {
  return fc
    .record({ Afzender: afzender, Ontvanger: ontvanger, Identificatie: identificatie, XsdVersie: xsdVersie })
    .map((h) => ({
      ...headerDefaults(type),
      Afzender: h.Afzender,
      Ontvanger: h.Ontvanger,
      BerichtIdentificatie: { Identificatie: h.Identificatie, Dagtekening: d2s(dag) },
      XsdVersie: h.XsdVersie,
    }));
}

/** Geboortedatum ≤ Dagtekening (TR134), within 120 years (TR002), DatumGebruik consistent (CS139). */
