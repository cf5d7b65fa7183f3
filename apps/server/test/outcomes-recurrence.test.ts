import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANT } from '../src/demo/demo-data.ts';
import { checkRecurrence } from '../src/outcomes/recurrence.ts';
import { refreshOutcomes } from '../src/outcomes/refresh.ts';
import { DEMO_USER_BY_ROLE } from './helpers/demo-users.ts';
import { loggedInAs } from './helpers/logged-in.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
const as = loggedInAs(() => t);
const TENANT = DEMO_TENANT.tenantId;

/**
 * A known set in 2018, a year the demo does not touch: four households' plans closed on Wed
 * 10 Jan 2018 13:00 Amsterdam; the checks fall due 10 Jul 2018 (6 months) and 10 Jan 2019 (12).
 * - hh-jansen: a new signal on 1 Mar 2018            → back at 6 and at 12 months.
 * - hh-ozturk: a new plan on 1 Sep 2018               → not back at 6, back at 12.
 * - hh-pinas: a signal that morning, before closing   → not back (either time).
 * - hh-de-graaf: an assignment late on 10 Jul 2018 (22:00 Amsterdam, the due day itself) → back at 6 and 12.
 * So at 6 months 2 of 4 came back; at 12 months 3 of 4.
 */
async function loadKnownClosures() {
  const o = t.database.ownerQuery;
  for (const hh of ['hh-jansen', 'hh-ozturk', 'hh-pinas', 'hh-de-graaf']) {
    await o(
      `insert into plan (tenant_id, id, household_id, state, created_by, created_at, closed_at, closed_reason)
       values ($1, $2, $3, 'closed', 'u-sanne', '2017-09-01T10:00:00Z', '2018-01-10T12:00:00Z', 'goals_achieved')`,
      [TENANT, `plan-2018-${hh}`, hh],
    );
    for (const [months, due] of [
      [6, '2018-07-10'],
      [12, '2019-01-10'],
    ] as const) {
      await o(
        `insert into plan_follow_up (tenant_id, id, plan_id, household_id, kind, offset_months, due_on, created_by)
         values ($1, $2, $3, $4, 'recurrence_check', $5, $6, 'u-sanne')`,
        [TENANT, `fu-2018-${hh}-${months}`, `plan-2018-${hh}`, hh, months, due],
      );
    }
  }
  const signal = async (id: string, hh: string, at: string) =>
    o(
      `insert into referral (tenant_id, id, reporter_user_id, reporter_role, reporter_contact, subject_first_name,
         subject_last_name, subject_birth_date, street, house_number, postcode, city, life_domains, worry_text,
         urgency, family_knows, family_agrees, family_contact, team_id, area_id, status, household_id, received_at)
       values ($1, $2, 'u-marloes', 'source', 'x', 'Test', 'Persoon', '2010-01-01', 'Straat', '1', '2151AA',
         'Nieuw-Vennep', '{}', 'zorg', 'normal', true, true, 'x', 'team-nieuw-vennep', 'area-nieuw-vennep',
         'closed', $3, $4)`,
      [TENANT, id, hh, at],
    );
  await signal('r-2018-jansen', 'hh-jansen', '2018-03-01T10:00:00Z');
  await signal('r-2018-pinas', 'hh-pinas', '2018-01-10T09:00:00Z');
  await o(
    `insert into plan (tenant_id, id, household_id, state, created_by, created_at)
     values ($1, 'plan-2018-ozturk-new', 'hh-ozturk', 'concept', 'u-sanne', '2018-09-01T10:00:00Z')`,
    [TENANT],
  );
  const [child] = await o<{ person_id: string }>(
    `select person_id from household_member where household_id = 'hh-de-graaf' and until is null limit 1`,
  );
  await o(
    `insert into assignment (tenant_id, id, assignment_number, household_id, person_id, organisation_id,
       contract_product_id, volume, unit, frequency, start_date, end_date, referrer_type, budget_cents, status,
       created_by, created_at)
     values ($1, 'asg-2018-de-graaf', 918001, 'hh-de-graaf', $2, 'org-jeugdhulp', 'cp-jeugdhulp-ambulant', 1,
       '04', '2', '2018-07-11', '2018-12-31', '01', 0, 'stopped', 'u-sanne', '2018-07-10T20:00:00Z')`,
    [TENANT, child!.person_id],
  );
}

