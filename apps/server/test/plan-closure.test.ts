import { type FamilyPlan, planContentOf } from '@een-plan/contracts';
import { parseMessage } from '@een-plan/ijw';
import { describe, expect, it } from 'vitest';
import { withdrawForClosure } from '../src/assignments/withdraw.ts';
import { demoActorOf } from '../src/auth/users.ts';
import { addMonthsAndDays, listDueFollowUps } from '../src/plans/closure.ts';
import { assignTomAmbulant, startAssignment, stopAssignment } from './helpers/assignment-builder.ts';
import { dutchDay } from './helpers/dutch-day.ts';
import { appOfFile } from './helpers/file-app.ts';
import type { TestClient } from './helpers/test-app.ts';

const { app, as } = appOfFile();

const HH = 'hh-de-graaf';
const PLAN = `/api/households/${HH}/plan`;
const day = (offset: number) => dutchDay(offset);
const TODAY = day(0);

type Action = { id: string; status: string; owner: { kind: string; ref: string; label: string } };
type Goal = { id: string; actions: Action[] } & Record<string, unknown>;

async function planOf(c: TestClient) {
  const res = await c.request({ url: PLAN });
  expect(res.statusCode).toBe(200);
  return res.json().plan as { version: number; state: string; vision: string; goals: Goal[] };
}

async function actionStatus(c: TestClient, actionId: string) {
  const plan = await planOf(c);
  return plan.goals.flatMap((g) => g.actions).find((a) => a.id === actionId)?.status;
}

async function assignmentRow(id: string) {
  const [row] = await app().database.ownerQuery<{
    status: string;
    end_date: string;
    ended_on: string | null;
    budget_cents: number;
    change_reason: string | null;
    version: number;
  }>(
    `select status, to_char(end_date, 'YYYY-MM-DD') as end_date, to_char(ended_on, 'YYYY-MM-DD') as ended_on,
            budget_cents, change_reason, version from assignment where id = $1`,
    [id],
  );
  return row!;
}

async function auditCount(action: string, subjectId?: string) {
  const rows = await app().database.ownerQuery<{ n: string }>(
    `select count(*)::text as n from audit_log where action = $1 and outcome = 'success'
       and ($2::text is null or subject_id = $2)`,
    [action, subjectId ?? null],
  );
  return Number(rows[0]!.n);
}

/** Adds two provider actions (level 2) to De Graaf's plan, which is in evaluation. */
async function addProviderActions(mohamed: TestClient) {
  const plan = await planOf(mohamed);
  const goals = planContentOf(plan as FamilyPlan).goals;
  const provider = { kind: 'provider', ref: 'org-jeugdhulp', label: '' };
  const added = [
    { description: 'Gesprekken met Sem over zelfstandig wonen.', owner: provider, level: 2, status: 'open' },
    { description: 'Korte training plannen en geld.', owner: provider, level: 2, status: 'open' },
  ];
  goals[0]!.actions.push(...(added as never[]));
  const res = await mohamed.request({
    method: 'PUT',
    url: PLAN,
    payload: { version: plan.version, vision: plan.vision, goals },
  });
  expect(res.statusCode).toBe(200);
  const actions = (res.json().plan.goals as Goal[]).flatMap((g) => g.actions);
  const [talks, training] = actions.filter((a) => a.owner.kind === 'provider');
  return { talks: talks!.id, training: training!.id };
}

async function assign(mohamed: TestClient, planActionId: string, startDate: string, endDate: string) {
  const res = await mohamed.request({
    method: 'POST',
    url: `/api/households/${HH}/assignments`,
    payload: {
      planActionId,
      personId: 'p-sem',
      contractProductId: 'cp-jeugdhulp-ambulant',
      volume: 1,
      frequency: '2',
      startDate,
      endDate,
      referrerType: '01',
    },
  });
  expect(res.statusCode).toBe(201);
  expect(res.json().status).toBe('assigned');
  return res.json().id as string;
}

