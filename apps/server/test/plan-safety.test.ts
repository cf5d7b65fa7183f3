/**
 * The safety section of the family plan (issue 14): versioned and agreed with the plan, conditions
 * of Veilig Thuis that nobody else changes, tasks for a missed check and a low safety scale,
 * who may read and write (every read audited), and Veilig Thuis reading it through break-glass.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from './helpers/audit-rows.ts';
import { dutchDay } from './helpers/dutch-day.ts';
import { loggedInAs } from './helpers/logged-in.ts';
import { createTestApp, type TestApp, type TestClient } from './helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());
const as = loggedInAs(() => t);

const SAFETY = '/api/households/hh-jansen/plan/safety';
const PLAN = '/api/households/hh-jansen/plan';

type Section = {
  worries: Array<{ id: string; kind: string; text: string }>;
  strengths: Array<{ id: string; text: string }>;
  goals: Array<{ id: string; text: string; setBy: string }>;
  networkRoles: Array<{ id: string; networkMemberId: string; task: string }>;
  checks: Array<{ id: string; description: string; dueDate: string; checker: { kind: string; ref: string } }>;
};

async function safetyOf(c: TestClient) {
  const res = await c.request({ url: SAFETY });
  expect(res.statusCode).toBe(200);
  return res.json().safetyPlan;
}

/** The section as the PUT body, so a test changes one thing. */
function bodyOf(version: number, s: Section) {
  return {
    version,
    worries: s.worries.map(({ id, kind, text }) => ({ id, kind, text })),
    strengths: s.strengths.map(({ id, text }) => ({ id, text })),
    goals: s.goals.map(({ id, text, setBy }) => ({ id, text, setBy })),
    networkRoles: s.networkRoles.map(({ id, networkMemberId, task }) => ({ id, networkMemberId, task })),
    checks: s.checks.map(({ id, description, dueDate, checker }) => ({
      id,
      description,
      dueDate,
      checker: { kind: checker.kind, ref: checker.ref },
    })),
  };
}

async function openTasks(kind: string) {
  return t.database.ownerQuery<{ subject_id: string; assignee_user_id: string | null }>(
    "select subject_id, assignee_user_id from task where status = 'open' and kind = $1 order by subject_id",
    [kind],
  );
}

describe('the safety plan: demo data', () => {
  it("Tom's household has worries, Oma Ria in the network, a VT condition, checks and three rounds of scores", async () => {
    const s = await safetyOf(await as('u-sanne'));
    expect(s.section.worries.map((w: { kind: string }) => w.kind).sort()).toEqual(['danger', 'harm']);
    expect(s.section.networkRoles[0]).toMatchObject({
      networkMemberId: 'nm-jansen-oma-ria',
      label: 'Oma Ria',
    });
    expect(s.section.goals.some((g: { setBy: string }) => g.setBy === 'veilig_thuis')).toBe(true);
    expect(s.checksDone).toHaveLength(1);
    expect(new Set(s.scores.map((x: { scoredOn: string }) => x.scoredOn)).size).toBe(3);
    expect(s.threshold).toBe(3);
    // The missed check (date passed, not recorded) is Sanne's task; the one done is not.
    const missed = await openTasks('safety_check_missed');
    expect(missed).toEqual([{ subject_id: 'sc-jansen-oma', assignee_user_id: 'u-sanne' }]);
  });
});

