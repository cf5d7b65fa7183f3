/**
 * Declarations over iJw: a JW323 posted over HTTP is answered with a JW325 that approves (8001) or
 * rejects each prestatie with its retourcode, processed once; every message stored passes the XSD
 * and the official rules. Declaring from the provider's screen: declarations-provider-screen.test.ts.
 */
import { type Jw323Bericht, type Jw323Prestatie, type Jw325Bericht, validateXml } from '@een-plan/ijw';
import { beforeAll, describe, expect, it } from 'vitest';
import { testBsn } from '../src/demo/test-bsn.ts';
import { stopAssignment } from './helpers/assignment-builder.ts';
import { declarationFile, TARIFF } from './helpers/declaration-file.ts';
import { mapConcurrently } from './helpers/map-concurrently.ts';

const { app, as, assignment, unique, prestatie, jw323, post, declare, rejectedCodes, volumeUsed } =
  declarationFile();

// Assignment A: 1 June – 20 October 2026, 2 hours a week (21 weeks → 42 hours), started 15 June.
let A: { id: string; number: number };
let julyRef: string;
let july: {
  xml: string;
  bericht: Jw323Bericht;
  res: Awaited<ReturnType<typeof post>>;
  antwoord: Jw325Bericht;
};

describe('JW323 over HTTP → JW325', () => {
  beforeAll(async () => {
    A = await assignment({
      startDate: '2026-06-01',
      endDate: '2026-10-20',
      volume: 2,
      startedOn: '2026-06-15',
    });
    // July, 8 hours: the approved debet the later cases refer to.
    const p = prestatie(A.number, '2026-07-01', '2026-07-31', 8);
    julyRef = p.ProductReferentie.ReferentieNummer;
    const built = await jw323([p], { period: '2026-07' });
    july = { ...built, ...(await declare(built.xml)) };
  });

  it('approves a declaration that matches the assignment and the contract (8001), once', async () => {
    const { xml, bericht, res, antwoord } = july;
    expect(res.headers['ijw-duplicate']).toBe('false');
    expect(antwoord.Header.Afzender).toBe('0394');
    expect(antwoord.Header.Ontvanger).toBe('98765432');
    expect(antwoord.Header.DeclaratieIdentificatie.Identificatie).toBe(
      bericht.Header.BerichtIdentificatie.Identificatie,
    );
    expect(antwoord.DeclaratieAntwoord?.RetourCodes).toEqual(['8001']);
    expect(antwoord.DeclaratieAntwoord?.TotaalToegekendBedrag).toEqual({
      TotaalBedrag: 8 * TARIFF,
      DebetCredit: 'D',
    });

    // The same JW323 again: the same JW325, processed once.
    const again = await post(xml);
    expect(again.statusCode).toBe(200);
    expect(again.headers['ijw-duplicate']).toBe('true');
    expect(again.body).toBe(res.body);
    const stored = await app().database.ownerQuery<{ n: string }>(
      "select count(*) as n from ijw_message where message_type = 'JW323' and bericht_identificatie = $1",
      [bericht.Header.BerichtIdentificatie.Identificatie],
    );
    expect(Number(stored[0]!.n)).toBe(1);
    const declarations = await app().database.ownerQuery<{ status: string; approved_cents: number }>(
      'select status, approved_cents::int as approved_cents from declaration where declaration_number = $1',
      [bericht.Declaratie.DeclaratieNummer],
    );
    expect(declarations).toEqual([{ status: 'approved', approved_cents: 8 * TARIFF }]);
  });

  it('shows the volume used to the provider and in the household plan', async () => {
    const provider = await volumeUsed(await as('u-fatima'), '/api/provider/assignments?limit=200', A.id);
    expect(provider).toMatchObject({ volumeUsed: 8, volumeTotal: 42 });
    const plan = await volumeUsed(await as('u-sanne'), '/api/households/hh-jansen/assignments', A.id);
    expect(plan).toMatchObject({ volumeUsed: 8, volumeTotal: 42 });
  });

  const cases: Array<[string, () => Promise<Array<Jw323Prestatie & { bsn?: string }>>, string[]]> = [
    [
      'an assignment unknown for this provider (9338)',
      async () => [prestatie(999_999, '2026-08-01', '2026-08-31', 2)],
      ['9338'],
    ],
    [
      'another youth than the assignment is for (8187)',
      async () => [{ ...prestatie(A.number, '2026-08-01', '2026-08-31', 2), bsn: testBsn(90) }],
      ['8187'],
    ],
    [
      'another product code (9340)',
      async () => [prestatie(A.number, '2026-08-01', '2026-08-31', 2, { ProductCode: '45A04' })],
      ['9340'],
    ],
    [
      'another unit (9341)',
      async () => [
        prestatie(A.number, '2026-08-01', '2026-08-31', 2, { Eenheid: '16' } as Partial<Jw323Prestatie>),
      ],
      ['9341'],
    ],
    [
      'a tariff other than the contract (0611)',
      async () => [
        prestatie(A.number, '2026-08-01', '2026-08-31', 2, {
          ProductTarief: 9_000,
          IngediendBedrag: { Bedrag: 18_000, DebetCredit: 'D' },
        }),
      ],
      ['0611'],
    ],
    [
      'an amount that is not volume × tariff (9346)',
      async () => [
        prestatie(A.number, '2026-08-01', '2026-08-31', 2, {
          IngediendBedrag: { Bedrag: 19_001, DebetCredit: 'D' },
        }),
      ],
      ['9346'],
    ],
    [
      'a period before the reported start (9307)',
      async () => [prestatie(A.number, '2026-06-01', '2026-06-30', 2)],
      ['9307'],
    ],
    [
      'a period after the assignment ends (9308)',
      async () => [prestatie(A.number, '2026-10-01', '2026-10-31', 2)],
      ['9308'],
    ],
    [
      'a period not starting on the 1st of the month (9387)',
      async () => [prestatie(A.number, '2026-08-05', '2026-08-31', 2)],
      ['9387'],
    ],
    [
      'a period not ending on the last day of the month (9388)',
      async () => [prestatie(A.number, '2026-08-01', '2026-08-20', 2)],
      ['9388'],
    ],
    [
      'more hours than assigned for the month (9321)',
      async () => [prestatie(A.number, '2026-08-01', '2026-08-31', 11)],
      ['9321'],
    ],
    [
      'a second debet for the same month (9389)',
      async () => [prestatie(A.number, '2026-07-01', '2026-07-31', 1)],
      ['9389'],
    ],
    [
      'a ReferentieNummer used before (8021)',
      async () => [
        prestatie(A.number, '2026-08-01', '2026-08-31', 2, {
          ProductReferentie: { ReferentieNummer: julyRef },
        }),
      ],
      ['8021'],
    ],
    [
      'a credit for an unknown debet (8017)',
      async () => [
        prestatie(A.number, '2026-07-01', '2026-07-31', 8, {
          ProductReferentie: { ReferentieNummer: unique('CR'), VorigReferentieNummer: 'ONBEKEND' },
          IngediendBedrag: { Bedrag: 8 * TARIFF, DebetCredit: 'C' },
        }),
      ],
      ['8017'],
    ],
  ];

  it.each(cases)('rejects %s with its retourcode', async (_name, make, codes) => {
    const { xml } = await jw323(await make());
    const { antwoord } = await declare(xml);
    expect(antwoord.DeclaratieAntwoord?.RetourCodes).toEqual(['0200']);
    expect(rejectedCodes(antwoord)).toEqual([codes]);
    expect(antwoord.DeclaratieAntwoord?.TotaalToegekendBedrag.TotaalBedrag).toBe(0);
  });

  it('answers a ReferentieNummer twice in one message with 0001 (the official rules refuse it)', async () => {
    const first = prestatie(A.number, '2026-08-01', '2026-08-31', 2);
    const dup = prestatie(A.number, '2026-09-01', '2026-09-30', 3, {
      ProductReferentie: { ...first.ProductReferentie },
    });
    const { xml } = await jw323([first, dup]);
    const { antwoord } = await declare(xml);
    expect(antwoord.Header.RetourCodes).toEqual(['0001']);
    const used = await volumeUsed(await as('u-fatima'), '/api/provider/assignments?limit=200', A.id);
    expect(used.volumeUsed).toBe(8);
  });

  it('approves a credit of an approved debet once; a second credit is rejected (9390)', async () => {
    const credit = () =>
      prestatie(A.number, '2026-07-01', '2026-07-31', 8, {
        ProductReferentie: { ReferentieNummer: unique('CR'), VorigReferentieNummer: julyRef },
        IngediendBedrag: { Bedrag: 8 * TARIFF, DebetCredit: 'C' },
      });
    const ok = await declare((await jw323([credit()], { period: '2026-07' })).xml);
    expect(ok.antwoord.DeclaratieAntwoord?.RetourCodes).toEqual(['8001']);
    expect(ok.antwoord.DeclaratieAntwoord?.TotaalToegekendBedrag).toEqual({
      TotaalBedrag: 8 * TARIFF,
      DebetCredit: 'C',
    });
    expect(
      (await volumeUsed(await as('u-fatima'), '/api/provider/assignments?limit=200', A.id)).volumeUsed,
    ).toBe(0);
    const twice = await declare((await jw323([credit()], { period: '2026-07' })).xml);
    expect(rejectedCodes(twice.antwoord)).toEqual([['9390']]);
  });

  it('rejects volume above what remains of the assignment (9322)', async () => {
    // 10 hours for the whole period (frequency 6).
    const B = await assignment({
      startDate: '2026-07-01',
      endDate: '2026-09-30',
      volume: 10,
      frequency: '6',
      startedOn: '2026-07-01',
    });
    const first = await declare(
      (await jw323([prestatie(B.number, '2026-07-01', '2026-07-31', 6)], { period: '2026-07' })).xml,
    );
    expect(first.antwoord.DeclaratieAntwoord?.RetourCodes).toEqual(['8001']);
    const second = await declare(
      (await jw323([prestatie(B.number, '2026-08-01', '2026-08-31', 6)], { period: '2026-08' })).xml,
    );
    expect(rejectedCodes(second.antwoord)).toEqual([['9322']]);
    const fits = await declare(
      (await jw323([prestatie(B.number, '2026-08-01', '2026-08-31', 4)], { period: '2026-08' })).xml,
    );
    expect(fits.antwoord.DeclaratieAntwoord?.RetourCodes).toEqual(['8001']);
  });

  it('rejects care on an assignment that has not started (9307)', async () => {
    const C = await assignment({ startDate: '2026-08-01', endDate: '2026-10-31', volume: 2 });
    const { antwoord } = await declare(
      (await jw323([prestatie(C.number, '2026-08-01', '2026-08-31', 2)])).xml,
    );
    expect(rejectedCodes(antwoord)).toEqual([['9307']]);
  });

  it('rejects care after the reported stop (9308); the month up to the stop is approved', async () => {
    const E = await assignment({
      startDate: '2026-06-01',
      endDate: '2026-10-31',
      volume: 2,
      startedOn: '2026-06-01',
    });
    const stop = await stopAssignment(await as('u-fatima'), E.id, 2, '2026-08-15', '31');
    expect(stop.statusCode).toBe(200);
    const after = await declare((await jw323([prestatie(E.number, '2026-09-01', '2026-09-30', 2)])).xml);
    expect(rejectedCodes(after.antwoord)).toEqual([['9308']]);
    const wholeAugust = await declare(
      (await jw323([prestatie(E.number, '2026-08-01', '2026-08-31', 2)])).xml,
    );
    expect(rejectedCodes(wholeAugust.antwoord)).toEqual([['9308']]);
    const upToStop = await declare((await jw323([prestatie(E.number, '2026-08-01', '2026-08-15', 2)])).xml);
    expect(upToStop.antwoord.DeclaratieAntwoord?.RetourCodes).toEqual(['8001']);
  });

  it('rejects a DeclaratieNummer used before as a whole (9333)', async () => {
    const [row] = await app().database.ownerQuery<{ declaration_number: string }>(
      "select declaration_number from declaration where organisation_id = 'org-jeugdhulp' limit 1",
    );
    const { xml } = await jw323([prestatie(A.number, '2026-09-01', '2026-09-30', 2)], {
      declaratieNummer: row!.declaration_number,
    });
    const { antwoord } = await declare(xml);
    expect(antwoord.DeclaratieAntwoord?.RetourCodes).toEqual(['9333']);
    expect(antwoord.DeclaratieAntwoord?.TotaalToegekendBedrag.TotaalBedrag).toBe(0);
    expect(antwoord.DeclaratieAntwoord?.Clienten).toBeUndefined();
  });

  it('answers a declaration that breaks the official rules with a JW325 carrying 0001', async () => {
    // TotaalIngediendBedrag is not the sum of the prestaties (TR358, controleniveau 2).
    const { xml } = await jw323([prestatie(A.number, '2026-09-01', '2026-09-30', 2)], { total: 1 });
    const { antwoord } = await declare(xml);
    expect(antwoord.Header.RetourCodes).toEqual(['0001']);
    expect(antwoord.DeclaratieAntwoord).toBeUndefined();
  });
});

describe('stored messages', () => {
  it('every stored message passes the XSD and the official rules', async () => {
    const rows = await app().database.ownerQuery<{
      message_type: string;
      direction: string;
      status: string;
      xml: string;
    }>('select message_type, direction, status, xml from ijw_message order by created_at');
    expect(rows.filter((r) => r.message_type === 'JW325').length).toBeGreaterThan(20);
    // Validated side by side, and every failure reported at once rather than the first alone.
    const failures = (
      await mapConcurrently(rows, async (r) => {
        const report = await validateXml(r.xml);
        // An incoming message that broke the rules is kept as received: that is why it got 0001.
        const passes = r.direction === 'in' && r.status === 'rejected' ? report.xsd.valid : report.valid;
        return passes ? undefined : `${r.direction} ${r.message_type}: ${JSON.stringify(report.issues)}`;
      })
    ).filter((failure) => failure !== undefined);
    expect(failures).toEqual([]);
  });
});
