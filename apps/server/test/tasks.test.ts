/**
 * Tasks appear and disappear with their events (through the API), the reconcile is idempotent,
 * and only a task's assignee (user, or team in its audience, or the team's lead) may close it.
 */
import type { FastifyBaseLogger } from 'fastify';
import type PgBoss from 'pg-boss';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJobs } from '../src/jobs/jobs.ts';
import { REFERRAL_REMINDER_QUEUE } from '../src/referrals/jobs.ts';
import { TASK_EVENT_ROUTES, taskKindsForRoute } from '../src/tasks/event-hook.ts';
import { TASK_DIGEST_QUEUE, TASK_RECONCILE_QUEUE } from '../src/tasks/jobs.ts';
import { reconcileTasks } from '../src/tasks/reconcile.ts';
import {
  assignTomAmbulant,
  postTomAmbulant,
  setApprovalThreshold,
  startAssignment,
} from './helpers/assignment-builder.ts';
import { recordTomsPlanConsent } from './helpers/consent-builder.ts';
import { dutchDay } from './helpers/dutch-day.ts';
import { loggedInAs } from './helpers/logged-in.ts';
import { aSignal } from './helpers/signal-builder.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';
import { waitFor } from './helpers/wait-for.ts';

let t: TestApp;
const as = loggedInAs(() => t);

type TaskJson = {
  id: string;
  kind: string;
  subjectId: string;
  link: string;
  status: string;
  closedReason: string | null;
  dueDate: string;
  overdue: boolean;
};

async function tasksOf(userId: string, status = 'open'): Promise<TaskJson[]> {
  const res = await (await as(userId)).request({ url: `/api/tasks?status=${status}&pageSize=100` });
  expect(res.statusCode).toBe(200);
  return res.json().items;
}

const about = (tasks: TaskJson[], subjectId: string) => tasks.filter((x) => x.subjectId === subjectId);

/** The school files a signal about a child of a new family; the team's queue gets it. */
async function fileTeamSignal(firstName: string, lastName: string) {
  return (await as('u-marloes')).request({
    method: 'POST',
    url: '/api/referrals',
    payload: aSignal(
      {
        lifeDomains: ['finances'],
        worry: 'Zorgen over het gezin.',
        familyContact: 'Moeder, 06 12345678',
        reporterContact: 'School, 0252 111 222',
      },
      { firstName, lastName },
    ),
  });
}

function day(offset: number): string {
  return dutchDay(offset);
}

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe('the event table', () => {
  it('names only routes that exist and write, so a renamed route cannot silently stop its tasks', () => {
    const writes = t.app.registeredRoutes.filter((r) =>
      ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method),
    );
    for (const { pattern } of TASK_EVENT_ROUTES) {
      expect({ pattern: String(pattern), matches: writes.some((r) => pattern.test(r.url)) }).toEqual({
        pattern: String(pattern),
        matches: true,
      });
    }
    expect(taskKindsForRoute('GET', '/api/referrals')).toEqual([]);
    expect(taskKindsForRoute('POST', '/api/referrals/:id/first-contact')).toEqual(['signal_past_norm']);
    // A draft save of the plan's content touches no rule; closing the plan (a transition) does.
    expect(taskKindsForRoute('PUT', '/api/households/:householdId/plan')).toEqual([]);
    expect(taskKindsForRoute('POST', '/api/households/:householdId/plan/transitions')).toContain(
      'evaluation_due',
    );
  });
});

describe('the demo story', () => {
  it('has tasks made by the real rules: evaluations due, and the GP’s signal near its norm for the team', async () => {
    const rows = await t.database.ownerQuery<{
      kind: string;
      subject_id: string;
      assignee_user_id: string | null;
      assignee_team_id: string | null;
    }>(
      "select kind, subject_id, assignee_user_id, assignee_team_id from task where status = 'open' order by subject_id",
    );
    expect(rows).toContainEqual({
      kind: 'evaluation_due',
      subject_id: 'plan-ozturk',
      assignee_user_id: 'u-sanne',
      assignee_team_id: null,
    });
    expect(rows).toContainEqual({
      kind: 'signal_past_norm',
      subject_id: 'ref-demo-noa',
      assignee_user_id: null,
      assignee_team_id: 'team-nieuw-vennep',
    });
    // The team lead's home has work: the team's signal, and the Öztürk assignment above the
    // approval threshold (for the team lead, not for its coordinator).
    expect(about(await tasksOf('u-ahmed'), 'ref-demo-noa')).toHaveLength(1);
    expect(about(await tasksOf('u-ahmed'), 'asg-ozturk-deniz-thuis')).toEqual([
      expect.objectContaining({ kind: 'approval_waiting', link: '/werkruimte/huishoudens/hh-ozturk/plan' }),
    ]);
    expect(about(await tasksOf('u-sanne'), 'asg-ozturk-deniz-thuis')).toEqual([]);
  });
});

