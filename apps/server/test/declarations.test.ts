import {
  buildMessage,
  headerDefaults,
  type Jw323Bericht,
  type Jw323Prestatie,
  type Jw325Bericht,
  parseMessage,
  toIjwDatum,
  validateXml,
} from '@een-plan/ijw';
import { beforeAll, describe, expect, it } from 'vitest';
import { testBsn } from '../src/demo/test-bsn.ts';
import { addAnotherProvider } from './helpers/another-provider.ts';
import { assignTomAmbulant, startAssignment, stopAssignment } from './helpers/assignment-builder.ts';
import { appOfFile } from './helpers/file-app.ts';
import { postIjwMessage } from './helpers/ijw-post.ts';
import { mapConcurrently } from './helpers/map-concurrently.ts';
import type { TestClient } from './helpers/test-app.ts';

const { app, as } = appOfFile();

const TOM_BSN = async () =>
  (await app().database.ownerQuery<{ bsn: string }>("select bsn from person where id = 'p-tom'"))[0]!.bsn;
const TODAY = toIjwDatum(new Date());
const TARIFF = 9_500;

/** A fresh assignment for Tom (weekly by default), started on `startedOn` by the provider. */
async function assignment(opts: {
  startDate: string;
  endDate: string;
  volume: number;
  frequency?: string;
  startedOn?: string;
}): Promise<{ id: string; number: number }> {
  const id = await assignTomAmbulant(await as('u-sanne'), opts.startDate, opts.endDate, opts);
  if (opts.startedOn) {
    const fatima = await as('u-fatima');
    const started = await startAssignment(fatima, id, 1, opts.startedOn);
    expect(started.statusCode).toBe(200);
  }
  const [row] = await app().database.ownerQuery<{ assignment_number: number }>(
    'select assignment_number from assignment where id = $1',
    [id],
  );
  return { id, number: row!.assignment_number };
}

let seq = 0;
const unique = (prefix: string) => `${prefix}${Date.now().toString(36).slice(-5)}${seq++}`.slice(0, 12);

/** One prestatie of Tom on `number` for [begin, end], consistent (amount = volume × tariff) unless overridden. */
function prestatie(
  number: number,
  begin: string,
  end: string,
  volume: number,
  over: Partial<Jw323Prestatie> = {},
): Jw323Prestatie {
  return {
    ProductReferentie: { ReferentieNummer: unique('RN') },
    ToewijzingNummer: number,
    ProductCategorie: '45',
    ProductCode: '45A03',
    ProductPeriode: { Begindatum: begin, Einddatum: end },
    GeleverdVolume: volume,
    Eenheid: '04',
    ProductTarief: TARIFF,
    IngediendBedrag: { Bedrag: volume * TARIFF, DebetCredit: 'D' },
    ...over,
  } as Jw323Prestatie;
}

async function jw323(
  prestaties: Array<Jw323Prestatie & { bsn?: string }>,
  opts: { period?: string; dagtekening?: string; declaratieNummer?: string; total?: number } = {},
): Promise<{ xml: string; bericht: Jw323Bericht }> {
  const bsn = await TOM_BSN();
  // The DeclaratiePeriode: the month of the latest ProductPeriode (TR319).
  const month =
    opts.period ??
    prestaties
      .map((p) => (p.ProductPeriode.Einddatum ?? p.ProductPeriode.Begindatum).slice(0, 7))
      .sort()
      .at(-1)!;
  const sum = prestaties.reduce(
    (s, p) => s + (p.IngediendBedrag.DebetCredit === 'C' ? -1 : 1) * p.IngediendBedrag.Bedrag,
    0,
  );
  const total = opts.total ?? sum;
  const byBsn = new Map<string, Jw323Prestatie[]>();
  for (const { bsn: other, ...p } of prestaties) {
    const key = other ?? bsn;
    byBsn.set(key, [...(byBsn.get(key) ?? []), p as Jw323Prestatie]);
  }
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const bericht: Jw323Bericht = {
    Header: {
      ...headerDefaults('JW323'),
      Afzender: '98765432',
      Ontvanger: '0394',
      BerichtIdentificatie: { Identificatie: unique('DC'), Dagtekening: opts.dagtekening ?? TODAY },
    },
    Declaratie: {
      DeclaratieNummer: opts.declaratieNummer ?? unique('DN'),
      DeclaratiePeriode: { Begindatum: `${month}-01`, Einddatum: `${month}-${last}` },
      DeclaratieDagtekening: TODAY,
      TotaalIngediendBedrag: { TotaalBedrag: Math.abs(total), DebetCredit: total < 0 ? 'C' : 'D' },
      Clienten: [...byBsn].map(([Bsn, Prestaties]) => ({ Bsn, Prestaties })),
    },
  } as Jw323Bericht;
  return { xml: buildMessage('JW323', bericht), bericht };
}