describe('closing a plan closes everything', () => {
  let actions: { talks: string; training: string };
  let started: string;
  let future: string;
  let stopped: string;

  it("a provider's start and stop move the plan action to in progress and done", async () => {
    const mohamed = await as('u-mohamed');
    const fatima = await as('u-fatima');
    actions = await addProviderActions(mohamed);

    // One action with two assignments: a start makes it "in progress".
    started = await assign(mohamed, actions.talks, day(-10), day(60));
    // The same product for the same youth never overlaps (TR302): the next period follows on.
    future = await assign(mohamed, actions.talks, day(61), day(120));
    const start = await startAssignment(fatima, started, 1, day(-5));
    expect(start.statusCode).toBe(200);
    expect(await actionStatus(mohamed, actions.talks)).toBe('in_progress');

    // Another action: start → in progress, stop → done.
    stopped = await assign(mohamed, actions.training, day(-40), day(-12));
    expect(await actionStatus(mohamed, actions.training)).toBe('open');
    await startAssignment(fatima, stopped, 1, day(-38));
    expect(await actionStatus(mohamed, actions.training)).toBe('in_progress');
    const stop = await stopAssignment(fatima, stopped, 2, day(-13), '31');
    expect(stop.statusCode).toBe(200);
    expect(await actionStatus(mohamed, actions.training)).toBe('done');
    expect(await auditCount('plan.action_progress', HH)).toBe(3);
  });

  it('shows what closing will do before it happens', async () => {
    const mohamed = await as('u-mohamed');
    const res = await mohamed.request({ url: `${PLAN}/closure` });
    expect(res.statusCode).toBe(200);
    const preview = res.json();
    expect(preview).toMatchObject({ closed: false, canClose: true, state: 'in_evaluation', closedOn: TODAY });
    const byId = new Map(preview.assignments.map((a: { id: string }) => [a.id, a]));
    expect(byId.get(started)).toMatchObject({ outcome: 'awaiting_stop', newEndDate: TODAY });
    expect(byId.get(future)).toMatchObject({ outcome: 'ended', newEndDate: day(61), newBudgetCents: 0 });
    expect(byId.has(stopped)).toBe(false);
    expect(preview.actions.map((a: { id: string; status: string }) => [a.id, a.status])).toEqual(
      expect.arrayContaining([
        ['act-de-graaf-geld', 'in_progress'],
        [actions.talks, 'in_progress'],
      ]),
    );
    expect(preview.followUps.map((f: { kind: string; dueOn: string }) => [f.kind, f.dueOn])).toEqual([
      ['satisfaction', addMonthsAndDays(TODAY, 0, 14)],
      ['recurrence_check', addMonthsAndDays(TODAY, 6)],
      ['recurrence_check', addMonthsAndDays(TODAY, 12)],
    ]);
  });

  it('refuses a resident, and a stale version with 409', async () => {
    const anouk = await as('u-anouk');
    const plan = await planOf(await as('u-mohamed'));
    const resident = await anouk.request({
      method: 'POST',
      url: `${PLAN}/closure`,
      payload: { version: plan.version },
    });
    expect(resident.statusCode).toBe(403);
    // Another coordinator's household: the policy refuses and audits it.
    const sanne = await as('u-sanne');
    const other = await sanne.request({
      method: 'POST',
      url: `${PLAN}/closure`,
      payload: { version: plan.version },
    });
    expect(other.statusCode).toBe(403);
    const stale = await (await as('u-mohamed')).request({
      method: 'POST',
      url: `${PLAN}/closure`,
      payload: { version: plan.version - 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict', currentVersion: plan.version });
    expect((await planOf(await as('u-mohamed'))).state).toBe('in_evaluation');
  });

  it('ends every assignment, settles every action, closes the household and schedules the follow-ups', async () => {
    const mohamed = await as('u-mohamed');
    const plan = await planOf(mohamed);
    const before = await assignmentRow(started);
    const res = await mohamed.request({
      method: 'POST',
      url: `${PLAN}/closure`,
      payload: {
        version: plan.version,
        reason: 'goals_achieved',
        actions: [{ actionId: 'act-de-graaf-geld', status: 'done' }],
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ closedOn: TODAY, assignments: 2, actions: 2, followUps: 3 });

    // The plan is closed; nothing is left open: the chosen action done, the rest dropped.
    const after = await planOf(mohamed);
    expect(after.state).toBe('closed');
    const statuses = new Map(after.goals.flatMap((g) => g.actions).map((a) => [a.id, a.status]));
    expect(statuses.get('act-de-graaf-geld')).toBe('done');
    expect(statuses.get(actions.talks)).toBe('cancelled');
    expect(statuses.get(actions.training)).toBe('done');
    expect([...statuses.values()].every((s) => s === 'done' || s === 'cancelled')).toBe(true);

    // Not started: ended by the municipality, budget released.
    expect(await assignmentRow(future)).toMatchObject({
      status: 'ended',
      ended_on: TODAY,
      budget_cents: 0,
      change_reason: '05',
    });
    // Started: ends today, budget only until today; it waits for the provider's stop (JW307).
    const ended = await assignmentRow(started);
    expect(ended).toMatchObject({ status: 'started', end_date: TODAY, ended_on: TODAY, change_reason: '05' });
    expect(ended.budget_cents).toBeLessThan(before.budget_cents);
    expect(ended.budget_cents).toBeGreaterThan(0);
    // The already stopped one is left as it was.
    expect((await assignmentRow(stopped)).status).toBe('stopped');

    // The provider is told with one JW301 (OP087) holding both changed assignments, RedenWijziging 05.
    const [jw301] = await app().database.ownerQuery<{ xml: string; validation: { valid: boolean } }>(
      `select xml, validation from ijw_message where assignment_id = $1 and message_type = 'JW301'
        order by created_at desc limit 1`,
      [started],
    );
    expect(jw301!.validation.valid).toBe(true);
    const parsed = parseMessage(jw301!.xml);
    const products = (
      parsed.bericht as {
        Client: {
          ToegewezenProducten: Array<{
            ToewijzingNummer: number;
            Einddatum: string;
            RedenWijziging?: string;
          }>;
        };
      }
    ).Client.ToegewezenProducten;
    const changed = products.filter((p) => p.RedenWijziging === '05');
    expect(changed).toHaveLength(2);
    expect(changed.map((p) => p.Einddatum).sort()).toEqual([TODAY, day(61)].sort());

    // The household is inactive with the closing date, visible in the dossier and the caseload.
    const dossier = await mohamed.request({ url: `/api/households/${HH}` });
    expect(dossier.json()).toMatchObject({ status: 'closed', closedOn: TODAY });

    // Follow-ups: satisfaction in two weeks, recurrence checks at 6 and 12 months.
    const followUps = await app().database.ownerQuery<{ kind: string; due_on: string; status: string }>(
      `select kind, to_char(due_on, 'YYYY-MM-DD') as due_on, status from plan_follow_up
        where household_id = $1 order by due_on`,
      [HH],
    );
    expect(followUps).toEqual([
      { kind: 'satisfaction', due_on: addMonthsAndDays(TODAY, 0, 14), status: 'scheduled' },
      { kind: 'recurrence_check', due_on: addMonthsAndDays(TODAY, 6), status: 'scheduled' },
      { kind: 'recurrence_check', due_on: addMonthsAndDays(TODAY, 12), status: 'scheduled' },
    ]);
    const due = await listDueFollowUps(app().database.db, '0394', addMonthsAndDays(TODAY, 6));
    expect(due.filter((f) => f.householdId === HH).map((f) => f.kind)).toEqual([
      'satisfaction',
      'recurrence_check',
    ]);

    // Audited: the closure, each ended assignment, the household.
    expect(await auditCount('plan.close', HH)).toBe(1);
    expect(await auditCount('assignment.withdraw', started)).toBe(1);
    expect(await auditCount('assignment.withdraw', future)).toBe(1);
    expect(await auditCount('household.close', HH)).toBe(1);
  });

  it('after closing shows which assignments still need the stop message; the stop settles it', async () => {
    const mohamed = await as('u-mohamed');
    const closure = (await mohamed.request({ url: `${PLAN}/closure` })).json();
    expect(closure).toMatchObject({ closed: true, reason: 'goals_achieved', closedOn: TODAY });
    expect(closure.awaitingStop.map((a: { id: string }) => a.id)).toEqual([started]);
    expect(closure.followUps).toHaveLength(3);

    // The provider can no longer start the ended one, and stops the started one (JW307).
    const fatima = await as('u-fatima');
    const lateStart = await startAssignment(fatima, future, (await assignmentRow(future)).version, TODAY);
    expect(lateStart.statusCode).toBe(409);
    const stop = await stopAssignment(fatima, started, (await assignmentRow(started)).version, TODAY, '36');
    expect(stop.statusCode).toBe(200);
    const settled = (await mohamed.request({ url: `${PLAN}/closure` })).json();
    expect(settled.awaitingStop).toEqual([]);
    // The closed plan is not changed by the stop.
    expect(await actionStatus(mohamed, actions.talks)).toBe('cancelled');
  });

  it('a new plan after the closed one reopens the household', async () => {
    const mohamed = await as('u-mohamed');
    const res = await mohamed.request({ method: 'POST', url: PLAN, payload: { vision: '' } });
    expect(res.statusCode).toBe(201);
    const dossier = await mohamed.request({ url: `/api/households/${HH}` });
    expect(dossier.json()).toMatchObject({ status: 'planning', closedOn: null });
    expect(await auditCount('household.reopen', HH)).toBe(1);
  });
});

describe('ending assignments that overlap (older data)', () => {
  it('sends each its own JW301 when the combined message would break TR302', async () => {
    // Tom already has a started assignment (demo); an overlapping one for the same product is added.
    const sanne = await as('u-sanne');
    const overlapping = await assignTomAmbulant(sanne, day(-3), day(40));
    const ended = await app().database.db.transaction(async (tx) => {
      const actor = await demoActorOf(tx, '0394', 'u-sanne');
      return withdrawForClosure(tx, actor!, 'hh-jansen', TODAY, new Date(), {
        requestId: 'test',
        clientAddress: '127.0.0.1',
      });
    });
    expect(ended.map((e) => e.id)).toEqual(expect.arrayContaining([overlapping, 'asg-jansen-tom-2']));
    for (const id of [overlapping, 'asg-jansen-tom-2']) {
      const [m] = await app().database.ownerQuery<{ xml: string; validation: { valid: boolean } }>(
        `select xml, validation from ijw_message where assignment_id = $1 and message_type = 'JW301'
          order by created_at desc limit 1`,
        [id],
      );
      expect(m!.validation.valid).toBe(true);
      const products = (
        parseMessage(m!.xml).bericht as {
          Client: { ToegewezenProducten: Array<{ Einddatum: string; RedenWijziging?: string }> };
        }
      ).Client.ToegewezenProducten;
      expect(products).toEqual([expect.objectContaining({ Einddatum: TODAY, RedenWijziging: '05' })]);
    }
  });
});
