import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type CrisisReportedVia, OutcomeFigure } from '@een-plan/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crisisEpisode } from '../src/crisis/schema.ts';
import { DEMO_TENANT } from '../src/demo/demo-data.ts';
import { refreshOutcomes } from '../src/outcomes/refresh.ts';
import { satisfactionAnswer } from '../src/outcomes/schema.ts';
import { referral } from '../src/referrals/schema.ts';
import { DEMO_USER_BY_ROLE } from './helpers/demo-users.ts';
import { loggedInAs } from './helpers/logged-in.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
const as = loggedInAs(() => t);
const NV = 'area-nieuw-vennep';
const HO = 'area-hoofddorp-oost';

/**
 * A small data set in 2019, a year the demo story does not touch, computed by hand:
 * - Nieuw-Vennep, January: 7 signals from a source (level 1) received Mon 7 Jan; 6 contacted on
 *   Wed 9 Jan (2 working days, within the 5-day norm), 1 not contacted.
 * - Nieuw-Vennep, February: 2 signals by a coordinator (level 2) received Mon 4 Feb, contacted
 *   Thu 14 Feb (8 working days: past the norm).
 * - Hoofddorp-Oost, February: 6 signals from a source (level 0) received Mon 4 Feb, contacted the
 *   next day (1 working day).
 * - 5 satisfaction answers for Nieuw-Vennep, plans closed in March: help 8,7,9,6,10; result 7,7,8,5,8.
 * - Crisis episodes, both households in Nieuw-Vennep: 6 by phone in March, 2 by a professional in April.
 */
async function loadKnownYear() {
  const db = t.database.db;
  const signal = (
    areaId: string,
    teamId: string,
    role: string,
    level: number,
    at: string,
    contact: string | null,
  ): typeof referral.$inferInsert => ({
    tenantId: DEMO_TENANT.tenantId,
    id: `r-2019-${randomUUID()}`,
    reporterUserId: 'u-marloes',
    reporterRole: role,
    reporterContact: 'x',
    subjectFirstName: 'Test',
    subjectLastName: 'Persoon',
    subjectBirthDate: '2010-01-01',
    street: 'Straat',
    houseNumber: '1',
    postcode: '2151AA',
    city: 'Nieuw-Vennep',
    lifeDomains: [],
    worryText: 'zorg',
    urgency: 'normal',
    familyKnows: true,
    familyAgrees: true,
    familyContact: 'x',
    teamId,
    areaId,
    status: contact ? 'coordinator_assigned' : 'picked_up',
    level,
    receivedAt: new Date(`${at}T10:00:00Z`),
    firstContactAt: contact ? new Date(`${contact}T10:00:00Z`) : null,
  });
  const rows = [
    ...Array.from({ length: 6 }, () =>
      signal(NV, 'team-nieuw-vennep', 'source', 1, '2019-01-07', '2019-01-09'),
    ),
    signal(NV, 'team-nieuw-vennep', 'source', 1, '2019-01-07', null),
    ...Array.from({ length: 2 }, () =>
      signal(NV, 'team-nieuw-vennep', 'coordinator', 2, '2019-02-04', '2019-02-14'),
    ),
    ...Array.from({ length: 6 }, () =>
      signal(HO, 'team-hoofddorp-oost', 'source', 0, '2019-02-04', '2019-02-05'),
    ),
  ];
  await db.insert(referral).values(rows);
  const help = [8, 7, 9, 6, 10];
  const result = [7, 7, 8, 5, 8];
  await db.insert(satisfactionAnswer).values(
    help.map((h, i) => ({
      tenantId: DEMO_TENANT.tenantId,
      id: randomUUID(),
      areaId: NV,
      period: '2019-03',
      helpScore: h,
      resultScore: result[i] as number,
    })),
  );
  const episode = (hh: string, via: CrisisReportedVia, at: string) => ({
    tenantId: DEMO_TENANT.tenantId,
    id: `ce-2019-${randomUUID()}`,
    householdId: hh,
    reportedVia: via,
    calledAt: new Date(`${at}T20:00:00Z`),
    createdBy: 'u-karin',
  });
  await db
    .insert(crisisEpisode)
    .values([
      ...Array.from({ length: 6 }, () => episode('hh-jansen', 'phone', '2019-03-12')),
      ...Array.from({ length: 2 }, () => episode('hh-ozturk', 'professional', '2019-04-02')),
    ]);
  await refreshOutcomes(db, DEMO_TENANT.tenantId, 2019);
}

