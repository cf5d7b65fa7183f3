import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { person } from '../src/households/schema.ts';
import { amsterdamDate } from '../src/referrals/working-days.ts';
import { auditRows } from './helpers/audit-rows.ts';
import { BSN_B1, BY_TENANT, loadBudgetYear } from './helpers/budget-year.ts';
import { DEMO_USER_BY_ROLE } from './helpers/demo-users.ts';
import { loggedInAs } from './helpers/logged-in.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
const as = loggedInAs(() => t);

beforeAll(async () => {
  t = await createTestApp();
  await loadBudgetYear(t.database.db);
});
afterAll(async () => t?.close());

/**
 * The first half of 2019, checked by hand against the data set (helpers/budget-year.ts):
 * - 9101: started 1 Jan, crisis call for the household on 20 Dec (within 28 days before): J.
 * - 9103: Drie has no BSN (reported missing); stopped as planned on 31 March and no other help
 *   follows: continues without help J, informant A (the provider's JW307).
 * - 9104: started 1 Dec 2018, before the crisis call: N; referrer 02; no stop reported yet.
 * - 9102 never started: not a trajectory. The OTS of Een from 1 Feb, still running.
 * Sex per iJw COD046: Een is recorded female (2); Drie's sex is not recorded: 0 (unknown), and
 * reported missing. Satisfaction stays empty, with the reason in the report. Postcodes without the space.
 */
const expected = (bsnDrie: string, sexDrie: string, kind: 'REGULIER' | 'CORRECTIE') =>
  [
    `VOORLOOP;BIJ;1;0394;2019-1;${kind};${amsterdamDate(new Date())}`,
    `JH;${BSN_B1};2008-05-05;2;2151AB;01;45;J;2019-01-01;;;;;`,
    `JH;${bsnDrie};2012-02-02;${sexDrie};2151CD;01;45;N;2019-02-01;2019-03-31;31;;J;A`,
    `JH;${BSN_B1};2008-05-05;2;2151AB;02;45;N;2018-12-01;;;;;`,
    `JB;${BSN_B1};2008-05-05;2;2151AB;OTS;2019-02-01;;`,
    'SLUIT;3;1',
    '',
  ].join('\r\n');

describe('CBS Beleidsinformatie Jeugd delivery', () => {
  it('checks completeness first: what is missing, by assignment number, never a BSN', async () => {
    const erik = await as(DEMO_USER_BY_ROLE.admin);
    const res = await erik.request({
      method: 'POST',
      url: '/api/budgets/cbs/check',
      payload: { halfYear: '2019-1', kind: 'regular' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      halfYear: '2019-1',
      kind: 'regular',
      trajectories: 3,
      measures: 1,
      complete: false,
      missing: [
        { field: 'bsn', count: 1, references: ['T9103'] },
        { field: 'geslacht', count: 1, references: ['T9103'] },
      ],
      withheld: [{ field: 'tevredenheid', reason: 'untraceable_survey' }],
    });
    expect(res.body).not.toContain(BSN_B1);
  });

  it('creates the half-year file exactly as checked by hand; audited without BSNs', async () => {
    const erik = await as(DEMO_USER_BY_ROLE.admin);
    const res = await erik.request({
      method: 'POST',
      url: '/api/budgets/cbs/deliveries',
      payload: { halfYear: '2019-1', kind: 'regular' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="beleidsinformatie-jeugd-2019-1.csv"',
    );
    expect(res.headers['x-cbs-missing']).toBe('2');
    expect(res.body).toBe(expected('', '0', 'REGULIER'));
    const rows = await auditRows(t.database, 'cbs.delivery_created');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.details).toMatchObject({
      halfYear: '2019-1',
      kind: 'regular',
      trajectories: 3,
      measures: 1,
      missing: 2,
    });
    expect(JSON.stringify(rows)).not.toContain(BSN_B1);
  });

  it('the correction of the previous half year carries what was completed since', async () => {
    await t.database.db
      .update(person)
      .set({ bsn: '999990019', sex: 'male' })
      .where(and(eq(person.tenantId, BY_TENANT), eq(person.id, 'p-b3')));
    const erik = await as(DEMO_USER_BY_ROLE.admin);
    const res = await erik.request({
      method: 'POST',
      url: '/api/budgets/cbs/deliveries',
      payload: { halfYear: '2019-1', kind: 'correction' },
    });
    expect(res.headers['content-disposition']).toContain('2019-1-correctie.csv');
    expect(res.body).toBe(expected('999990019', '1', 'CORRECTIE'));
    const list = await erik.request({ url: '/api/budgets/cbs/deliveries' });
    expect(
      list.json().map((d: { kind: string; missingFields: number }) => [d.kind, d.missingFields]),
    ).toEqual([
      ['correction', 0],
      ['regular', 2],
    ]);
  });

  it('the second half year: the stopped trajectory is gone, the running ones stay', async () => {
    const erik = await as(DEMO_USER_BY_ROLE.admin);
    const res = await erik.request({
      method: 'POST',
      url: '/api/budgets/cbs/check',
      payload: { halfYear: '2019-2', kind: 'regular' },
    });
    expect(res.json()).toMatchObject({ trajectories: 2, measures: 1, complete: true, missing: [] });
  });

  it('only the administrator may check or create it; refusals are audited; bad input is a 400', async () => {
    for (const role of ['policy_analyst', 'team_lead', 'coordinator'] as const) {
      const c = await as(DEMO_USER_BY_ROLE[role]);
      const res = await c.request({
        method: 'POST',
        url: '/api/budgets/cbs/deliveries',
        payload: { halfYear: '2019-1', kind: 'regular' },
      });
      expect(res.statusCode).toBe(403);
    }
    expect((await auditRows(t.database, 'cbs.delivery_created')).length).toBe(2);
    const refusals = await auditRows(t.database, 'route.access', {
      subjectId: 'POST /api/budgets/cbs/deliveries',
    });
    expect(refusals.map((r) => r.outcome)).toEqual(['denied', 'denied', 'denied']);
    const erik = await as(DEMO_USER_BY_ROLE.admin);
    const bad = await erik.request({
      method: 'POST',
      url: '/api/budgets/cbs/deliveries',
      payload: { halfYear: '2019-3', kind: 'regular' },
    });
    expect(bad.statusCode).toBe(400);
  });
});