beforeAll(async () => {
  t = await createTestApp();
  await loadKnownClosures();
});
afterAll(() => t?.close());

const outcomes = (months: number) =>
  t.database.ownerQuery<{
    follow_up_id: string;
    returned: boolean;
    closed_month: string;
    area_id: string | null;
  }>(
    `select follow_up_id, returned, closed_month, area_id from recurrence_outcome
     where tenant_id = $1 and offset_months = $2 and follow_up_id like 'fu-2018-%' order by follow_up_id`,
    [TENANT, months],
  );

describe('recurrence after closure (outcome criterion 3.2)', () => {
  it('records nothing before the checks are due', async () => {
    const db = t.database.db;
    expect(await checkRecurrence(db, TENANT, new Date('2018-07-09T12:00:00Z'))).toEqual({
      recorded: 0,
      returned: 0,
    });
  });

  it('at 6 months: 2 of 4 households came back (signal; assignment on the due day)', async () => {
    const db = t.database.db;
    expect(await checkRecurrence(db, TENANT, new Date('2018-07-10T12:00:00Z'))).toEqual({
      recorded: 4,
      returned: 2,
    });
    const rows = await outcomes(6);
    expect(rows.map((r) => [r.follow_up_id, r.returned])).toEqual([
      ['fu-2018-hh-de-graaf-6', true],
      ['fu-2018-hh-jansen-6', true],
      ['fu-2018-hh-ozturk-6', false],
      ['fu-2018-hh-pinas-6', false],
    ]);
    expect(rows.every((r) => r.closed_month === '2018-01')).toBe(true);
  });

  it('is idempotent: a second run records nothing again', async () => {
    const db = t.database.db;
    expect(await checkRecurrence(db, TENANT, new Date('2018-07-11T12:00:00Z'))).toEqual({
      recorded: 0,
      returned: 0,
    });
    expect(await outcomes(6)).toHaveLength(4);
  });

  it('at 12 months: 3 of 4 (the new plan in September counts now); the checks are done', async () => {
    const db = t.database.db;
    expect(await checkRecurrence(db, TENANT, new Date('2019-01-10T12:00:00Z'))).toEqual({
      recorded: 4,
      returned: 3,
    });
    expect((await outcomes(12)).map((r) => r.returned)).toEqual([true, true, true, false]);
    const open = await t.database.ownerQuery(
      `select id from plan_follow_up where id like 'fu-2018-%' and status <> 'done'`,
    );
    expect(open).toHaveLength(0);
  });

  it('the dashboard shows the cohort of January 2018 (with k = 1, so the small set is visible)', async () => {
    await t.database.ownerQuery(
      `insert into outcome_setting (tenant_id, minimum_cell, round_to_5) values ($1, 1, false)
       on conflict (tenant_id) do update set minimum_cell = 1`,
      [TENANT],
    );
    await refreshOutcomes(t.database.db, TENANT, 2018);
    const linda = await as(DEMO_USER_BY_ROLE.policy_analyst);
    const res = await linda.request({ url: '/api/outcomes/dashboard?year=2018&period=month' });
    expect(res.statusCode).toBe(200);
    const figures: Array<{
      measure: string;
      dimension: string;
      level: string;
      period: string;
      n: number | null;
    }> = res.json().figures;
    const n = (measure: string, dimension: string, period: string) =>
      figures.find(
        (f) => f.measure === measure && f.dimension === dimension && f.level === 'all' && f.period === period,
      )?.n;
    expect(n('recurrence_6', 'returned', 'm01')).toBe(2);
    expect(n('recurrence_6', 'no_return', 'y')).toBe(2);
    expect(n('recurrence_6', 'all', 'y')).toBe(4);
    expect(n('recurrence_12', 'returned', 'y')).toBe(3);
    expect(n('recurrence_12', 'no_return', 'y')).toBe(1);
    expect(res.body).not.toMatch(/hh-|fu-2018/);
  });
});