beforeAll(async () => {
  t = await createTestApp();
  await loadKnownYear();
});
afterAll(() => t?.close());

type Dashboard = {
  figures: OutcomeFigure[];
  byArea: Array<{ areaId: string; measure: string; n: number | null }>;
};

async function dashboard(query: string): Promise<Dashboard> {
  const linda = await as(DEMO_USER_BY_ROLE.policy_analyst);
  const res = await linda.request({ url: `/api/outcomes/dashboard?year=2019&${query}` });
  expect(res.statusCode).toBe(200);
  return res.json();
}

const figure = (d: Dashboard, measure: string, period: string, dimension = 'all', level = 'all') =>
  d.figures.find(
    (f) => f.measure === measure && f.period === period && f.dimension === dimension && f.level === level,
  );

describe('outcome figures on a known year', () => {
  it('counts signals, waiting times and the norm for the municipality', async () => {
    const d = await dashboard('period=quarter');
    expect(figure(d, 'signals', 'y')?.n).toBe(15);
    expect(figure(d, 'signals', 'q1')?.n).toBe(15);
    // 6×2 + 2×8 + 6×1 working days over 14 first contacts.
    expect(figure(d, 'first_contact', 'y')).toMatchObject({ n: 14, average: 2.4 });
    expect(figure(d, 'first_contact_within_norm', 'y')?.n).toBe(12);
    // Triage levels 0: 6, 1: 7, 2: 2. The 2 is hidden; level 1 occurs only in Nieuw-Vennep, whose
    // own level-2 cell is hidden too, so the municipality's 7 would give it away (9 − 7): hidden.
    expect(figure(d, 'signals', 'y', 'all', '2')?.n).toBeNull();
    expect(figure(d, 'signals', 'y', 'all', '1')?.n).toBeNull();
    // Source: 13 by sources, 2 by coordinators — the 2 is hidden, so the 13 must be too.
    expect(figure(d, 'signals', 'y', 'coordinator')?.n).toBeNull();
    expect(figure(d, 'signals', 'y', 'source')?.n).toBeNull();
  });

  it('per area: a hidden month cannot be recovered from its quarter', async () => {
    const d = await dashboard(`period=month&areaId=${NV}`);
    expect(figure(d, 'signals', 'm02')?.n).toBeNull();
    // m01 (7) is the only other month with signals: shown next to the year (9), m02 = 9 − 7.
    const shown = (p: string) => figure(d, 'signals', p)?.n !== null;
    expect(shown('m01') && shown('y')).toBe(false);
    expect(figure(d, 'satisfaction_help', 'y')).toMatchObject({ n: 5, average: 8 });
    expect(figure(d, 'satisfaction_result', 'y')).toMatchObject({ n: 5, average: 7 });
    const areaRow = d.byArea.find((r) => r.areaId === NV && r.measure === 'satisfaction_help');
    expect(areaRow?.n).toBe(5);
    expect(d.byArea.some((r) => r.areaId === HO && r.measure === 'signals')).toBe(true);
  });

  it('counts crisis episodes; the 2 by a professional are hidden, and so is what would reveal them', async () => {
    const d = await dashboard('period=month');
    expect(figure(d, 'crisis_episodes', 'y')?.n).toBe(8);
    expect(figure(d, 'crisis_episodes', 'y', 'professional')?.n).toBeNull();
    // 8 − 6 would give the 2 away.
    expect(figure(d, 'crisis_episodes', 'y', 'phone')?.n).toBeNull();
    expect(figure(d, 'crisis_episodes', 'm04')?.n).toBeNull();
    // March (6) next to the year (8) would give April's 2 away.
    expect(figure(d, 'crisis_episodes', 'm03')?.n).toBeNull();
  });

  it('the analyst never receives personal data: only figures, in the published shape', async () => {
    const linda = await as(DEMO_USER_BY_ROLE.policy_analyst);
    const res = await linda.request({ url: '/api/outcomes/dashboard?year=2019&period=month' });
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(
      [
        'areaId',
        'areas',
        'byArea',
        'computedAt',
        'figures',
        'firstContactNormDays',
        'minimumCell',
        'period',
        'roundedTo5',
        'year',
        'years',
      ].sort(),
    );
    for (const f of body.figures)
      expect(Object.keys(f).sort()).toEqual(Object.keys(OutcomeFigure.shape).sort());
    for (const a of body.areas) expect(Object.keys(a).sort()).toEqual(['id', 'name']);
    expect(res.body).not.toMatch(/Persoon|hh-|p-anouk|r-2019|2151AA/);
  });

  it('exports the same figures as CSV, hidden cells marked', async () => {
    const linda = await as(DEMO_USER_BY_ROLE.policy_analyst);
    const res = await linda.request({
      url: '/api/outcomes/dashboard?year=2019&period=quarter&format=csv',
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.body).toContain('"2019";"alle";"signals";"all";"all";"y";"15"');
    expect(res.body).toContain('"signals";"coordinator";"all";"y";"verborgen (< 5)"');
  });

  /**
   * Checked by hand: Hoofddorp-Oost had 6 signals (level 0, by a source), all contacted within the
   * norm. Its 6 within the norm are shown. Its 6 signals and 6 first contacts are hidden although
   * not small: the municipality's 15 and 14 are shown, and Nieuw-Vennep's year is hidden (its
   * February 2 is), so Hoofddorp-Oost's 6 would give Nieuw-Vennep's 9 and 8 away.
   */
  it('the CSV of Hoofddorp-Oost for 2019 equals the hand-checked file', async () => {
    const linda = await as(DEMO_USER_BY_ROLE.policy_analyst);
    const res = await linda.request({
      url: `/api/outcomes/dashboard?year=2019&period=year&areaId=${HO}&format=csv&lang=en`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('uitkomsten-2019.csv');
    const expected = readFileSync(
      new URL('./fixtures/outcomes-2019-hoofddorp-oost.csv', import.meta.url),
      'utf8',
    );
    expect(res.body).toBe(expected);
  });

  it('only the analyst and the administrator see figures', async () => {
    for (const role of ['coordinator', 'team_lead', 'provider', 'resident'] as const) {
      const c = await as(DEMO_USER_BY_ROLE[role]);
      expect((await c.request({ url: '/api/outcomes/dashboard' })).statusCode).toBe(403);
    }
    const erik = await as(DEMO_USER_BY_ROLE.admin);
    expect((await erik.request({ url: '/api/outcomes/dashboard?year=2019' })).statusCode).toBe(200);
  });
});

describe('satisfaction', () => {
  it('the family answers once after closure; the answer row cannot be traced back', async () => {
    const o = t.database.ownerQuery;
    const [p] = await o<{ id: string }>(`select id from plan where household_id = 'hh-jansen' limit 1`);
    await o(`update plan set state = 'closed', closed_at = '2026-03-10T10:00:00Z' where id = $1`, [p!.id]);
    await o(
      `insert into plan_follow_up (tenant_id, id, plan_id, household_id, kind, offset_months, due_on, created_by)
       values ($1, 'fu-test', $2, 'hh-jansen', 'satisfaction', 0, current_date - 1, 'u-sanne')`,
      [DEMO_TENANT.tenantId, p!.id],
    );
    const anouk = await as(DEMO_USER_BY_ROLE.resident);
    expect((await anouk.request({ url: '/api/portal/satisfaction' })).json()).toEqual({ open: true });
    const answer = { helpScore: 9, resultScore: 8, comment: 'Fijn geholpen.' };
    const first = await anouk.request({ method: 'POST', url: '/api/portal/satisfaction', payload: answer });
    expect(first.statusCode).toBe(204);
    const again = await anouk.request({ method: 'POST', url: '/api/portal/satisfaction', payload: answer });
    expect(again.statusCode).toBe(409);
    expect((await anouk.request({ url: '/api/portal/satisfaction' })).json()).toEqual({ open: false });
    const bad = await anouk.request({
      method: 'POST',
      url: '/api/portal/satisfaction',
      payload: { helpScore: 11, resultScore: 0 },
    });
    expect(bad.statusCode).toBe(400);
    const rows = await o<Record<string, unknown>>(
      `select * from satisfaction_answer where comment = 'Fijn geholpen.'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ period: '2026-03', help_score: 9, result_score: 8 });
    expect(Object.keys(rows[0]!).sort()).toEqual(
      ['area_id', 'comment', 'help_score', 'id', 'period', 'result_score', 'tenant_id'].sort(),
    );
  });
});
