import fc from 'fast-check';
import * as codelijst from '../../src/generated/codelijsten.ts';
import type {
  CDT_Communicatie,
  IjwBerichtMap,
  Jw301Relatie,
  Jw301ToegewezenProduct,
} from '../../src/generated/types.ts';
import { bsn, clean, commentaar, D2021, d2s, opt, text } from './basics.ts';
import { agb, dagtekening, gemeente, header } from './header.ts';
import { contact, geboortedatum, subset, volledigeNaam } from './persons.ts';
import { periods, productShape } from './products.ts';

// ---------------------------------------------------------------------------------------------------------
// JW301 Toewijzing

export const jw301: fc.Arbitrary<IjwBerichtMap['JW301']> = dagtekening.chain((dag) =>
  fc
    .record({
      header: header('JW301', gemeente, agb, dag),
      Bsn: bsn,
      Geboortedatum: geboortedatum(dag),
      Geslacht: fc.constantFrom(...codelijst.COD046_CODES),
      Naam: volledigeNaam(true),
      // CD007: Taal exactly when Vorm is 1 (tolk taal).
      Communicatie: opt(
        fc.oneof(
          text(25).map((Taal): CDT_Communicatie => ({ Vorm: '1', Taal })),
          fc
            .constantFrom(...codelijst.COD747_CODES.filter((v) => v !== '1'))
            .map((Vorm): CDT_Communicatie => ({ Vorm })),
        ),
      ),
      JuridischeStatus: opt(fc.constantFrom(...codelijst.WJ232_CODES)),
      WettelijkeVertegenwoordiging: opt(fc.constantFrom(...codelijst.WJ003_CODES)),
      Commentaar: opt(commentaar),
      relaties: fc.array(
        fc.record({
          Volgorde: opt(fc.integer({ min: 0, max: 99 })),
          Soort: fc.constantFrom(...codelijst.COD472_CODES),
          Geboortedatum: opt(geboortedatum(dag)),
          Geslacht: opt(fc.constantFrom(...codelijst.COD046_CODES)),
          Naam: volledigeNaam(false),
          contactSoort: fc.constantFrom('01', '02', '03', '04') as fc.Arbitrary<'01' | '02' | '03' | '04'>,
        }),
        { maxLength: 3 },
      ),
      // TR061: at least one of 01/02/03; TR101: each Soort once.
      contactSoorten: subset(['01', '02', '03', '04'] as const, 1, 4).filter((s) =>
        s.some((x) => x !== '04'),
      ),
      products: fc.array(productShape, { minLength: 1, maxLength: 4 }),
      nummerBase: fc.integer({ min: 0, max: 999_999_000 }),
    })
    .chain((r) =>
      fc
        .record({
          relatieContacts: fc.tuple(...r.relaties.map((rel) => contact(rel.contactSoort, dag))),
          contacts: fc.tuple(...r.contactSoorten.map((s) => contact(s, dag))),
          periods: periods(
            r.products.length,
            Math.max(D2021, dag - 500),
            r.products.map((p) => p.needsEnd),
          ),
          extras: fc.array(
            fc.record({
              ReferentieAanbieder: opt(text(36)),
              toewijzingsdag: fc.integer({ min: dag - 300, max: dag }),
              Toewijzingstijd: fc
                .tuple(
                  fc.integer({ min: 0, max: 23 }),
                  fc.integer({ min: 0, max: 59 }),
                  fc.integer({ min: 0, max: 59 }),
                )
                .map((t) => t.map((n) => String(n).padStart(2, '0')).join(':')),
              RedenWijziging: opt(
                fc.constantFrom(...codelijst.JZ002_CODES.filter((c) => c !== '01' && c !== '13')),
              ),
              Commentaar: opt(commentaar),
            }),
            { minLength: r.products.length, maxLength: r.products.length },
          ),
        })
        .map(({ relatieContacts, contacts, periods: ps, extras }) => {
          const Relaties: Jw301Relatie[] = r.relaties.map((rel, i) =>
            clean({
              Nummer: `R${i + 1}`,
              Volgorde: rel.Volgorde,
              Soort: rel.Soort,
              Geboortedatum: rel.Geboortedatum,
              Geslacht: rel.Geslacht,
              Naam: rel.Naam,
              Contact: relatieContacts[i]!,
            }),
          );
          const ToegewezenProducten: Jw301ToegewezenProduct[] = r.products.map((p, i) => {
            const e = extras[i]!;
            const period = ps[i]!;
            return clean({
              ToewijzingNummer: r.nummerBase + i,
              ReferentieAanbieder: e.ReferentieAanbieder,
              Product: p.Product,
              Toewijzingsdatum: d2s(e.toewijzingsdag),
              Toewijzingstijd: e.Toewijzingstijd,
              Ingangsdatum: d2s(period.start),
              Einddatum: period.end !== undefined ? d2s(period.end) : undefined,
              RedenWijziging: e.RedenWijziging,
              Omvang: p.Omvang,
              Budget: p.Budget,
              Commentaar: e.Commentaar,
            });
          });
          return clean({
            Header: r.header,
            Client: {
              Bsn: r.Bsn,
              Geboortedatum: r.Geboortedatum,
              Geslacht: r.Geslacht,
              Naam: r.Naam,
              Communicatie: r.Communicatie,
              JuridischeStatus: r.JuridischeStatus,
              WettelijkeVertegenwoordiging: r.WettelijkeVertegenwoordiging,
              Commentaar: r.Commentaar,
              Relaties: Relaties.length > 0 ? Relaties : undefined,
              Contactgegevens: contacts,
              ToegewezenProducten,
            },
          });
        }),
    ),
);
