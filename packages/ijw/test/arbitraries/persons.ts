/** Persons, names, addresses and contacts (JW301, JW315). */
import fc from 'fast-check';
import * as codelijst from '../../src/generated/codelijsten.ts';
import type {
  CDT_Adres,
  CDT_Geboortedatum,
  CDT_Telefoonnummers,
  CDT_VerkorteNaam,
  CDT_VolledigeNaam,
  Jw301Contact,
} from '../../src/generated/types.ts';
import { alnum, clean, d2s, digits, opt, s2d, text } from './basics.ts';

export function geboortedatum(dag: number): fc.Arbitrary<CDT_Geboortedatum> {
  return fc
    .oneof(
      {
        weight: 6,
        arbitrary: fc.integer({ min: dag - 100 * 365, max: dag }).map((d) => ({ Datum: d2s(d) })),
      },
      {
        weight: 1,
        arbitrary: fc.integer({ min: dag - 100 * 365, max: dag }).map((d) => {
          const s = d2s(d);
          return { Datum: `${s.slice(0, 8)}01`, DatumGebruik: '1' as const };
        }),
      },
      { weight: 1, arbitrary: fc.constant({ Datum: '1900-01-01', DatumGebruik: '3' as const }) },
    )
    .filter((g) => s2d(g.Datum) <= dag);
}

const achternaam = fc.record(
  { Achternaam: text(40), Voorvoegsel: opt(text(10)) },
  { requiredKeys: ['Achternaam'] },
);
const voorletters = fc.string({
  unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZÀÉÖabc'),
  minLength: 1,
  maxLength: 6,
});

/** CS050: with a Partnernaam NaamGebruik is 1–4, otherwise 1 or 6; CS318: a client is never 6. */
export function volledigeNaam(client: boolean): fc.Arbitrary<CDT_VolledigeNaam> {
  return fc
    .record({
      Geslachtsnaam: achternaam,
      Partnernaam: opt(achternaam),
      Voornamen: opt(text(60)),
      Voorletters: opt(voorletters),
      ng: fc.constantFrom('1', '2', '3', '4', '6'),
    })
    .map(({ ng, ...n }) => {
      const NaamGebruik = (n.Partnernaam ? (ng === '6' ? '1' : ng) : client || ng !== '6' ? '1' : '6') as
        | '1'
        | '2'
        | '3'
        | '4'
        | '6';
      return clean({ ...n, NaamGebruik });
    });
}

export const verkorteNaam: fc.Arbitrary<CDT_VerkorteNaam> = fc
  .record({ Geslachtsnaam: achternaam, Voornamen: opt(text(60)), Voorletters: opt(voorletters) })
  .map(clean);

const telefoon: fc.Arbitrary<CDT_Telefoonnummers> = fc
  .record({
    Telefoon01: fc.record({
      Telefoonnummer: fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 15 }),
      Landnummer: fc.constantFrom('0031', '0032', '49'),
    }),
    Telefoon02: opt(fc.record({ Telefoonnummer: digits(10), Landnummer: fc.constant('0031') })),
  })
  .map(clean);

const huis = fc
  .record({
    Huisnummer: fc.integer({ min: 0, max: 99999 }),
    Huisletter: opt(fc.constantFrom('A', 'B', 'c', 'é')),
    HuisnummerToevoeging: opt(alnum(1, 4)),
    AanduidingWoonadres: opt(fc.constantFrom(...codelijst.NUM061_CODES)),
  })
  .map(clean);

/** Dutch address: Huis (CD025), postcode 1234AB (CS089); Postcode and LandCode together (CD005). */
const nlAdres: fc.Arbitrary<CDT_Adres> = fc
  .record({
    Huis: huis,
    Postcode: fc
      .tuple(fc.integer({ min: 1000, max: 9999 }), fc.constantFrom('AB', 'XX', 'zz', 'Kl'))
      .map(([n, l]) => `${n}${l}`),
    Straatnaam: opt(text(24)),
    Plaatsnaam: opt(text(40)),
    LandCode: fc.constant('NL' as const),
  })
  .map(clean);

const buitenlandAdres: fc.Arbitrary<CDT_Adres> = fc
  .record({
    Huis: opt(huis),
    Postcode: alnum(1, 8),
    Straatnaam: opt(text(24)),
    Plaatsnaam: opt(text(40)),
    LandCode: fc.constantFrom(...codelijst.COD032_CODES.filter((c) => c !== 'NL')),
  })
  .map(clean);

/**
 * A JW301 Contact of the given Soort: Soort 01/03 need an address with postcode (CD034), without Telefoon
 * there must be Huis and Postcode (TR006), Periode only for Soort 04 (CD009) and Einddatum ≥ Begindatum
 * with a Begindatum (CS003).
 */
export function contact(soort: '01' | '02' | '03' | '04', dag: number): fc.Arbitrary<Jw301Contact> {
  return fc
    .record({
      adres: fc.oneof(nlAdres, buitenlandAdres),
      metAdres: fc.boolean(),
      Organisatie: opt(text(35)),
      Telefoon: opt(telefoon),
      Emailadres: opt(text(80)),
      begin: opt(fc.integer({ min: dag - 400, max: dag + 400 })),
      duur: opt(fc.integer({ min: 0, max: 400 })),
    })
    .map((c) => {
      const needsAdres = soort === '01' || soort === '03' || !c.Telefoon || c.metAdres;
      let Adres = needsAdres ? c.adres : undefined;
      if (Adres && !c.Telefoon && !Adres.Huis) Adres = { ...Adres, Huis: { Huisnummer: 1 } };
      const Periode =
        soort === '04' && c.begin !== undefined
          ? clean({
              Begindatum: d2s(c.begin),
              Einddatum: c.duur !== undefined ? d2s(c.begin + c.duur) : undefined,
            })
          : undefined;
      return clean({
        Soort: soort,
        Adres,
        Organisatie: c.Organisatie,
        Telefoon: c.Telefoon,
        Emailadres: c.Emailadres,
        Periode,
      });
    });
}

/** Distinct values from a list, in a random order. */
export function subset<T>(values: readonly T[], min: number, max: number) {
  return fc.shuffledSubarray([...values], { minLength: min, maxLength: max });
}
