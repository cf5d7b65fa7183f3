import fc from 'fast-check';
import * as codelijst from '../../src/generated/codelijsten.ts';
import type {
  CDT_Geboortedatum,
  CDT_Product,
  CDT_VerkorteNaam,
  IjwBerichtMap,
  Jw305StartProduct,
  Jw307StopProduct,
} from '../../src/generated/types.ts';
import { alnum, bsn, clean, d2s, opt } from './basics.ts';
import { agb, dagtekening, gemeente, header } from './header.ts';
import { geboortedatum, verkorteNaam } from './persons.ts';
import { categorie } from './products.ts';

// ---------------------------------------------------------------------------------------------------------
// JW305 Start zorg, JW307 Stop zorg

const productOpt = opt(
  fc
    .record({ cat: categorie, code: opt(alnum(3, 3)) })
    .map((p) => clean({ Categorie: p.cat, Code: p.code && `${p.cat}${p.code}` })),
);

/** What a provider's message says of the client: a citizen service number, birth date, sex and short name. */
export const providerClient = (dag: number) => ({
  Bsn: bsn,
  Geboortedatum: geboortedatum(dag),
  Geslacht: fc.constantFrom(...codelijst.COD046_CODES),
  Naam: verkorteNaam,
});
type ProviderClient = {
  Bsn: string;
  Geboortedatum: CDT_Geboortedatum;
  Geslacht: (typeof codelijst.COD046_CODES)[number];
  Naam: CDT_VerkorteNaam;
};
export const clientOf = (r: ProviderClient): ProviderClient => ({
  Bsn: r.Bsn,
  Geboortedatum: r.Geboortedatum,
  Geslacht: r.Geslacht,
  Naam: r.Naam,
});

/**
 * A JW305 or JW307 from the provider: its client and 1–4 products of assignments, each numbered from
 * `nummerBase` (TR101: the key includes ToewijzingNummer, which is unique here); each message adds its own fields.
 */
function assignedProducts<
  T extends 'JW305' | 'JW307',
  S extends { Product: CDT_Product | undefined; ingang: number | undefined; begin: number },
>(type: T, dag: number, product: fc.Arbitrary<S>) {
  return fc
    .record({
      Header: header(type, agb, gemeente, dag),
      ...providerClient(dag),
      products: fc.array(product, { minLength: 1, maxLength: 4 }),
      nummerBase: fc.integer({ min: 0, max: 999_999_000 }),
    })
    .map((r) => ({
      Header: r.Header,
      client: clientOf(r),
      products: r.products.map((s, i) => ({
        s,
        assigned: {
          ToewijzingNummer: r.nummerBase + i,
          Product: s.Product,
          ToewijzingIngangsdatum: s.ingang !== undefined ? d2s(s.ingang) : undefined,
          Begindatum: d2s(s.begin),
        },
      })),
    }));
}

export const jw305: fc.Arbitrary<IjwBerichtMap['JW305']> = dagtekening.chain((dag) =>
  assignedProducts(
    'JW305',
    dag,
    fc.record({
      Product: productOpt,
      ingang: opt(fc.integer({ min: dag - 600, max: dag + 100 })),
      begin: fc.integer({ min: dag - 600, max: dag }), // TR134
      StatusAanlevering: fc.constantFrom('1', '3') as fc.Arbitrary<'1' | '3'>, // CS058
    }),
  ).map(({ Header, client, products }) =>
    clean({
      Header,
      Client: {
        ...client,
        StartProducten: products.map(
          ({ s, assigned }): Jw305StartProduct =>
            clean({ ...assigned, StatusAanlevering: s.StatusAanlevering }),
        ),
      },
    }),
  ),
);

export const jw307: fc.Arbitrary<IjwBerichtMap['JW307']> = dagtekening.chain((dag) =>
  assignedProducts(
    'JW307',
    dag,
    fc.record({
      Product: productOpt,
      ingang: opt(fc.integer({ min: dag - 900, max: dag })),
      begin: fc.integer({ min: dag - 600, max: dag }),
      duur: fc.integer({ min: 0, max: 600 }),
      RedenBeeindiging: fc.constantFrom(...codelijst.JZ588_CODES),
      StatusAanlevering: fc.constantFrom('1', '3') as fc.Arbitrary<'1' | '3'>,
    }),
  ).map(({ Header, client, products }) =>
    clean({
      Header,
      Client: {
        ...client,
        StopProducten: products.map(
          ({ s, assigned }): Jw307StopProduct =>
            clean({
              ...assigned,
              RedenBeeindiging: s.RedenBeeindiging,
              // TR018 Einddatum ≥ Begindatum, TR134 ≤ Dagtekening.
              Einddatum: d2s(Math.min(dag, s.begin + s.duur)),
              StatusAanlevering: s.StatusAanlevering,
            }),
        ),
      },
    }),
  ),
);