describe('approval waiting → approved', () => {
  it('gives the team lead a task that the approval closes', async () => {
    await setApprovalThreshold(t.database, 100_000);
    try {
      const created = await postTomAmbulant(await as('u-sanne'), day(2), day(90), { volume: 2 });
      expect(created.statusCode).toBe(201);
      expect(created.json().status).toBe('awaiting_approval');
      const id = created.json().id;

      const ahmed = about(await tasksOf('u-ahmed'), id);
      expect(ahmed).toHaveLength(1);
      expect(ahmed[0]).toMatchObject({
        kind: 'approval_waiting',
        link: '/werkruimte/huishoudens/hh-jansen/plan',
      });
      // For the team lead: the coordinator of the same team does not get it, another team neither.
      expect(about(await tasksOf('u-sanne'), id)).toHaveLength(0);
      expect(about(await tasksOf('u-mohamed'), id)).toHaveLength(0);
      // The header count and a notification for the team lead (a count and a link, nothing else).
      const count = (await (await as('u-ahmed')).request({ url: '/api/tasks/count' })).json();
      expect(count.open).toBeGreaterThanOrEqual(1);
      const notes = (await (await as('u-ahmed')).request({ url: '/api/notifications' })).json();
      expect(notes.unread).toBeGreaterThanOrEqual(1);
      expect(notes.items[0]).toMatchObject({ kind: 'tasks_assigned', link: '/taken', read: false });

      const approved = await (await as('u-ahmed')).request({
        method: 'POST',
        url: `/api/assignments/${id}/approval`,
        payload: { version: 1, approve: true },
      });
      expect(approved.statusCode).toBe(200);
      expect(about(await tasksOf('u-ahmed'), id)).toHaveLength(0);
      const closed = about(await tasksOf('u-ahmed', 'done'), id);
      expect(closed).toMatchObject([{ kind: 'approval_waiting', status: 'done', closedReason: 'resolved' }]);
    } finally {
      await t.database.ownerQuery('delete from assignment_setting where tenant_id = $1', ['0394']);
    }
  });
});

describe('a signal near its first-contact norm → first contact', () => {
  it('gives the team a task that the first contact closes', async () => {
    const filed = await fileTeamSignal('Taak', 'Signaal');
    expect(filed.statusCode).toBe(201);
    const id = filed.json().id;
    // A fresh signal is far from its norm: no task yet.
    expect(about(await tasksOf('u-ahmed'), id)).toHaveLength(0);
    await t.database.ownerQuery(
      `update referral set received_at = now() - interval '10 days' where id = $1`,
      [id],
    );
    // The time-based run (pg-boss calls the same reconcile).
    await reconcileTasks(t.database.db, '0394', { kinds: ['signal_past_norm'] });
    const mine = about(await tasksOf('u-ahmed'), id);
    expect(mine).toMatchObject([{ kind: 'signal_past_norm', link: `/aanmeldingen/${id}` }]);
    // A team task without an audience role: the team's coordinators see it too; another team does not.
    expect(about(await tasksOf('u-sanne'), id)).toHaveLength(1);
    expect(about(await tasksOf('u-mohamed'), id)).toHaveLength(0);

    const detail = (await (await as('u-ahmed')).request({ url: `/api/referrals/${id}` })).json();
    const triaged = await (await as('u-ahmed')).request({
      method: 'POST',
      url: `/api/referrals/${id}/triage`,
      payload: { level: 2, coordinatorId: 'u-sanne', version: detail.version },
    });
    expect(triaged.statusCode).toBe(200);
    // Triage gave it a coordinator: the task moves to her.
    expect(about(await tasksOf('u-sanne'), id)).toHaveLength(1);
    expect(about(await tasksOf('u-ahmed'), id)).toHaveLength(0);
    const contact = await (await as('u-sanne')).request({
      method: 'POST',
      url: `/api/referrals/${id}/first-contact`,
      payload: { version: triaged.json().version },
    });
    expect(contact.statusCode).toBe(200);
    expect(about(await tasksOf('u-sanne'), id)).toHaveLength(0);
  });
});

