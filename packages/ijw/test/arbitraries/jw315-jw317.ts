import fc from 'fast-check';
import * as codelijst from '../../src/generated/codelijsten.ts';
import type {
  CDT_Verwijzer,
  IjwBerichtMap,
  Jw315AangevraagdProduct,
  Jw317NieuwProduct,
  Jw317TeWijzigenProduct,
} from '../../src/generated/types.ts';
import { alnum, bsn, clean, commentaar, D2021, d2s, opt, text } from './basics.ts';
import { agb, dagtekening, gemeente, header } from './header.ts';
import { clientOf, providerClient } from './jw305-jw307.ts';
import { periods, productShape } from './products.ts';

// ---------------------------------------------------------------------------------------------------------
// JW315 Verzoek om toewijzing

/** CD066/CD067/CD068: types 02–05 carry exactly one of ZorgverlenerCode and Naam; others no ZorgverlenerCode. */
const verwijzer: fc.Arbitrary<CDT_Verwijzer> = fc
  .record({
    Type: fc.constantFrom('01', '02', '03', '04', '05', '06', '08') as fc.Arbitrary<CDT_Verwijzer['Type']>,
    naam: text(64),
    code: agb,
    metCode: fc.boolean(),
    metNaam: fc.boolean(),
  })
  .map((v) => {
    if (['02', '03', '04', '05'].includes(v.Type)) {
      return v.metCode ? { Type: v.Type, ZorgverlenerCode: v.code } : { Type: v.Type, Naam: v.naam };
    }
    return v.metNaam ? { Type: v.Type, Naam: v.naam } : { Type: v.Type };
  });

export const jw315: fc.Arbitrary<IjwBerichtMap['JW315']> = dagtekening.chain((dag) =>
  fc
    .record({
      Header: header('JW315', agb, gemeente, dag),
      ...providerClient(dag),
      GezagsdragerBekend: opt(fc.constantFrom('1', '2') as fc.Arbitrary<'1' | '2'>),
      Commentaar: opt(commentaar),
      products: fc.array(productShape, { minLength: 1, maxLength: 4 }),
    })
    .chain((r) =>
      fc
        .record({
          periods: periods(
            r.products.length,
            Math.max(D2021, dag - 200),
            r.products.map((p) => p.needsEnd),
          ),
          extras: fc.array(
            fc.record({
              beschikking: opt(
                fc.tuple(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: dag - 300, max: dag })),
              ),
              Verwijzer: verwijzer,
              Raamcontract: opt(fc.constantFrom('1', '2') as fc.Arbitrary<'1' | '2'>),
              Commentaar: opt(commentaar),
            }),
            { minLength: r.products.length, maxLength: r.products.length },
          ),
          refBase: alnum(1, 30),
        })
        .map(({ periods: ps, extras, refBase }) =>
          clean({
            Header: r.Header,
            Client: {
              ...clientOf(r),
              GezagsdragerBekend: r.GezagsdragerBekend,
              Commentaar: r.Commentaar,
              AangevraagdeProducten: r.products.map((p, i): Jw315AangevraagdProduct => {
                const e = extras[i]!;
                return clean({
                  ReferentieAanbieder: `${refBase}-${i}`, // TR383/TR101: unique in the message
                  // CD043: BeschikkingNummer and BeschikkingIngangsdatum together.
                  BeschikkingNummer: e.beschikking?.[0],
                  Product: p.Product,
                  BeschikkingIngangsdatum: e.beschikking ? d2s(e.beschikking[1]) : undefined,
                  ToewijzingIngangsdatum: d2s(ps[i]!.start),
                  ToewijzingEinddatum: ps[i]!.end !== undefined ? d2s(ps[i]!.end!) : undefined,
                  Omvang: p.Omvang,
                  Budget: p.Budget,
                  Verwijzer: e.Verwijzer,
                  Raamcontract: e.Raamcontract,
                  Commentaar: e.Commentaar,
                });
              }),
            },
          }),
        ),
    ),
);

// ---------------------------------------------------------------------------------------------------------
// JW317 Verzoek om wijziging

export const jw317: fc.Arbitrary<IjwBerichtMap['JW317']> = dagtekening.chain((dag) =>
  fc
    .record({
      Header: header('JW317', agb, gemeente, dag),
      Bsn: bsn,
      ReferentieAanbieder: text(36),
      RedenVerzoek: fc.constantFrom(...codelijst.WJ758_CODES),
      // TR352: ≥1 ongewijzigd or te wijzigen; TR353: ≥1 te wijzigen or nieuw.
      counts: fc.tuple(fc.nat(3), fc.nat(3), fc.nat(3)).filter(([o, t, n]) => o + t > 0 && t + n > 0),
      teWijzigen: fc.array(
        fc.record({
          shape: productShape,
          start: fc.integer({ min: Math.max(D2021, dag - 300), max: dag + 300 }),
          len: fc.integer({ min: 0, max: 400 }),
          open: fc.boolean(),
        }),
        { minLength: 3, maxLength: 3 },
      ),
      nieuw: fc.array(productShape, { minLength: 3, maxLength: 3 }),
      nummerBase: fc.integer({ min: 0, max: 999_999_000 }),
    })
    .chain((r) => {
      const [o, t, n] = r.counts;
      return periods(
        n,
        dag,
        r.nieuw.slice(0, n).map((p) => p.needsEnd),
      ).map((ps) => {
        const TeWijzigenProducten = r.teWijzigen.slice(0, t).map((w, i): Jw317TeWijzigenProduct => {
          const end = w.open && !w.shape.needsEnd ? undefined : w.start + w.len;
          return clean({
            ToewijzingNummer: r.nummerBase + o + i,
            GewensteIngangsdatum: d2s(w.start),
            Einddatum: end !== undefined ? d2s(end) : undefined, // CS003, CD075, CD076
            Omvang: w.shape.Omvang,
            Budget: w.shape.Budget,
          });
        });
        const NieuweProducten = r.nieuw.slice(0, n).map(
          (p, i): Jw317NieuwProduct =>
            clean({
              Product: p.Product,
              GewensteIngangsdatum: d2s(ps[i]!.start), // TR380: after the Dagtekening
              Einddatum: ps[i]!.end !== undefined ? d2s(ps[i]!.end!) : undefined,
              Omvang: p.Omvang,
              Budget: p.Budget,
            }),
        );
        return clean({
          Header: r.Header,
          Client: {
            Bsn: r.Bsn,
            Verzoek: {
              ReferentieAanbieder: r.ReferentieAanbieder,
              RedenVerzoek: r.RedenVerzoek,
              OngewijzigdeProducten:
                o > 0
                  ? Array.from({ length: o }, (_, i) => ({ ToewijzingNummer: r.nummerBase + i }))
                  : undefined,
              TeWijzigenProducten: t > 0 ? TeWijzigenProducten : undefined,
              NieuweProducten: n > 0 ? NieuweProducten : undefined,
            },
          },
        });
      });
    }),
);
