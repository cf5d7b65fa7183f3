import fc from 'fast-check';
import * as codelijst from '../../src/generated/codelijsten.ts';
import type { IjwBerichtMap, Jw323Client, Jw323Prestatie } from '../../src/generated/types.ts';
import { alnum, bsn, clean, DAY, d2s, text } from './basics.ts';
import { agb, dagtekening, gemeente, header } from './header.ts';
import { categorie } from './products.ts';

// ---------------------------------------------------------------------------------------------------------
// JW319 Antwoordbericht

export const jw319: fc.Arbitrary<IjwBerichtMap['JW319']> = dagtekening.chain((dag) =>
  fc
    .record({
      Header: header('JW319', gemeente, agb, dag),
      ReferentieAanbieder: text(36),
      VerzoekAntwoord: fc.constantFrom('1', '2') as fc.Arbitrary<'1' | '2'>,
      Reden: fc.constantFrom(...codelijst.WJ759_CODES),
      gemeente,
      metWoonplaats: fc.boolean(),
    })
    .map((r) => {
      // CD085/CD086: a reason only when rejected; TR377/TR409: Woonplaatsbeginsel exactly for reason 8.
      const RedenAfwijzingVerzoek = r.VerzoekAntwoord === '1' ? r.Reden : undefined;
      const woonplaats =
        RedenAfwijzingVerzoek === '8' || (RedenAfwijzingVerzoek === undefined && r.metWoonplaats)
          ? { Gemeente: r.gemeente }
          : undefined;
      return clean({
        Header: r.Header,
        Antwoord: {
          ReferentieAanbieder: r.ReferentieAanbieder,
          VerzoekAntwoord: r.VerzoekAntwoord,
          RedenAfwijzingVerzoek,
          Woonplaatsbeginsel: woonplaats,
        },
      });
    }),
);

// ---------------------------------------------------------------------------------------------------------
// JW323 Declaratie

export const jw323: fc.Arbitrary<IjwBerichtMap['JW323']> = fc
  .integer({ min: 2021 * 12, max: 2030 * 12 + 10 })
  .chain((ym) => {
    const y = Math.floor(ym / 12);
    const m = ym % 12;
    const first = Date.UTC(y, m, 1) / DAY;
    const last = Date.UTC(y, m + 1, 0) / DAY;
    // Dagtekening after the declared month (TR134/TR137); DeclaratieDagtekening near it (TR335).
    return fc.integer({ min: last, max: last + 40 }).chain((dag) =>
      fc
        .record({
          Header: header('JW323', agb, gemeente, dag),
          DeclaratieNummer: alnum(1, 12), // CS319
          clients: fc.uniqueArray(bsn, { minLength: 1, maxLength: 3 }), // TR101: each client once
          prestaties: fc.array(
            fc.array(
              fc.record({
                maandTerug: fc.nat(3), // TR319: this or an earlier month
                Categorie: categorie,
                code: alnum(3, 3),
                Eenheid: fc.constantFrom(...codelijst.WJ756_CODES),
                volume: fc.integer({ min: 0, max: 1000 }),
                tarief: fc.integer({ min: 0, max: 99_999 }),
                credit: fc.boolean(),
                heleMaand: fc.boolean(),
                dagen: fc.tuple(fc.nat(27), fc.nat(27)),
              }),
              { minLength: 1, maxLength: 3 },
            ),
            { minLength: 3, maxLength: 3 },
          ),
          nummerBase: fc.integer({ min: 0, max: 999_999_000 }),
        })
        .map((r) => {
          let n = 0;
          let totaal = 0;
          const Clienten: Jw323Client[] = r.clients.map((Bsn, ci) => ({
            Bsn,
            Prestaties: r.prestaties[ci]!.map((p): Jw323Prestatie => {
              n++;
              const pym = ym - Math.min(p.maandTerug, ym - 2021 * 12); // CS100: not before 2021
              const py = Math.floor(pym / 12);
              const pm = pym % 12;
              const pFirst = Date.UTC(py, pm, 1) / DAY;
              const pLast = Date.UTC(py, pm + 1, 0) / DAY;
              // CS337: within one month; TR137: Einddatum ≥ Begindatum.
              const [a, b] = [Math.min(...p.dagen), Math.max(...p.dagen)];
              const begin = p.heleMaand ? pFirst : Math.min(pFirst + a, pLast);
              const eind = p.heleMaand ? pLast : Math.min(pFirst + b, pLast);
              // CS339: for euros the amount is the volume; otherwise volume × tarief (CD087: tarief iff not 83).
              const euro = p.Eenheid === '83';
              const Bedrag = euro ? p.volume * 100 : p.volume * p.tarief;
              const dc = p.credit && Bedrag > 0 ? ('C' as const) : ('D' as const); // CS325: 0 is debet
              totaal += dc === 'C' ? -Bedrag : Bedrag;
              return clean({
                // TR101/TR314/TR315/TR316: unique ReferentieNummers; a credit refers to an earlier debet
                // (CD060) outside this message.
                ProductReferentie: {
                  ReferentieNummer: `R${n}`,
                  VorigReferentieNummer: dc === 'C' ? `V${n}` : undefined,
                },
                ToewijzingNummer: r.nummerBase + n, // TR416: no duplicate debet lines
                ProductCategorie: p.Categorie,
                ProductCode: `${p.Categorie}${p.code}`,
                ProductPeriode: { Begindatum: d2s(begin), Einddatum: d2s(eind) },
                GeleverdVolume: euro ? p.volume * 100 : p.volume,
                Eenheid: p.Eenheid,
                ProductTarief: euro ? undefined : p.tarief,
                IngediendBedrag: { Bedrag, DebetCredit: dc },
              });
            }),
          }));
          return clean({
            Header: r.Header,
            Declaratie: {
              DeclaratieNummer: r.DeclaratieNummer,
              DeclaratiePeriode: { Begindatum: d2s(first), Einddatum: d2s(last) }, // CS340
              DeclaratieDagtekening: d2s(dag),
              // TR358: the total is the sum of the lines, debet minus credit.
              TotaalIngediendBedrag: { TotaalBedrag: Math.abs(totaal), DebetCredit: totaal < 0 ? 'C' : 'D' },
              Clienten,
            },
          }) as IjwBerichtMap['JW323'];
        }),
    );
  });
