/**
 * Crisis episodes through the API: the two-hour norm, the bridging maximum (28 days, per tenant),
 * the exit-plan and handover deadlines with their tasks, the warm handover both sides confirm,
 * and who may see an episode (every read and refusal audited).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dutchDay } from './helpers/dutch-day.ts';
import { loggedInAs } from './helpers/logged-in.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
const as = loggedInAs(() => t);
const HOUR = 3_600_000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
const day = (offset: number) => dutchDay(offset);

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

async function post(user: string, url: string, payload: object = {}) {
  return (await as(user)).request({ method: 'POST', url, payload });
}

async function tasksOf(userId: string, status = 'open') {
  const res = await (await as(userId)).request({ url: `/api/tasks?status=${status}&pageSize=100` });
  expect(res.statusCode).toBe(200);
  return res.json().items as Array<{ kind: string; subjectId: string; dueDate: string; link: string }>;
}

async function createEpisode(calledAt: string, householdId = 'hh-jansen') {
  const res = await post('u-karin', '/api/crisis/episodes', { householdId, reportedVia: 'phone', calledAt });
  expect(res.statusCode).toBe(201);
  return res.json().id as string;
}

async function auditRows(action: string, subjectId: string) {
  return (await t.database.ownerQuery(
    'select outcome, actor_user_id from audit_log where action = $1 and subject_id = $2 order by id',
    [action, subjectId],
  )) as unknown as Array<{ outcome: string; actor_user_id: string }>;
}

describe('the demo story', () => {
  it('gives the crisis service episodes in every state, open first, and the tasks their deadlines raise', async () => {
    const res = await (await as('u-karin')).request({ url: '/api/crisis/episodes' });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Array<{ id: string; state: string; onSiteNormExceeded: boolean }>;
    expect(new Set(items.map((e) => e.state))).toEqual(
      new Set(['reported', 'on_site', 'bridging', 'handover', 'closed']),
    );
    expect(items.at(-1)?.state).toBe('closed');
    expect(items.find((e) => e.id === 'crisis-de-graaf-on-site')?.onSiteNormExceeded).toBe(true);
    expect(items.find((e) => e.id === 'crisis-pinas-reported')?.onSiteNormExceeded).toBe(false);
    const tasks = await tasksOf('u-karin');
    expect(
      tasks
        .filter((x) => x.subjectId.startsWith('crisis-'))
        .map((x) => `${x.kind}:${x.subjectId}`)
        .sort(),
    ).toEqual([
      'crisis_exit_plan_due:crisis-de-graaf-bridging',
      'crisis_handover_due:crisis-ozturk-handover',
    ]);
    expect(tasks.find((x) => x.subjectId === 'crisis-ozturk-handover')?.link).toBe(
      '/crisis/crisis-ozturk-handover',
    );
  });

  it('shows the household its episodes on the dossier, for its coordinator only', async () => {
    const res = await (await as('u-sanne')).request({ url: '/api/households/hh-jansen/crisis-episodes' });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((e: { id: string }) => e.id)).toContain('crisis-jansen-closed');
    const other = await (await as('u-mohamed')).request({ url: '/api/households/hh-jansen/crisis-episodes' });
    expect(other.statusCode).toBe(404);
    expect((await auditRows('crisis_episode.list', 'hh-jansen')).map((r) => r.outcome)).toEqual([
      'success',
      'denied',
    ]);
  });
});

describe('the two-hour norm', () => {
  it('records the minutes to arrival and flags an arrival past two hours; a step is recorded once', async () => {
    const id = await createEpisode(ago(3 * HOUR));
    const before = await (await as('u-karin')).request({ url: `/api/crisis/episodes/${id}` });
    expect(before.json()).toMatchObject({ state: 'reported', onSiteNormExceeded: true, onSiteMinutes: null });
    const res = await post('u-karin', `/api/crisis/episodes/${id}/on-site`, { onSiteAt: ago(30 * 60_000) });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ state: 'on_site', onSiteNormExceeded: true, onSiteMinutes: 150 });
    expect(res.json().deadlines[0]).toMatchObject({ kind: 'on_site', overdue: true });
    const again = await post('u-karin', `/api/crisis/episodes/${id}/on-site`, { onSiteAt: ago(10 * 60_000) });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('crisis_step_out_of_order');
  });

  it('keeps an arrival within two hours unflagged and refuses one before the call', async () => {
    const id = await createEpisode(ago(HOUR));
    const early = await post('u-karin', `/api/crisis/episodes/${id}/on-site`, { onSiteAt: ago(2 * HOUR) });
    expect(early.statusCode).toBe(422);
    expect(early.json().code).toBe('crisis_time_before_call');
    const res = await post('u-karin', `/api/crisis/episodes/${id}/on-site`, { onSiteAt: ago(0) });
    expect(res.json()).toMatchObject({ onSiteNormExceeded: false, onSiteMinutes: 60 });
  });
});

describe('bridging help, exit plan and handover', () => {
  const decision = (bridgingStart: string, bridgingEnd: string, decidedAt = ago(0)) => ({
    decidedAt,
    behaviouralExpertName: 'Dr. Vos',
    summary: 'Overbrugging thuis met dagelijks contact.',
    bridgingStart,
    bridgingEnd,
  });

  it('refuses bridging longer than 28 days, accepts 28, and follows the tenant setting', async () => {
    const id = await createEpisode(ago(2 * HOUR));
    await post('u-karin', `/api/crisis/episodes/${id}/on-site`, { onSiteAt: ago(HOUR) });
    const long = await post('u-karin', `/api/crisis/episodes/${id}/decision`, decision(day(0), day(28)));
    expect(long.statusCode).toBe(422);
    expect(long.json().code).toBe('crisis_bridging_too_long');
    expect(long.json().errors[0].path).toBe('bridgingEnd');

    const set = await (await as('u-erik')).request({
      method: 'PUT',
      url: '/api/crisis/settings',
      payload: { maxBridgingDays: 10 },
    });
    expect(set.statusCode).toBe(200);
    const overTen = await post('u-karin', `/api/crisis/episodes/${id}/decision`, decision(day(0), day(10)));
    expect(overTen.json().code).toBe('crisis_bridging_too_long');
    await (await as('u-erik')).request({
      method: 'PUT',
      url: '/api/crisis/settings',
      payload: { maxBridgingDays: 28 },
    });

    const ok = await post('u-karin', `/api/crisis/episodes/${id}/decision`, decision(day(0), day(27)));
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ state: 'bridging', maxBridgingDays: 28, exitPlanDueDate: day(14) });
    expect(ok.json().decision.behaviouralExpertName).toBe('Dr. Vos');
    // Not yet near: no task for the exit plan (due in 14 days) or the handover (in 27).
    expect((await tasksOf('u-karin')).filter((x) => x.subjectId === id)).toEqual([]);
  });

  it('raises the exit-plan task before it is due and closes it when the plan is recorded', async () => {
    const id = await createEpisode(ago(13 * 24 * HOUR));
    await post('u-karin', `/api/crisis/episodes/${id}/on-site`, { onSiteAt: ago(13 * 24 * HOUR - HOUR) });
    const res = await post(
      'u-karin',
      `/api/crisis/episodes/${id}/decision`,
      decision(day(-12), day(14), ago(12 * 24 * HOUR)),
    );
    expect(res.json().exitPlanDueDate).toBe(day(2));
    expect((await tasksOf('u-karin')).filter((x) => x.subjectId === id)).toMatchObject([
      { kind: 'crisis_exit_plan_due', dueDate: day(2) },
    ]);
    const plan = await post('u-karin', `/api/crisis/episodes/${id}/exit-plan`, {
      summary: 'Terug naar het sociaal team.',
    });
    expect(plan.statusCode).toBe(200);
    expect(plan.json().deadlines.find((d: { kind: string }) => d.kind === 'exit_plan')).toMatchObject({
      overdue: false,
    });
    expect((await tasksOf('u-karin')).filter((x) => x.subjectId === id)).toEqual([]);
  });

  it('raises the handover task near the end of bridging; both sides confirm the warm handover', async () => {
    const id = await createEpisode(ago(3 * HOUR));
    await post('u-karin', `/api/crisis/episodes/${id}/on-site`, { onSiteAt: ago(2 * HOUR) });
    await post('u-karin', `/api/crisis/episodes/${id}/decision`, decision(day(0), day(3)));
    expect((await tasksOf('u-karin')).filter((x) => x.subjectId === id)).toMatchObject([
      { kind: 'crisis_handover_due', dueDate: day(3) },
    ]);
    // The handover waits for the exit plan.
    const early = await post('u-karin', `/api/crisis/episodes/${id}/handover`, { target: 'team' });
    expect(early.statusCode).toBe(409);
    await post('u-karin', `/api/crisis/episodes/${id}/exit-plan`, {
      summary: 'Terug naar het sociaal team.',
    });
    const proposed = await post('u-karin', `/api/crisis/episodes/${id}/handover`, { target: 'team' });
    expect(proposed.json()).toMatchObject({
      state: 'handover',
      handover: { target: 'team', receiverConfirmedAt: null },
    });

    // A coordinator of another team is not the receiving side; the provider neither.
    expect((await post('u-mohamed', `/api/crisis/episodes/${id}/handover/confirm`)).statusCode).toBe(404);
    expect((await post('u-fatima', `/api/crisis/episodes/${id}/handover/confirm`)).statusCode).toBe(404);
    const sanne = await (await as('u-sanne')).request({ url: `/api/crisis/episodes/${id}` });
    expect(sanne.json().can).toEqual({ record: false, confirmAsReceiver: true });
    const received = await post('u-sanne', `/api/crisis/episodes/${id}/handover/confirm`);
    expect(received.statusCode).toBe(200);
    expect(received.json().state).toBe('handover');
    expect((await post('u-sanne', `/api/crisis/episodes/${id}/handover/confirm`)).statusCode).toBe(409);
    const done = await post('u-karin', `/api/crisis/episodes/${id}/handover/confirm`);
    expect(done.json()).toMatchObject({ state: 'closed', nextDeadline: null });
    expect((await tasksOf('u-karin')).filter((x) => x.subjectId === id)).toEqual([]);
  });

  it('lets the receiving provider see and confirm a handover to it', async () => {
    const res = await post('u-fatima', '/api/crisis/episodes/crisis-ozturk-handover/handover/confirm');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      state: 'closed',
      handover: { providerName: 'Jeugdhulp Kennemerland' },
    });
  });
});

describe('who may see an episode', () => {
  it('refuses other households’ professionals and other roles, and audits reads and refusals', async () => {
    const url = '/api/crisis/episodes/crisis-jansen-closed';
    expect((await (await as('u-karin')).request({ url })).statusCode).toBe(200);
    expect((await (await as('u-sanne')).request({ url })).statusCode).toBe(200);
    expect((await (await as('u-mohamed')).request({ url })).statusCode).toBe(404);
    expect((await (await as('u-fatima')).request({ url })).statusCode).toBe(404);
    expect((await (await as('u-anouk')).request({ url })).statusCode).toBe(403);
    expect((await (await as('u-bram')).request({ url })).statusCode).toBe(403);
    const rows = await auditRows('crisis_episode.read', 'crisis-jansen-closed');
    expect(rows).toEqual([
      { outcome: 'success', actor_user_id: 'u-karin' },
      { outcome: 'success', actor_user_id: 'u-sanne' },
      { outcome: 'denied', actor_user_id: 'u-mohamed' },
      { outcome: 'denied', actor_user_id: 'u-fatima' },
    ]);
  });

  it('lets only the crisis service record steps, and a coordinator report a crisis for her own household', async () => {
    const byCoordinator = await post('u-sanne', '/api/crisis/episodes', {
      householdId: 'hh-ozturk',
      reportedVia: 'professional',
      calledAt: ago(0),
    });
    expect(byCoordinator.statusCode).toBe(201);
    expect(byCoordinator.json()).toMatchObject({ state: 'reported', crisisWorkerName: '' });
    const notHers = await post('u-sanne', '/api/crisis/episodes', {
      householdId: 'hh-de-graaf',
      reportedVia: 'professional',
      calledAt: ago(0),
    });
    expect(notHers.statusCode).toBe(404);
    const step = await post('u-sanne', `/api/crisis/episodes/${byCoordinator.json().id}/on-site`, {
      onSiteAt: ago(0),
    });
    expect(step.statusCode).toBe(403);
    // The crisis service takes it up with its first step: the episode becomes Karin's.
    const taken = await post('u-karin', `/api/crisis/episodes/${byCoordinator.json().id}/on-site`, {
      onSiteAt: ago(0),
    });
    expect(taken.json().crisisWorkerName).toBe('Karin Smit');
  });

  it('refuses a person who is not in the household', async () => {
    const res = await post('u-karin', '/api/crisis/episodes', {
      householdId: 'hh-jansen',
      personId: 'p-deniz',
      reportedVia: 'phone',
      calledAt: ago(0),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('crisis_person_not_member');
  });
});