describe('a consent about to expire → revoked', () => {
  it('gives the coordinator a task that the end of the consent closes', async () => {
    const sanne = await as('u-sanne');
    const created = await recordTomsPlanConsent(sanne, day(10));
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(about(await tasksOf('u-sanne'), id)).toMatchObject([
      { kind: 'consent_expiring', dueDate: day(10), link: '/werkruimte/huishoudens/hh-jansen/toestemmingen' },
    ]);
    const revoked = await sanne.request({
      method: 'POST',
      url: `/api/households/hh-jansen/consents/${id}/revoke`,
      payload: { version: 1 },
    });
    expect(revoked.statusCode).toBe(200);
    expect(about(await tasksOf('u-sanne'), id)).toHaveLength(0);
  });
});

describe('an assignment whose start is overdue → started', () => {
  it('gives the coordinator a task that the provider’s start closes', async () => {
    const id = await assignTomAmbulant(await as('u-sanne'), day(-30), day(60));
    // Assigned long ago (the grace counts from the later of start and assignment).
    await t.database.ownerQuery(
      `update assignment set assigned_at = now() - interval '30 days' where id = $1`,
      [id],
    );
    await reconcileTasks(t.database.db, '0394', { kinds: ['start_overdue'] });
    expect(about(await tasksOf('u-sanne'), id)).toMatchObject([{ kind: 'start_overdue', overdue: true }]);
    const version = (await (await as('u-fatima')).request({ url: '/api/provider/assignments' }))
      .json()
      .assignments.find((a: { id: string }) => a.id === id).version;
    const started = await startAssignment(await as('u-fatima'), id, version, day(-28));
    expect(started.statusCode).toBe(200);
    expect(about(await tasksOf('u-sanne'), id)).toHaveLength(0);
  });
});

describe('an evaluation due → evaluation recorded', () => {
  it('gives the coordinator a task that recording the evaluation (and the next date) closes', async () => {
    const sanne = await as('u-sanne');
    const [before] = about(await tasksOf('u-sanne'), 'plan-ozturk');
    expect(before).toMatchObject({ kind: 'evaluation_due', link: '/werkruimte/huishoudens/hh-ozturk/plan' });
    const { plan } = (await sanne.request({ url: '/api/households/hh-ozturk/plan' })).json();
    const moved = await sanne.request({
      method: 'POST',
      url: '/api/households/hh-ozturk/plan/transitions',
      payload: { version: plan.version, to: 'in_evaluation' },
    });
    expect(moved.statusCode).toBe(200);
    // Still due while the evaluation is under way.
    expect(about(await tasksOf('u-sanne'), 'plan-ozturk')).toHaveLength(1);
    const evaluated = await sanne.request({
      method: 'POST',
      url: '/api/households/hh-ozturk/plan/evaluations',
      payload: {
        version: moved.json().plan?.version ?? plan.version,
        evaluatedOn: day(0),
        goalResults: [],
        nextSteps: 'Verder zoals afgesproken.',
        nextEvaluationDate: day(120),
      },
    });
    expect(evaluated.statusCode).toBe(201);
    expect(about(await tasksOf('u-sanne'), 'plan-ozturk')).toHaveLength(0);
  });
});

describe('idempotency', () => {
  it('running the reconcile twice opens nothing new the second time', async () => {
    await reconcileTasks(t.database.db, '0394');
    const before = await t.database.ownerQuery<{ n: number }>('select count(*)::int as n from task');
    const again = await reconcileTasks(t.database.db, '0394');
    expect(again).toEqual({ opened: 0, closed: 0 });
    const after = await t.database.ownerQuery<{ n: number }>('select count(*)::int as n from task');
    expect(after[0]!.n).toBe(before[0]!.n);
    const dupes = await t.database.ownerQuery<{ n: number }>(
      'select count(*)::int as n from (select rule_key from task group by tenant_id, rule_key having count(*) > 1) d',
    );
    expect(dupes[0]!.n).toBe(0);
  });
});