const post = async (xml: string) => postIjwMessage(await as('u-fatima'), xml);

/** Posts a JW323 and returns the parsed, validated JW325. */
async function declare(xml: string) {
  const res = await post(xml);
  expect(res.statusCode, res.body).toBe(200);
  const parsed = parseMessage(res.body);
  expect(parsed.type).toBe('JW325');
  const report = await validateXml(res.body);
  expect(report.valid, JSON.stringify(report.issues)).toBe(true);
  return { res, antwoord: parsed.bericht as Jw325Bericht };
}

function rejectedCodes(antwoord: Jw325Bericht): string[][] {
  return (antwoord.DeclaratieAntwoord?.Clienten ?? []).flatMap((c) =>
    c.Prestaties.map((p) => [...p.RetourCodes]),
  );
}

async function volumeUsed(client: TestClient, url: string, id: string) {
  const res = await client.request({ url });
  expect(res.statusCode).toBe(200);
  return res.json().assignments.find((a: { id: string }) => a.id === id) as {
    volumeUsed: number;
    volumeTotal: number;
  };
}

// Assignment A: 1 June – 20 October 2026, 2 hours a week (21 weeks → 42 hours), started 15 June.
let A: { id: string; number: number };
let julyRef: string;

describe('JW323 over HTTP → JW325', () => {
  beforeAll(async () => {
    A = await assignment({
      startDate: '2026-06-01',
      endDate: '2026-10-20',
      volume: 2,
      startedOn: '2026-06-15',
    });
  });

  it('approves a declaration that matches the assignment and the contract (8001), once', async () => {
    const p = prestatie(A.number, '2026-07-01', '2026-07-31', 8);
    julyRef = p.ProductReferentie.ReferentieNummer;
    const { xml, bericht } = await jw323([p], { period: '2026-07' });
    const { res, antwoord } = await declare(xml);
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

describe('declaring from the provider screen', () => {
  let D: { id: string; number: number };
  beforeAll(async () => {
    D = await assignment({
      startDate: '2026-06-01',
      endDate: '2026-10-31',
      volume: 2,
      startedOn: '2026-06-10',
    });
  });
  const url = () => `/api/provider/assignments/${D.id}/declarations`;

  it('builds the JW323, answers with the JW325 and shows the outcome and the volume used', async () => {
    const fatima = await as('u-fatima');
    const res = await fatima.request({
      method: 'POST',
      url: url(),
      payload: { month: '2026-06', volume: 6 },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'approved',
      submittedCents: 6 * TARIFF,
      approvedCents: 6 * TARIFF,
      lines: [
        {
          periodStart: '2026-06-10',
          periodEnd: '2026-06-30',
          volume: 6,
          status: 'approved',
          rejectionCodes: [],
        },
      ],
    });
    const msgs = await app().database.ownerQuery<{
      message_type: string;
      direction: string;
      sender: string;
      receiver: string;
      status: string;
    }>(
      'select message_type, direction, sender, receiver, status from ijw_message where assignment_id = $1 and message_type in ($2, $3) order by created_at',
      [D.id, 'JW323', 'JW325'],
    );
    expect(msgs).toMatchObject([
      { message_type: 'JW323', direction: 'in', sender: '98765432', receiver: '0394', status: 'processed' },
      { message_type: 'JW325', direction: 'out', sender: '0394', receiver: '98765432' },
    ]);
    expect(
      (await volumeUsed(await as('u-sanne'), '/api/households/hh-jansen/assignments', D.id)).volumeUsed,
    ).toBe(6);
    const audit = await app().database.ownerQuery<{ subject_id: string }>(
      "select subject_id from audit_log where action = 'declaration.submit' and subject_id = $1",
      [D.id],
    );
    expect(audit).toHaveLength(1);
  });

  it('shows a rejection with its retourcode and leaves the volume used as it was', async () => {
    const fatima = await as('u-fatima');
    const res = await fatima.request({
      method: 'POST',
      url: url(),
      payload: { month: '2026-07', volume: 11 },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'rejected',
      approvedCents: 0,
      lines: [{ status: 'rejected', rejectionCodes: ['9321'] }],
    });
    expect((await volumeUsed(fatima, '/api/provider/assignments?limit=200', D.id)).volumeUsed).toBe(6);
  });

  it('lists the earlier declarations of the assignment, newest first, only to its own provider', async () => {
    const fatima = await as('u-fatima');
    const res = await fatima.request({ url: url() });
    expect(res.statusCode, res.body).toBe(200);
    const { declarations } = res.json();
    expect(declarations).toMatchObject([
      {
        status: 'rejected',
        submittedCents: 11 * TARIFF,
        approvedCents: 0,
        lines: [{ periodStart: '2026-07-01', volume: 11, status: 'rejected', rejectionCodes: ['9321'] }],
      },
      {
        status: 'approved',
        submittedCents: 6 * TARIFF,
        approvedCents: 6 * TARIFF,
        lines: [{ periodStart: '2026-06-10', volume: 6, status: 'approved', rejectionCodes: [] }],
      },
    ]);
    expect(Date.parse(declarations[0].declaredAt)).toBeGreaterThanOrEqual(
      Date.parse(declarations[1].declaredAt),
    );
    const audit = await app().database.ownerQuery<{ actor_user_id: string }>(
      "select actor_user_id from audit_log where action = 'declaration.read' and subject_id = $1",
      [D.id],
    );
    expect(audit.map((a) => a.actor_user_id)).toEqual(['u-fatima']);

    const sanne = await as('u-sanne');
    expect((await sanne.request({ url: url() })).statusCode).toBe(403);
    expect(
      (await fatima.request({ url: '/api/provider/assignments/asg-bestaat-niet/declarations' })).statusCode,
    ).toBe(404);
    await addAnotherProvider(app().database, {
      organisationId: 'org-andere-decl',
      userId: 'u-andere-decl',
      agbCode: '87654329',
    });
    const other = await as('u-andere-decl');
    const foreign = await other.request({ url: url() });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.body).not.toContain('2026-06');
  });

  it('refuses months outside the care, in the future, or before the start is reported', async () => {
    const fatima = await as('u-fatima');
    const outside = await fatima.request({
      method: 'POST',
      url: url(),
      payload: { month: '2026-05', volume: 1 },
    });
    expect(outside.json().code).toBe('declaration_month_outside');
    const future = await fatima.request({
      method: 'POST',
      url: url(),
      payload: { month: '2099-01', volume: 1 },
    });
    expect(future.json().code).toBe('declaration_month_not_over');
    const bad = await fatima.request({
      method: 'POST',
      url: url(),
      payload: { month: '2026-13', volume: 1 },
    });
    expect(bad.statusCode).toBe(400);
    const notStarted = await assignment({ startDate: '2026-08-01', endDate: '2026-10-31', volume: 2 });
    const res = await fatima.request({
      method: 'POST',
      url: `/api/provider/assignments/${notStarted.id}/declarations`,
      payload: { month: '2026-08', volume: 1 },
    });
    expect(res.json().code).toBe('declaration_not_started');
    const sanne = await as('u-sanne');
    expect(
      (await sanne.request({ method: 'POST', url: url(), payload: { month: '2026-06', volume: 1 } }))
        .statusCode,
    ).toBe(403);
  });
});

describe('demo data and stored messages', () => {
  it('has approved and rejected demo declarations made through the real code path', async () => {
    const lines = await app().database.ownerQuery<{
      assignment_id: string;
      status: string;
      rejection_codes: string[];
    }>(
      "select assignment_id, status, rejection_codes from declaration_line where assignment_id like 'asg-jansen-tom-%' order by created_at",
    );
    expect(lines.filter((l) => l.status === 'approved').map((l) => l.assignment_id)).toContain(
      'asg-jansen-tom-1',
    );
    expect(lines.filter((l) => l.status === 'rejected')).toEqual([
      { assignment_id: 'asg-jansen-tom-1', status: 'rejected', rejection_codes: ['9321'] },
    ]);
  });

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
