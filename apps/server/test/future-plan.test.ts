/**
 * Toekomstplan 18-/18+: the daily start at 16½ (idempotent, age per tenant), topic due dates,
 * the coordinator's tasks at 17 and 17½, the continuity decision, the parents' view after 18
 * following the youth's consent, and authorization with audit of every read and refusal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDueFuturePlans } from '../src/futurePlan/start.ts';
import { reconcileTasks } from '../src/tasks/reconcile.ts';
import { auditRows } from './helpers/audit-rows.ts';
import { lisaLetsAnoukSee } from './helpers/consent-builder.ts';
import { dutchDay } from './helpers/dutch-day.ts';
import { loggedInAs } from './helpers/logged-in.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
const as = loggedInAs(() => t);
const T = '0394';

type TopicJson = { key: string; status: string; dueDate: string; overdue: boolean; owner: string };
type PlanJson = {
  id: string;
  youthPersonId: string;
  eighteenthBirthday: string;
  daysUntil18: number;
  helper: { kind: string; ref: string; name: string } | null;
  topics: TopicJson[];
  continuity: {
    decision: string;
    until: string | null;
    handoverTo: string[];
    careType: string | null;
  } | null;
  may: { chooseHelper: boolean; updateTopics: boolean; decideContinuity: boolean };
  version: number;
};

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

async function plansOf(userId: string, householdId = 'hh-jansen'): Promise<PlanJson[]> {
  const res = await (await as(userId)).request({ url: `/api/households/${householdId}/future-plans` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().plans;
}

async function lisasPlan(userId = 'u-sanne'): Promise<PlanJson> {
  const plan = (await plansOf(userId)).find((p) => p.youthPersonId === 'p-lisa');
  expect(plan).toBeDefined();
  return plan as PlanJson;
}

async function plansOfPerson(personId: string) {
  return t.database.ownerQuery<{ id: string }>('select id from future_plan where person_id = $1', [personId]);
}

function inAYear() {
  return dutchDay(365);
}

describe('the daily start', () => {
  it('starts a plan for a youth in care on the day she is 16½, once however often it runs', async () => {
    // Daan Visser (born 2010-09-15) is 16½ on 2027-03-15; his household has an open family plan.
    expect(await plansOfPerson('p-daan')).toHaveLength(0);
    await startDueFuturePlans(t.database.db, T, '2027-03-14');
    expect(await plansOfPerson('p-daan')).toHaveLength(0);
    const first = await startDueFuturePlans(t.database.db, T, '2027-03-15');
    const second = await startDueFuturePlans(t.database.db, T, '2027-03-15');
    expect(first).toBeGreaterThanOrEqual(1);
    expect(second).toBe(0);
    expect(await plansOfPerson('p-daan')).toHaveLength(1);
    // Nobody starts twice, and the start is in the audit log (by the system).
    const [dupes] = await t.database.ownerQuery<{ n: number }>(
      'select count(*)::int as n from (select person_id from future_plan group by person_id having count(*) > 1) d',
    );
    expect(dupes?.n).toBe(0);
    const started = await auditRows(t.database, 'future_plan.started', {
      subjectId: (await plansOfPerson('p-daan'))[0]?.id,
    });
    expect(started).toHaveLength(1);
  });

  it('starts at the age the tenant sets (administrator), not before', async () => {
    await t.database.ownerQuery("delete from future_plan where person_id = 'p-daan'");
    const erik = await as('u-erik');
    const set = await erik.request({
      method: 'PUT',
      url: '/api/admin/future-plan-settings',
      payload: { startAgeMonths: 192 },
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().startAgeMonths).toBe(192);
    const tooOld = await erik.request({
      method: 'PUT',
      url: '/api/admin/future-plan-settings',
      payload: { startAgeMonths: 230 },
    });
    expect(tooOld.statusCode).toBe(400);
    await startDueFuturePlans(t.database.db, T, '2026-09-14');
    expect(await plansOfPerson('p-daan')).toHaveLength(0);
    await startDueFuturePlans(t.database.db, T, '2026-09-15');
    expect(await plansOfPerson('p-daan')).toHaveLength(1);
    // A coordinator may not change it.
    const sanne = await as('u-sanne');
    const denied = await sanne.request({
      method: 'PUT',
      url: '/api/admin/future-plan-settings',
      payload: { startAgeMonths: 198 },
    });
    expect(denied.statusCode).toBe(403);
    await erik.request({
      method: 'PUT',
      url: '/api/admin/future-plan-settings',
      payload: { startAgeMonths: 198 },
    });
  });

  it('never starts a plan for someone 18 or older, nor for a household out of care', async () => {
    // Willem de Graaf is an adult; the Jansen parents too.
    await startDueFuturePlans(t.database.db, T, '2026-12-01');
    for (const adult of ['p-willem', 'p-anouk', 'p-mark']) expect(await plansOfPerson(adult)).toHaveLength(0);
    // Tom (12) is too young.
    expect(await plansOfPerson('p-tom')).toHaveLength(0);
  });
});

describe('topics and their deadlines', () => {
  it('gives every standard topic a due date counted back from the 18th birthday, on a working day', async () => {
    await startDueFuturePlans(t.database.db, T, '2026-11-10');
    const lisa = await lisasPlan();
    expect(lisa.eighteenthBirthday).toBe('2028-05-10');
    const keys = lisa.topics.map((x) => x.key);
    for (const k of [
      'health_insurance',
      'digid',
      'bank_account',
      'allowances',
      'income',
      'housing',
      'school_or_work',
      'care_after_18',
      'money_and_debts',
      'free_time_and_friends',
      'network_after_18',
    ]) {
      expect(keys).toContain(k);
    }
    const due = (k: string) => lisa.topics.find((x) => x.key === k)?.dueDate;
    // DUO: at least 3 months before 18.
    expect(due('income')).toBe('2028-02-10');
    expect(due('health_insurance')).toBe('2028-05-10');
    for (const topic of lisa.topics) expect(topic.dueDate <= lisa.eighteenthBirthday).toBe(true);
    // Noor turns 18 on Thursday 2027-05-20; 3 months before is Saturday 2027-02-20 → Friday.
    const noor = (await plansOf('u-mohamed', 'hh-visser')).find((p) => p.youthPersonId === 'p-noor');
    expect(noor?.topics.find((x) => x.key === 'income')?.dueDate).toBe('2027-02-19');
    expect(lisa.daysUntil18).toBeGreaterThan(0);
  });

  it('lets the administrator add a topic that every plan then shows', async () => {
    const erik = await as('u-erik');
    const topic = {
      key: 'driving_licence',
      title: { nl: 'Rijbewijs', en: 'Driving licence' },
      explanation: {
        nl: 'Wil je een rijbewijs? Begin op tijd met lessen.',
        en: 'Want a licence? Start lessons in time.',
      },
      monthsBefore18: 1,
    };
    const added = await erik.request({
      method: 'POST',
      url: '/api/admin/future-plan-topics',
      payload: topic,
    });
    expect(added.statusCode, added.body).toBe(201);
    const again = await erik.request({
      method: 'POST',
      url: '/api/admin/future-plan-topics',
      payload: topic,
    });
    expect(again.statusCode).toBe(409);
    const standard = await erik.request({
      method: 'POST',
      url: '/api/admin/future-plan-topics',
      payload: { ...topic, key: 'digid' },
    });
    expect(standard.statusCode).toBe(400);
    const lisa = await lisasPlan();
    expect(lisa.topics.find((x) => x.key === 'driving_licence')).toMatchObject({
      dueDate: '2028-04-10',
      status: 'open',
    });
  });
});

describe('the youth works in her own plan', () => {
  it('shows Lisa her plan in the portal, where she picks her JIM mentor and ticks off DigiD', async () => {
    const lisa = await as('u-lisa');
    const res = await lisa.request({ url: '/api/portal/future-plans' });
    expect(res.statusCode, res.body).toBe(200);
    const [plan] = res.json().plans as PlanJson[];
    expect(plan?.youthPersonId).toBe('p-lisa');
    expect(plan?.may).toEqual({ chooseHelper: true, updateTopics: true, decideContinuity: false });
    const options = await lisa.request({
      url: `/api/households/hh-jansen/future-plans/${plan?.id}/helper-options`,
    });
    expect(options.statusCode).toBe(200);
    const jim = options
      .json()
      .options.find((o: { kind: string; name: string }) => o.name.includes('JIM van Lisa'));
    expect(jim).toMatchObject({ kind: 'jim_mentor', ref: 'nm-jansen-jim-yara' });
    expect(options.json().options).toContainEqual({
      kind: 'professional',
      ref: 'u-sanne',
      name: 'Sanne de Vries',
    });
    const chosen = await lisa.request({
      method: 'PUT',
      url: `/api/households/hh-jansen/future-plans/${plan?.id}/helper`,
      payload: { kind: 'jim_mentor', ref: 'nm-jansen-jim-yara', version: plan?.version },
    });
    expect(chosen.statusCode, chosen.body).toBe(200);
    expect(chosen.json().helper).toMatchObject({ kind: 'jim_mentor', name: 'Yara Bos (JIM van Lisa)' });
    // Someone not in her network cannot be chosen; a stale version is a conflict.
    const stranger = await lisa.request({
      method: 'PUT',
      url: `/api/households/hh-jansen/future-plans/${plan?.id}/helper`,
      payload: { kind: 'network', ref: 'nm-ozturk-buurvrouw', version: chosen.json().version },
    });
    expect(stranger.statusCode).toBe(400);
    const stale = await lisa.request({
      method: 'PUT',
      url: `/api/households/hh-jansen/future-plans/${plan?.id}/topics/digid`,
      payload: { status: 'done', version: plan?.version },
    });
    expect(stale.statusCode).toBe(409);
    const ticked = await lisa.request({
      method: 'PUT',
      url: `/api/households/hh-jansen/future-plans/${plan?.id}/topics/digid`,
      payload: { status: 'done', version: chosen.json().version },
    });
    expect(ticked.statusCode, ticked.body).toBe(200);
    expect(ticked.json().topics.find((x: TopicJson) => x.key === 'digid').status).toBe('done');
    const unknown = await lisa.request({
      method: 'PUT',
      url: `/api/households/hh-jansen/future-plans/${plan?.id}/topics/space_travel`,
      payload: { status: 'done', version: ticked.json().version },
    });
    expect(unknown.statusCode).toBe(404);
    // Sanne sees the rest due.
    const sanneView = await lisasPlan('u-sanne');
    expect(sanneView.helper?.ref).toBe('nm-jansen-jim-yara');
    expect(sanneView.topics.filter((x) => x.status !== 'done').length).toBe(sanneView.topics.length - 1);
  });
});

describe('alerts at 17 and 17½', () => {
  const tasksFor = (planId: string) =>
    t.database.ownerQuery<{ kind: string; status: string; assignee_user_id: string; due_date: string }>(
      "select kind, status, assignee_user_id, to_char(due_date, 'YYYY-MM-DD') as due_date from task where subject_id = $1 order by kind",
      [planId],
    );

  it('gives the coordinator a task at 17 and another at 17½ while topics are open; done topics close them', async () => {
    const plan = await lisasPlan();
    await reconcileTasks(t.database.db, T, { now: new Date('2027-05-09T10:00:00Z') });
    expect(await tasksFor(plan.id)).toEqual([]);
    await reconcileTasks(t.database.db, T, { now: new Date('2027-05-10T10:00:00Z') });
    expect(await tasksFor(plan.id)).toEqual([
      { kind: 'future_plan_at_17', status: 'open', assignee_user_id: 'u-sanne', due_date: '2027-05-10' },
    ]);
    await reconcileTasks(t.database.db, T, { now: new Date('2027-11-10T10:00:00Z') });
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
    await reconcileTasks(t.database.db, T, { now: new Date('2027-11-10T10:00:00Z') });
    expect((await tasksFor(plan.id)).map((x) => x.status)).toEqual(['done', 'done']);
  });

  it('shows the demo: Noor (17½) has both tasks for her coordinator', async () => {
    const [noorPlan] = await plansOfPerson('p-noor');
    await reconcileTasks(t.database.db, T, { now: new Date('2026-11-29T10:00:00Z') });
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

describe('authorization and audit', () => {
  it('refuses strangers with 404, members without the right with 403, and audits reads and refusals', async () => {
    const plan = await lisasPlan();
    const mohamed = await as('u-mohamed');
    const other = await mohamed.request({ url: '/api/households/hh-jansen/future-plans' });
    expect(other.statusCode).toBe(404);
    const provider = await (await as('u-fatima')).request({ url: '/api/households/hh-jansen/future-plans' });
    expect(provider.statusCode).toBe(403);
    const anouk = await as('u-anouk');
    const byParent = await anouk.request({
      method: 'PUT',
      url: `/api/households/hh-jansen/future-plans/${plan.id}/topics/housing`,
      payload: { status: 'done', version: plan.version },
    });
    expect(byParent.statusCode).toBe(403);
    const teamLead = await (await as('u-ahmed')).request({
      method: 'PUT',
      url: `/api/households/hh-jansen/future-plans/${plan.id}/topics/housing`,
      payload: { status: 'done', version: plan.version },
    });
    expect(teamLead.statusCode).toBe(403);
    const otherWrite = await mohamed.request({
      method: 'PUT',
      url: `/api/households/hh-jansen/future-plans/${plan.id}/topics/housing`,
      payload: { status: 'done', version: plan.version },
    });
    expect(otherWrite.statusCode).toBe(404);
    expect(await auditRows(t.database, 'future_plan.read', { userId: 'u-mohamed' })).toContainEqual(
      expect.objectContaining({ outcome: 'denied' }),
    );
    expect(await auditRows(t.database, 'future_plan.update_topic', { userId: 'u-anouk' })).toContainEqual(
      expect.objectContaining({ outcome: 'denied', subject_id: plan.id }),
    );
    expect(await auditRows(t.database, 'future_plan.update_topic', { userId: 'u-mohamed' })).toContainEqual(
      expect.objectContaining({ outcome: 'denied', subject_id: plan.id }),
    );
    const reads = await auditRows(t.database, 'future_plan.read', { userId: 'u-sanne', subjectId: plan.id });
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((r) => r.outcome === 'success')).toBe(true);
  });
});

describe("the parents' view after 18 follows the youth's consent", () => {
  it('shows the mother the plan while Lisa is under 18, then only with her consent', async () => {
    const anouk = await as('u-anouk');
    const portal = async () => {
      const res = await anouk.request({ url: '/api/portal/future-plans' });
      expect(res.statusCode).toBe(200);
      return (res.json().plans as PlanJson[]).map((p) => p.youthPersonId);
    };
    expect(await portal()).toEqual(['p-lisa']);
    const plan = await lisasPlan('u-anouk');
    expect(plan.may).toEqual({ chooseHelper: false, updateTopics: false, decideContinuity: false });
    // Time passes: Lisa is 18 now (her plan was started when she was 16½).
    await t.database.ownerQuery("update person set birth_date = '2008-05-10' where id = 'p-lisa'");
    expect(await portal()).toEqual([]);
    const refused = await auditRows(t.database, 'future_plan.read', {
      userId: 'u-anouk',
      subjectId: plan.id,
    });
    expect(refused.at(-1)).toMatchObject({ outcome: 'denied', details: { reason: 'no_consent' } });
    const lisa = await as('u-lisa');
    const granted = await lisaLetsAnoukSee(
      lisa,
      ['plan'],
      'Mijn moeder mag mijn toekomstplan zien',
      inAYear(),
    );
    expect(granted.statusCode, granted.body).toBe(201);
    expect(await portal()).toEqual(['p-lisa']);
    const allowed = await auditRows(t.database, 'future_plan.read', {
      userId: 'u-anouk',
      subjectId: plan.id,
    });
    expect(allowed.at(-1)).toMatchObject({ outcome: 'success', details: { basis: 'youth_consent' } });
    // A consent by the mother herself about Lisa opens nothing: from 16 only Lisa decides.
    expect((await lisasPlan('u-lisa')).youthPersonId).toBe('p-lisa');
  });
});