describe('closing a task', () => {
  it('refuses another team’s task as not found, audited; dismissing needs a reason (Dutch first)', async () => {
    const [task] = await tasksOf('u-mohamed');
    expect(task).toBeDefined();
    const other = await (await as('u-sanne')).request({ method: 'POST', url: `/api/tasks/${task!.id}/done` });
    expect(other.statusCode).toBe(404);
    const denied = await t.database.ownerQuery<{ actor_user_id: string; subject_id: string }>(
      "select actor_user_id, subject_id from audit_log where action = 'task.done' and outcome = 'denied'",
    );
    expect(denied).toContainEqual({ actor_user_id: 'u-sanne', subject_id: task!.id });
    // A provider has no tasks at all here; a resident not even the route.
    expect(
      (await (await as('u-fatima')).request({ method: 'POST', url: `/api/tasks/${task!.id}/done` }))
        .statusCode,
    ).toBe(404);
    expect((await (await as('u-anouk')).request({ url: '/api/tasks' })).statusCode).toBe(403);

    const mohamed = await as('u-mohamed');
    const noReason = await mohamed.request({
      method: 'POST',
      url: `/api/tasks/${task!.id}/dismiss`,
      payload: {},
    });
    expect(noReason.statusCode).toBe(400);
    expect(JSON.stringify(noReason.json())).toContain('Geef een reden op');
    const blank = await mohamed.request({
      method: 'POST',
      url: `/api/tasks/${task!.id}/dismiss`,
      payload: { reason: '  ' },
    });
    expect(blank.statusCode).toBe(400);
    const dismissed = await mohamed.request({
      method: 'POST',
      url: `/api/tasks/${task!.id}/dismiss`,
      payload: { reason: 'Evaluatie is al gepland met het gezin' },
    });
    expect(dismissed.statusCode).toBe(200);
    expect(dismissed.json()).toMatchObject({
      status: 'dismissed',
      closedReason: 'Evaluatie is al gepland met het gezin',
    });
    // Closed is closed: a second close conflicts, and the rule does not reopen a person's decision.
    const twice = await mohamed.request({ method: 'POST', url: `/api/tasks/${task!.id}/done` });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('task_not_open');
    await reconcileTasks(t.database.db, '0394');
    // By id: one subject can have tasks of several kinds (a toekomstplan's 17 and 17½).
    expect((await tasksOf('u-mohamed')).filter((x) => x.id === task!.id)).toHaveLength(0);
    const ok = await t.database.ownerQuery<{ n: number }>(
      "select count(*)::int as n from audit_log where action = 'task.dismiss' and outcome = 'success'",
    );
    expect(ok[0]!.n).toBe(1);
  });

  it('answers a malformed id or page with a problem, never a 500', async () => {
    const sanne = await as('u-sanne');
    expect((await sanne.request({ url: '/api/tasks?pageSize=0' })).statusCode).toBe(400);
    expect((await sanne.request({ url: '/api/tasks?status=weg' })).statusCode).toBe(400);
    expect((await sanne.request({ method: 'POST', url: '/api/tasks/nope/done' })).statusCode).toBe(404);
  });
});

describe('notifications', () => {
  it('marks my notifications read', async () => {
    const ahmed = await as('u-ahmed');
    const before = (await ahmed.request({ url: '/api/notifications' })).json();
    expect(before.unread).toBeGreaterThan(0);
    const res = await ahmed.request({ method: 'POST', url: '/api/notifications/read', payload: {} });
    expect(res.statusCode).toBe(200);
    expect((await ahmed.request({ url: '/api/notifications' })).json().unread).toBe(0);
  });
});

describe('through pg-boss', () => {
  let boss: PgBoss;
  beforeAll(async () => {
    boss = await startJobs(t.database, pino({ level: 'silent' }) as FastifyBaseLogger);
  });
  afterAll(() => boss?.stop({ graceful: false, wait: true }));

  it('schedules the reconcile and the 07:00 digest', async () => {
    const schedules = (await boss.getSchedules()).map((s) => [s.name, s.cron, s.options?.tz]);
    expect(schedules).toContainEqual([TASK_RECONCILE_QUEUE, '*/30 * * * *', 'Europe/Amsterdam']);
    expect(schedules).toContainEqual([TASK_DIGEST_QUEUE, '0 7 * * *', 'Europe/Amsterdam']);
  });

  it('the signal reminder job makes a real task and a notification for the team', async () => {
    const filed = await fileTeamSignal('Herinnering', 'Taak');
    const id = filed.json().id;
    await t.database.ownerQuery(
      `update referral set received_at = now() - interval '10 days' where id = $1`,
      [id],
    );
    const [before] = await t.database.ownerQuery<{ n: number }>(
      "select count(*)::int as n from notification where user_id = 'u-ahmed'",
    );
    const jobId = await boss.send(REFERRAL_REMINDER_QUEUE, {});
    await waitFor(async () => {
      const job = await boss.getJobById(REFERRAL_REMINDER_QUEUE, jobId!);
      return job?.state === 'completed' ? job : undefined;
    });
    expect(about(await tasksOf('u-ahmed'), id)).toMatchObject([{ kind: 'signal_past_norm' }]);
    const [after] = await t.database.ownerQuery<{ n: number }>(
      "select count(*)::int as n from notification where user_id = 'u-ahmed'",
    );
    expect(after!.n).toBe(before!.n + 1);
  });
});