describe('the safety plan: at rest', () => {
  it('stores the section and the notes of checks encrypted', async () => {
    const [row] = await t.database.ownerQuery<{ content: unknown }>(
      "select content from plan_safety where plan_id = 'plan-jansen'",
    );
    expect(JSON.stringify(row!.content)).toMatch(/^\{"enc":"v1:/);
    expect(JSON.stringify(row!.content)).not.toContain('Oma Ria');
    const notes = await t.database.ownerQuery<{ note: string }>('select note from plan_safety_check_done');
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.every((n) => n.note.startsWith('v1:'))).toBe(true);
  });
});

describe('the safety plan: versions and agreement', () => {
  it('an edit of the section makes a new version that needs agreement again, and the version holds it', async () => {
    const sanne = await as('u-sanne');
    const before = await safetyOf(sanne);
    const body = bodyOf(before.version, before.section);
    body.strengths.push({
      id: undefined as unknown as string,
      text: 'Mark belt Oma Ria als hij boos wordt.',
    });
    const res = await sanne.request({ method: 'PUT', url: SAFETY, payload: body });
    expect(res.statusCode).toBe(200);
    const after = res.json().safetyPlan;
    expect(after.version).toBe(before.version + 1);
    expect(after.section.strengths).toHaveLength(before.section.strengths.length + 1);
    const version = await sanne.request({ url: `${PLAN}/versions/${after.version}` });
    expect(version.statusCode).toBe(200);
    expect(version.json().snapshot.safety.strengths.map((x: { text: string }) => x.text)).toContain(
      'Mark belt Oma Ria als hij boos wordt.',
    );
    // Sanne agrees as coordinator; Anouk's earlier agreement does not carry to a changed section.
    const plan = (await sanne.request({ url: PLAN })).json().plan;
    expect(plan.version).toBe(after.version);
    const agree = await sanne.request({
      method: 'POST',
      url: `${PLAN}/agreements`,
      payload: { version: plan.version },
    });
    expect(agree.statusCode).toBe(200);
    const anouk = await as('u-anouk');
    expect(
      (await anouk.request({ method: 'POST', url: `${PLAN}/agreements`, payload: { version: plan.version } }))
        .statusCode,
    ).toBe(200);
    const agreed = (await sanne.request({ url: PLAN })).json().plan;
    expect(agreed.requiredAgreements.find((r: { personId: string }) => r.personId === 'p-anouk').agreed).toBe(
      true,
    );
    const again = bodyOf(after.version, after.section);
    again.worries[0]!.text = 'Tom zag thuis ruzie.';
    const changed = await sanne.request({ method: 'PUT', url: SAFETY, payload: again });
    expect(changed.statusCode).toBe(200);
    const now = (await sanne.request({ url: PLAN })).json().plan;
    expect(now.requiredAgreements.find((r: { personId: string }) => r.personId === 'p-anouk').agreed).toBe(
      false,
    );
  });

  it('a stale version is a conflict', async () => {
    const sanne = await as('u-sanne');
    const s = await safetyOf(sanne);
    const res = await sanne.request({
      method: 'PUT',
      url: SAFETY,
      payload: bodyOf(s.version - 1, s.section),
    });
    expect(res.statusCode).toBe(409);
  });
});

describe('the safety plan: conditions of Veilig Thuis and the GI', () => {
  it('the coordinator can neither change nor drop nor invent a condition (422, Dutch and English)', async () => {
    const sanne = await as('u-sanne');
    const s = await safetyOf(sanne);
    const changed = bodyOf(s.version, s.section);
    const vt = changed.goals.find((g) => g.setBy === 'veilig_thuis')!;
    vt.text = 'Zachter gemaakt';
    const res = await sanne.request({ method: 'PUT', url: SAFETY, payload: changed });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0]).toMatchObject({ code: 'safety_condition_locked' });
    expect(res.json().errors[0].message.nl).toMatch(/Veilig Thuis/);
    const dropped = bodyOf(s.version, s.section);
    dropped.goals = dropped.goals.filter((g) => g.setBy === 'plan');
    expect((await sanne.request({ method: 'PUT', url: SAFETY, payload: dropped })).statusCode).toBe(422);
    const invented = bodyOf(s.version, s.section);
    invented.goals.push({ id: undefined as unknown as string, text: 'Nep', setBy: 'certified_institution' });
    expect((await sanne.request({ method: 'PUT', url: SAFETY, payload: invented })).statusCode).toBe(422);
    expect(
      (
        await sanne.request({
          method: 'PUT',
          url: `${SAFETY}/conditions`,
          payload: { version: s.version, conditions: [] },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('the family cannot write the section or the conditions', async () => {
    const anouk = await as('u-anouk');
    const s = await safetyOf(anouk);
    expect(s.can).toEqual({ edit: false, setConditions: false, record: false, recordOwnScore: true });
    expect(s.section.goals.some((g: { setBy: string }) => g.setBy === 'veilig_thuis')).toBe(true);
    const put = await anouk.request({ method: 'PUT', url: SAFETY, payload: bodyOf(s.version, s.section) });
    expect(put.statusCode).toBe(403);
    const cond = await anouk.request({
      method: 'PUT',
      url: `${SAFETY}/conditions`,
      payload: { version: s.version, conditions: [{ text: 'Weg ermee' }] },
    });
    expect(cond.statusCode).toBe(403);
    const unchanged = await safetyOf(await as('u-sanne'));
    expect(unchanged.section.goals).toEqual(s.section.goals);
  });
});

describe('the safety plan: tasks', () => {
  it('a missed check raises a task for the coordinator and recording it resolves the task', async () => {
    const sanne = await as('u-sanne');
    expect((await openTasks('safety_check_missed')).map((r) => r.subject_id)).toContain('sc-jansen-oma');
    // The task opens the plan at the check that was missed.
    const mine = (await sanne.request({ url: '/api/tasks?pageSize=100' })).json().items as Array<{
      subjectId: string;
      link: string;
    }>;
    expect(mine.find((x) => x.subjectId === 'sc-jansen-oma')?.link).toBe(
      '/werkruimte/huishoudens/hh-jansen/plan#veiligheidscontrole-sc-jansen-oma',
    );
    const res = await sanne.request({
      method: 'POST',
      url: `${SAFETY}/checks/sc-jansen-oma/done`,
      payload: { checkedOn: dutchDay(0), note: 'Oma Ria belde: het ging goed.' },
    });
    expect(res.statusCode).toBe(201);
    expect((await openTasks('safety_check_missed')).map((r) => r.subject_id)).not.toContain('sc-jansen-oma');
    const unknown = await sanne.request({
      method: 'POST',
      url: `${SAFETY}/checks/nope/done`,
      payload: { checkedOn: dutchDay(0) },
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('a score at or below the threshold raises a task; a higher score of that person resolves it', async () => {
    const sanne = await as('u-sanne');
    const planId = (await safetyOf(sanne)).planId;
    const score = (n: number) =>
      sanne.request({
        method: 'POST',
        url: `${SAFETY}/scores`,
        payload: {
          participant: { kind: 'household_member', ref: 'p-mark' },
          score: n,
          scoredOn: dutchDay(0),
        },
      });
    expect((await score(3)).statusCode).toBe(201);
    expect(await openTasks('safety_scale_low')).toEqual([
      { subject_id: planId, assignee_user_id: 'u-sanne' },
    ]);
    expect((await score(6)).statusCode).toBe(201);
    expect(await openTasks('safety_scale_low')).toEqual([]);
    expect((await score(11)).statusCode).toBe(400);
    const stranger = await sanne.request({
      method: 'POST',
      url: `${SAFETY}/scores`,
      payload: {
        participant: { kind: 'household_member', ref: 'p-nobody' },
        score: 5,
        scoredOn: dutchDay(0),
      },
    });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().errors[0].path).toBe('body.participant');
  });

  it("the tenant's threshold moves what counts as low", async () => {
    const admin = await as('u-erik');
    const put = await admin.request({
      method: 'PUT',
      url: '/api/admin/safety-plan-settings',
      payload: { scaleThreshold: 6 },
    });
    expect(put.statusCode).toBe(200);
    expect((await openTasks('safety_scale_low')).length).toBe(1);
    await admin.request({
      method: 'PUT',
      url: '/api/admin/safety-plan-settings',
      payload: { scaleThreshold: 3 },
    });
    expect(await openTasks('safety_scale_low')).toEqual([]);
  });
});

describe('the safety plan: who may read and write', () => {
  it('coordinator, team lead and family read (audited); a school and a provider without consent do not (refusal audited)', async () => {
    for (const user of ['u-sanne', 'u-ahmed', 'u-anouk']) {
      expect((await (await as(user)).request({ url: SAFETY })).statusCode).toBe(200);
      const rows = await auditRows(t.database, 'safety_plan.read', { userId: user, subjectId: 'hh-jansen' });
      expect(rows.at(-1)?.outcome).toBe('success');
    }
    const ahmed = await as('u-ahmed');
    const s = await safetyOf(ahmed);
    expect(s.can.edit).toBe(false);
    expect(
      (await ahmed.request({ method: 'PUT', url: SAFETY, payload: bodyOf(s.version, s.section) })).statusCode,
    ).toBe(403);
    for (const user of ['u-fatima', 'u-bram']) {
      expect((await (await as(user)).request({ url: SAFETY })).statusCode).toBe(404);
      const rows = await auditRows(t.database, 'safety_plan.read', { userId: user, subjectId: 'hh-jansen' });
      expect(rows.at(-1)?.outcome).toBe('denied');
    }
  });

  it('Veilig Thuis reads it only after break-glass, audited as break-glass, and then sets its own conditions', async () => {
    const joost = await as('u-joost');
    expect((await joost.request({ url: SAFETY })).statusCode).toBe(404);
    const glass = await joost.request({
      method: 'POST',
      url: '/api/households/hh-jansen/break-glass',
      payload: {
        reason: 'Melding acute onveiligheid volgens meldcode: direct zicht op het veiligheidsplan nodig.',
      },
    });
    expect(glass.statusCode).toBe(201);
    const s = await safetyOf(joost);
    expect(s.basis).toBe('break_glass');
    expect(s.can).toEqual({ edit: false, setConditions: true, record: false, recordOwnScore: false });
    const rows = await auditRows(t.database, 'safety_plan.read', { userId: 'u-joost' });
    expect(rows.at(-1)).toMatchObject({
      outcome: 'success',
      details: expect.objectContaining({ basis: 'break_glass', breakGlassId: glass.json().id }),
    });
    const own = s.section.goals.filter((g: { setBy: string }) => g.setBy === 'veilig_thuis');
    const res = await joost.request({
      method: 'PUT',
      url: `${SAFETY}/conditions`,
      payload: {
        version: s.version,
        conditions: [
          ...own.map((g: { id: string; text: string }) => ({ id: g.id, text: g.text })),
          { text: 'Mark woont tijdelijk bij zijn broer.' },
        ],
      },
    });
    expect(res.statusCode).toBe(200);
    const goals = res.json().safetyPlan.section.goals;
    expect(goals.filter((g: { setBy: string }) => g.setBy === 'veilig_thuis')).toHaveLength(own.length + 1);
    expect(goals.filter((g: { setBy: string }) => g.setBy === 'plan')).toEqual(
      s.section.goals.filter((g: { setBy: string }) => g.setBy === 'plan'),
    );
    // Veilig Thuis sets conditions, it does not write the family's section.
    expect(
      (await joost.request({ method: 'PUT', url: SAFETY, payload: bodyOf(s.version + 1, s.section) }))
        .statusCode,
    ).toBe(403);
  });

  it('the GI carrying out a measure reads the plan of that household and sets its own condition', async () => {
    const bram = await as('u-bram');
    const url = '/api/households/hh-ozturk/plan/safety';
    const s = (await bram.request({ url })).json().safetyPlan;
    expect(s.basis).toBe('certified_institution');
    expect(s.can).toEqual({ edit: false, setConditions: true, record: false, recordOwnScore: false });
    const res = await bram.request({
      method: 'PUT',
      url: `${url}/conditions`,
      payload: { version: s.version, conditions: [{ text: 'Deniz woont bij zijn tante tot de zitting.' }] },
    });
    expect(res.statusCode).toBe(200);
    const goals = res.json().safetyPlan.section.goals;
    expect(goals).toEqual([
      expect.objectContaining({
        text: 'Deniz woont bij zijn tante tot de zitting.',
        setBy: 'certified_institution',
      }),
    ]);
    expect(res.json().safetyPlan.version).toBe(s.version + 1);
  });
});
