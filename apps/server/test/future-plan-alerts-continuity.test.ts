/**
 * Toekomstplan: the coordinator's tasks at 17 and 17½ while topics are open, and the continuity
 * decision for after 18 (extended youth care, its limits, or the handover to adult care).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { reconcileTasks } from '../src/tasks/reconcile.ts';
import { futurePlanFile, T } from './helpers/future-plan-file.ts';

const { app, as, lisasPlan, plansOfPerson, startLisasPlan } = futurePlanFile();

beforeAll(startLisasPlan);

describe('alerts at 17 and 17½', () => {
  const tasksFor = (planId: string) =>
    app().database.ownerQuery<{ kind: string; status: string; assignee_user_id: string; due_date: string }>(
      "select kind, status, assignee_user_id, to_char(due_date, 'YYYY-MM-DD') as due_date from task where subject_id = $1 order by kind",
      [planId],
    );

  it('gives the coordinator a task at 17 and another at 17½ while topics are open; done topics close them', async () => {
    const plan = await lisasPlan();
    await reconcileTasks(app().database.db, T, { now: new Date('2027-05-09T10:00:00Z') });
    expect(await tasksFor(plan.id)).toEqual([]);
    await reconcileTasks(app().database.db, T, { now: new Date('2027-05-10T10:00:00Z') });
    expect(await tasksFor(plan.id)).toEqual([
      { kind: 'future_plan_at_17', status: 'open', assignee_user_id: 'u-sanne', due_date: '2027-05-10' },
    ]);
    await reconcileTasks(app().database.db, T, { now: new Date('2027-11-10T10:00:00Z') });
    expect((await tasksFor(plan.id)).map((x) => [x.kind, x.status, x.due_date])).toEqual([
      ['future_plan_at_17', 'open', '2027-05-10'],
      ['future_plan_at_17_half', 'open', '2027-11-10'],
    ]);
    // Sanne settles every topic (the API's event reconcile runs at today's date).
    const sanne = await as('u-sanne');
    let version = plan.version;
    for (const topic of plan.topics) {
      const res = await sanne.request({
        method: 'PUT',
        url: `/api/households/hh-jansen/future-plans/${plan.id}/topics/${topic.key}`,
        payload: {
          status: topic.key === 'free_time_and_friends' ? 'not_needed' : 'done',
          owner: 'youth',
          version,
        },
      });
      expect(res.statusCode, res.body).toBe(200);
      version = res.json().version;
    }
    await reconcileTasks(app().database.db, T, { now: new Date('2027-11-10T10:00:00Z') });
    expect((await tasksFor(plan.id)).map((x) => x.status)).toEqual(['done', 'done']);
  });

  it('shows the demo: Noor (17½) has both tasks for her coordinator', async () => {
    const [noorPlan] = await plansOfPerson('p-noor');
    await reconcileTasks(app().database.db, T, { now: new Date('2026-11-29T10:00:00Z') });
    const tasks = await tasksFor(noorPlan?.id as string);
    expect(tasks.map((x) => [x.kind, x.status, x.assignee_user_id])).toEqual([
      ['future_plan_at_17', 'open', 'u-mohamed'],
      ['future_plan_at_17_half', 'open', 'u-mohamed'],
    ]);
  });
});

describe('continuity after 18', () => {
  it('records extended youth care until 21 for foster care by default, at most 23, or the handover', async () => {
    const plan = await lisasPlan();
    const sanne = await as('u-sanne');
    const url = `/api/households/hh-jansen/future-plans/${plan.id}/continuity`;
    const extended = await sanne.request({
      method: 'PUT',
      url,
      payload: {
        decision: 'extended_youth_care',
        careType: 'foster_care',
        note: 'Blijft in het pleeggezin',
        version: plan.version,
      },
    });
    expect(extended.statusCode, extended.body).toBe(200);
    expect(extended.json().continuity).toMatchObject({
      decision: 'extended_youth_care',
      careType: 'foster_care',
      until: '2031-05-10',
      decidedByName: 'Sanne de Vries',
    });
    const beyond23 = await sanne.request({
      method: 'PUT',
      url,
      payload: {
        decision: 'extended_youth_care',
        careType: 'residential',
        until: '2033-05-11',
        version: extended.json().version,
      },
    });
    expect(beyond23.statusCode).toBe(400);
    const handover = await sanne.request({
      method: 'PUT',
      url,
      payload: {
        decision: 'handover_adult_care',
        handoverTo: ['wmo', 'zvw'],
        version: extended.json().version,
      },
    });
    expect(handover.statusCode, handover.body).toBe(200);
    expect(handover.json().continuity).toMatchObject({
      decision: 'handover_adult_care',
      handoverTo: ['wmo', 'zvw'],
      until: null,
    });
    // The dossier shows it, for the team lead too; the youth cannot decide it.
    expect((await lisasPlan('u-ahmed')).continuity?.decision).toBe('handover_adult_care');
    const byLisa = await (await as('u-lisa')).request({
      method: 'PUT',
      url,
      payload: { decision: 'no_care_needed', version: handover.json().version },
    });
    expect(byLisa.statusCode).toBe(403);
    const bad = await sanne.request({
      method: 'PUT',
      url,
      payload: { decision: 'extended_youth_care', version: 1 },
    });
    expect(bad.statusCode).toBe(400);
  });
});
