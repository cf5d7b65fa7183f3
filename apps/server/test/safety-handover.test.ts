/**
 * Veilig Thuis hands a family back: a hand-over outcome links the household's open plan (or
 * creates one when the last plan is closed) and attaches the safety conditions, which the plan's
 * professionals read back (audited); other outcomes touch no plan; the family does not get the list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conditionsOfHousehold } from '../src/safety/service.ts';
import { auditRows } from './helpers/audit-rows.ts';
import { loggedInAs } from './helpers/logged-in.ts';
import { openJansenTrack } from './helpers/safety-tracks.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
const as = loggedInAs(() => t);

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

async function reportOnTom(): Promise<string> {
  const sanne = await as('u-sanne');
  const trackId = await openJansenTrack(sanne);
  const report = await sanne.request({
    method: 'POST',
    url: `/api/safety/tracks/${trackId}/reports`,
    payload: { content: 'Acuut incident: Tom heeft letsel na ruzie thuis.', anonymousToFamily: false },
  });
  expect(report.statusCode).toBe(201);
  return report.json().id as string;
}

async function triage(reportId: string, outcome: string, conditions?: string) {
  return (await as('u-joost')).request({
    method: 'POST',
    url: `/api/safety/reports/${reportId}/triage`,
    payload: { outcome, note: 'Getrieerd.', ...(conditions ? { conditions } : {}) },
  });
}

async function openPlanIds(householdId: string) {
  return (
    await t.database.ownerQuery<{ id: string }>(
      "select id from plan where household_id = $1 and state <> 'closed'",
      [householdId],
    )
  ).map((r) => r.id);
}

const CONDITIONS = 'Vader slaapt tijdelijk elders; oma is dagelijks aanwezig bij het ontbijt.';

describe('a hand-over from Veilig Thuis', () => {
  it("links the household's open plan and attaches the conditions the coordinator reads back", async () => {
    const [before] = await openPlanIds('hh-jansen');
    const reportId = await reportOnTom();
    const res = await triage(reportId, 'hand_over_social_team', CONDITIONS);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ id: reportId, planId: before, planCreated: false });
    expect(await openPlanIds('hh-jansen')).toEqual([before]);

    const read = await (await as('u-sanne')).request({ url: '/api/households/hh-jansen/safety/conditions' });
    expect(read.statusCode).toBe(200);
    const mine = (read.json().items as Array<{ reportId: string }>).find((c) => c.reportId === reportId);
    expect(mine).toMatchObject({
      conditions: CONDITIONS,
      outcome: 'hand_over_social_team',
      planId: before,
      setBy: { id: 'u-joost', name: 'Joost de Boer' },
    });
    const stored = await t.database.ownerQuery<{ conditions_enc: string }>(
      'select conditions_enc from veilig_thuis_triage where report_id = $1',
      [reportId],
    );
    expect(stored[0]?.conditions_enc).not.toContain('oma');
    const audit = await auditRows(t.database, 'veilig_thuis.conditions.read', { userId: 'u-sanne' });
    expect(audit.at(-1)).toMatchObject({ outcome: 'success', subject_id: 'hh-jansen' });
  });

  it('touches no plan for an outcome that hands nothing over', async () => {
    const reportId = await reportOnTom();
    const res = await triage(reportId, 'own_investigation');
    expect(res.json()).toMatchObject({ planId: null, planCreated: false });
  });

  it('creates a new concept plan when the last plan is closed, audited as created by hand-over', async () => {
    await t.database.ownerQuery("update plan set state = 'closed' where household_id = 'hh-jansen'");
    const reportId = await reportOnTom();
    const res = await triage(reportId, 'hand_over_provider', CONDITIONS);
    expect(res.statusCode).toBe(201);
    expect(res.json().planCreated).toBe(true);
    const open = await openPlanIds('hh-jansen');
    expect(open).toEqual([res.json().planId]);
    const created = await auditRows(t.database, 'plan.create', { userId: 'u-joost' });
    expect(created.at(-1)?.details).toMatchObject({ via: 'handover', planId: res.json().planId });
    const tenant = (
      await t.database.ownerQuery<{ tenant_id: string }>(
        "select tenant_id from household where id = 'hh-jansen'",
      )
    )[0]?.tenant_id;
    const forPlan = await conditionsOfHousehold(t.database.ownerDb, tenant ?? '', 'hh-jansen');
    expect(forPlan.filter((c) => c.planId === res.json().planId)).toHaveLength(1);
  });

  it('keeps the list from the family and from a professional without a relationship (audited)', async () => {
    const anouk = await (await as('u-anouk')).request({ url: '/api/households/hh-jansen/safety/conditions' });
    expect(anouk.statusCode).toBe(403);
    const fatima = await (await as('u-fatima')).request({
      url: '/api/households/hh-pinas/safety/conditions',
    });
    expect(fatima.statusCode).toBe(404);
    const refused = await auditRows(t.database, 'veilig_thuis.conditions.read', { userId: 'u-fatima' });
    expect(refused.at(-1)).toMatchObject({ outcome: 'denied' });
  });
});
