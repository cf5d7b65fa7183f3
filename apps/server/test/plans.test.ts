import { type FamilyPlan, planContentOf } from '@een-plan/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countOpenActions, findNextEvaluationDates } from '../src/plans/service.ts';
import { loggedInAs } from './helpers/logged-in.ts';
import { createTestApp, type TestApp, type TestClient } from './helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const JANSEN = '/api/households/hh-jansen/plan';

/** One logged-in client per user (demo login is rate limited). */
const as = loggedInAs(() => t);

async function planOf(c: TestClient, url = JANSEN) {
  const res = await c.request({ url });
  expect(res.statusCode).toBe(200);
  return res.json().plan;
}

type Goal = {
  id: string;
  actions: Array<{ id: string; owner: { kind: string; ref: string; label: string } }>;
};

/** The current plan's content as the PUT body, so a test can change one thing. */
function contentOf(plan: { version: number; vision: string; goals: Array<Goal & Record<string, unknown>> }) {
  return {
    version: plan.version,
    vision: plan.vision,
    goals: planContentOf(plan as FamilyPlan).goals,
  };
}

async function auditRows(action: string, userId: string) {
  return t.database.ownerQuery<{
    outcome: string;
    subject_id: string;
    details: Record<string, unknown> | null;
  }>(
    'select outcome, subject_id, details from audit_log where action = $1 and actor_user_id = $2 order by seq',
    [action, userId],
  );
}

describe('the family plan: demo data', () => {
  it('has plans in every state', async () => {
    const rows = await t.database.ownerQuery<{ state: string }>(
      'select distinct state from plan order by state',
    );
    expect(rows.map((r) => r.state)).toEqual(['active', 'agreed', 'closed', 'concept', 'in_evaluation']);
  });

  it("shows Jansen's plan with actions at levels 0/1/2 owned by grandmother, a social-map offer and the provider", async () => {
    const sanne = await as('u-sanne');
    const plan = await planOf(sanne);
    expect(plan.state).toBe('concept');
    const actions = plan.goals.flatMap((g: Goal) => g.actions);
    expect(new Set(actions.map((a: { level: number }) => a.level))).toEqual(new Set([0, 1, 2]));
    const kinds = actions.map((a: { owner: { kind: string } }) => a.owner.kind);
    expect(kinds).toEqual(expect.arrayContaining(['network_member', 'social_map_offer', 'provider']));
    expect(
      actions.find((a: { owner: { kind: string } }) => a.owner.kind === 'social_map_offer').owner,
    ).toMatchObject({
      ref: 'offer-schuldhulp',
      label: 'Schuldhulp Haarlemmermeer',
    });
    expect(actions.find((a: { owner: { kind: string } }) => a.owner.kind === 'provider').owner.label).toBe(
      'Jeugdhulp Kennemerland',
    );
    // Both gezagsdragers, Lisa (16) and Tom (12) and the coordinator must agree.
    expect(
      plan.requiredAgreements.map((r: { personId: string | null; reason: string }) => [r.personId, r.reason]),
    ).toEqual(
      expect.arrayContaining([
        ['p-anouk', 'gezagsdrager'],
        ['p-mark', 'gezagsdrager'],
        ['p-lisa', 'youth_12_plus'],
        ['p-tom', 'youth_12_plus'],
        [null, 'coordinator'],
      ]),
    );
    expect(plan.requiredAgreements).toHaveLength(5);
  });

  it('does not ask a child under 12 to agree (age from the birth date)', async () => {
    const sanne = await as('u-sanne');
    const plan = await planOf(sanne, '/api/households/hh-ozturk/plan');
    expect(plan.state).toBe('active');
    expect(plan.requiredAgreements.map((r: { personId: string | null }) => r.personId)).toEqual([
      'p-elif',
      null,
    ]);
    expect(plan.requiredAgreements.every((r: { agreed: boolean }) => r.agreed)).toBe(true);
  });

  it('gives the caseload the next evaluation date and the open actions', async () => {
    const ids = ['hh-jansen', 'hh-ozturk', 'hh-de-graaf', 'hh-pinas'];
    const dates = await findNextEvaluationDates(t.database.db, '0394', ids);
    expect(dates.get('hh-ozturk')).toBe('2026-12-15');
    expect(dates.get('hh-de-graaf')).toBe('2026-11-30');
    const open = await countOpenActions(t.database.db, '0394', ids);
    // The work conversation, and the help at home for Deniz that waits for approval.
    expect(open.get('hh-ozturk')).toBe(2);
    expect(open.get('hh-jansen')).toBeGreaterThanOrEqual(5);
  });
});

describe('access through the policy module', () => {
  it('lets the coordinator and her team read, audited', async () => {
    const sanne = await as('u-sanne');
    await planOf(sanne);
    expect((await auditRows('plan.read', 'u-sanne')).at(-1)).toMatchObject({
      outcome: 'success',
      subject_id: 'hh-jansen',
    });
    const ahmed = await as('u-ahmed');
    expect((await ahmed.request({ url: JANSEN })).statusCode).toBe(200);
  });

  it('lets a team lead read but not edit', async () => {
    const ahmed = await as('u-ahmed');
    const plan = await planOf(ahmed);
    const res = await ahmed.request({ method: 'PUT', url: JANSEN, payload: contentOf(plan) });
    expect(res.statusCode).toBe(403);
  });

  it('denies a coordinator of another team, a school, a provider and a resident of another household — audited', async () => {
    for (const user of ['u-mohamed', 'u-marloes', 'u-fatima', 'u-joost', 'u-linda']) {
      const c = await as(user);
      const res = await c.request({ url: JANSEN });
      expect(res.statusCode, user).toBe(403);
      expect(res.json().code).toBe('forbidden');
    }
    expect((await auditRows('plan.read', 'u-mohamed')).at(-1)).toMatchObject({
      outcome: 'denied',
      subject_id: 'hh-jansen',
    });
    const anouk = await as('u-anouk');
    expect((await anouk.request({ url: '/api/households/hh-ozturk/plan' })).statusCode).toBe(403);
    expect((await auditRows('plan.read', 'u-anouk')).at(-1)).toMatchObject({
      outcome: 'denied',
      subject_id: 'hh-ozturk',
    });
  });

  it('gives a resident their own household plan, and a 16+ youth only their own part', async () => {
    const anouk = await as('u-anouk');
    const mine = await anouk.request({ url: '/api/my/plan' });
    expect(mine.statusCode).toBe(200);
    expect(mine.json().plan.householdId).toBe('hh-jansen');
    // Lisa (16) decides about her own goal: her mother sees the family's goals, not Lisa's own one.
    expect(mine.json().plan.goals.map((g: { id: string }) => g.id)).not.toContain('goal-jansen-lisa');
    expect(mine.json().plan.goals).toHaveLength(2);
    expect(mine.json().plan.partial).toBe(false);
    expect(mine.json().plan.can.edit).toBe(false);

    const lisa = await as('u-lisa');
    const part = (await lisa.request({ url: '/api/my/plan' })).json().plan;
    expect(part.partial).toBe(true);
    expect(part.goals.map((g: { id: string }) => g.id)).toEqual(['goal-jansen-lisa']);
    expect(part.can.agree).toBe(true);
  });

  it('does not let a resident edit or change the state', async () => {
    const anouk = await as('u-anouk');
    const plan = await planOf(anouk);
    expect((await anouk.request({ method: 'PUT', url: JANSEN, payload: contentOf(plan) })).statusCode).toBe(
      403,
    );
    const res = await anouk.request({
      method: 'POST',
      url: `${JANSEN}/transitions`,
      payload: { version: plan.version, to: 'agreed' },
    });
    expect(res.statusCode).toBe(403);
  });

  it('needs a login', async () => {
    expect((await t.client().request({ url: JANSEN })).statusCode).toBe(401);
  });
});

describe('encryption at rest', () => {
  it("stores the plan's free text and version snapshots encrypted", async () => {
    const rows = await t.database.ownerQuery<{ vision: string; snapshot: unknown }>(
      `select p.vision, v.snapshot from plan p join plan_version v on v.plan_id = p.id where p.id = 'plan-jansen' and v.version = 1`,
    );
    expect(rows[0]!.vision).toMatch(/^v1:/);
    // Words of the plan long enough that ciphertext cannot hold them by chance (three letters could).
    const snapshot = JSON.stringify(rows[0]!.snapshot);
    for (const words of ['rust in huis', 'met plezier naar school', 'ziek gemeld']) {
      expect(snapshot).not.toContain(words);
    }
    const goals = await t.database.ownerQuery<{ description: string; achieved_when: string }>(
      `select description, achieved_when from plan_goal where plan_id = 'plan-jansen'`,
    );
    expect(goals.length).toBeGreaterThan(0);
    expect(goals.every((g) => g.description.startsWith('v1:') && g.achieved_when.startsWith('v1:'))).toBe(
      true,
    );
    const actions = await t.database.ownerQuery<{ description: string }>(
      `select description from plan_action where plan_id = 'plan-jansen'`,
    );
    expect(actions.every((a) => a.description.startsWith('v1:'))).toBe(true);
  });
});

describe('owners of actions', () => {
  it('offers household members, network members, social-map offers, professionals and providers', async () => {
    const sanne = await as('u-sanne');
    const res = await sanne.request({ url: `${JANSEN}/owner-options` });
    expect(res.statusCode).toBe(200);
    const options = res.json().options as Array<{ kind: string; ref: string }>;
    const refs = (kind: string) => options.filter((o) => o.kind === kind).map((o) => o.ref);
    expect(refs('household_member')).toEqual(expect.arrayContaining(['p-anouk', 'p-tom']));
    expect(refs('network_member')).toContain('nm-jansen-oma-ria');
    expect(refs('social_map_offer')).toContain('offer-schuldhulp');
    expect(refs('professional')).toContain('u-sanne');
    expect(refs('provider')).toContain('org-jeugdhulp');
    const anouk = await as('u-anouk');
    expect((await anouk.request({ url: `${JANSEN}/owner-options` })).statusCode).toBe(403);
  });
});

describe('validation', () => {
  it('rejects bad input with field errors in Dutch and English', async () => {
    const sanne = await as('u-sanne');
    const plan = await planOf(sanne);
    const body = contentOf(plan);
    body.goals[0]!.description = '';
    (body.goals[0]!.actions[0] as unknown as { level: number }).level = 3;
    const res = await sanne.request({ method: 'PUT', url: JANSEN, payload: body });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('validation_failed');
    expect(res.json().message.nl).toMatch(/Niet alle gegevens/);
    expect(res.json().message.en).toMatch(/not valid/);
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toContain('body.goals.0.description');
  });

  it('rejects unknown life domains, owners and members (nothing half-saved)', async () => {
    const sanne = await as('u-sanne');
    const plan = await planOf(sanne);
    const body = contentOf(plan);
    body.vision = 'Dit mag niet bewaard worden';
    body.goals[0]!.domainCode = 'astrology';
    body.goals[1]!.actions[0]!.owner = { kind: 'household_member', ref: 'p-elif', label: '' };
    body.goals[1]!.actions[1]!.owner = { kind: 'provider', ref: 'org-does-not-exist', label: 'x' };
    const res = await sanne.request({ method: 'PUT', url: JANSEN, payload: body });
    expect(res.statusCode).toBe(400);
    const errors = res.json().errors as Array<{ path: string; message: { nl: string; en: string } }>;
    expect(errors.map((e) => e.path)).toEqual([
      'body.goals.0.domainCode',
      'body.goals.1.actions.0.owner.ref',
      'body.goals.1.actions.1.owner.ref',
    ]);
    expect(errors[0]!.message).toEqual({
      nl: 'Kies een bestaand leefgebied.',
      en: 'Choose an existing life domain.',
    });
    const after = await planOf(sanne);
    expect(after.version).toBe(plan.version);
    expect(after.vision).toBe(plan.vision);
  });
});

describe('versions, diff and optimistic concurrency', () => {
  it('creates a new version per change, keeps old versions readable and diffs them', async () => {
    const sanne = await as('u-sanne');
    const plan = await planOf(sanne);
    const body = contentOf(plan);
    body.vision = 'We willen weer rust in huis, samen met oma.';
    body.goals[0]!.priority = 'medium';
    body.goals[0]!.actions.push({
      description: 'Tom gaat op voetbal.',
      owner: { kind: 'household_member', ref: 'p-tom', label: '' },
      level: 0,
      status: 'open',
    } as never);
    body.goals.splice(2, 1);
    const res = await sanne.request({ method: 'PUT', url: JANSEN, payload: body });
    expect(res.statusCode).toBe(200);
    const updated = res.json().plan;
    expect(updated.version).toBe(plan.version + 1);

    const versions = (await sanne.request({ url: `${JANSEN}/versions` })).json().versions;
    // The demo's safety plan made a version of its own before this one.
    expect(versions.map((v: { version: number }) => v.version).slice(0, 2)).toEqual([
      plan.version + 1,
      plan.version,
    ]);
    const old = await sanne.request({ url: `${JANSEN}/versions/${plan.version}` });
    expect(old.statusCode).toBe(200);
    expect(old.json().snapshot.vision).toBe(plan.vision);
    expect(old.json().snapshot.goals).toHaveLength(3);

    const diff = (
      await sanne.request({ url: `${JANSEN}/diff?from=${plan.version}&to=${plan.version + 1}` })
    ).json();
    expect(diff.vision).toEqual({ from: plan.vision, to: 'We willen weer rust in huis, samen met oma.' });
    expect(diff.goals.removed.map((g: { id: string }) => g.id)).toEqual(['goal-jansen-lisa']);
    expect(diff.goals.changed).toEqual([
      expect.objectContaining({
        id: 'goal-jansen-school',
        changes: [{ field: 'priority', from: 'high', to: 'medium' }],
      }),
    ]);
    expect(diff.actions.added.map((a: { description: string }) => a.description)).toEqual([
      'Tom gaat op voetbal.',
    ]);
    expect(diff.actions.removed.map((a: { id: string }) => a.id)).toEqual(['act-jansen-lisa']);
    expect((await auditRows('plan.update', 'u-sanne')).at(-1)?.outcome).toBe('success');
  });

  it('answers 409 version_conflict with the current version on a stale edit', async () => {
    const sanne = await as('u-sanne');
    const plan = await planOf(sanne);
    const first = await sanne.request({
      method: 'PUT',
      url: JANSEN,
      payload: { ...contentOf(plan), vision: 'Eerste wijziging' },
    });
    expect(first.statusCode).toBe(200);
    const stale = await sanne.request({
      method: 'PUT',
      url: JANSEN,
      payload: { ...contentOf(plan), vision: 'Tweede wijziging over de eerste heen' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    expect(stale.json().currentVersion).toBe(plan.version + 1);
    expect((await planOf(sanne)).vision).toBe('Eerste wijziging');
    // The same for agreeing to and moving an old version.
    const agree = await sanne.request({
      method: 'POST',
      url: `${JANSEN}/agreements`,
      payload: { version: plan.version },
    });
    expect(agree.statusCode).toBe(409);
    expect(agree.json().currentVersion).toBe(plan.version + 1);
  });
});

describe('agreement and the state machine', () => {
  it('rejects illegal transitions with a stable code', async () => {
    const sanne = await as('u-sanne');
    const plan = await planOf(sanne);
    for (const to of ['active', 'in_evaluation', 'closed', 'concept']) {
      const res = await sanne.request({
        method: 'POST',
        url: `${JANSEN}/transitions`,
        payload: { version: plan.version, to },
      });
      expect(res.statusCode, to).toBe(409);
      expect(res.json().code).toBe('plan_transition_not_allowed');
    }
    const res = await sanne.request({
      method: 'POST',
      url: `${JANSEN}/transitions`,
      payload: { version: plan.version, to: 'agreed' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('plan_agreement_incomplete');
  });

  it('needs both gezagsdragers, the youth of 12+ and the coordinator; a change asks for agreement again', async () => {
    const sanne = await as('u-sanne');
    const anouk = await as('u-anouk');
    const lisa = await as('u-lisa');
    let plan = await planOf(sanne);
    const v = plan.version;

    // A parent agrees for herself only; a child under 12 or another household's person cannot be recorded.
    expect(
      (await anouk.request({ method: 'POST', url: `${JANSEN}/agreements`, payload: { version: v } }))
        .statusCode,
    ).toBe(200);
    const forMark = await anouk.request({
      method: 'POST',
      url: `${JANSEN}/agreements`,
      payload: { version: v, personId: 'p-mark' },
    });
    expect(forMark.statusCode).toBe(403);
    const notRequired = await sanne.request({
      method: 'POST',
      url: `${JANSEN}/agreements`,
      payload: { version: v, personId: 'p-elif' },
    });
    expect(notRequired.statusCode).toBe(422);
    expect(notRequired.json().code).toBe('plan_agreement_not_required');
    // Mark agreed at the kitchen table; the coordinator records it.
    expect(
      (
        await sanne.request({
          method: 'POST',
          url: `${JANSEN}/agreements`,
          payload: { version: v, personId: 'p-mark' },
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await lisa.request({ method: 'POST', url: `${JANSEN}/agreements`, payload: { version: v } }))
        .statusCode,
    ).toBe(200);
    expect(
      (await sanne.request({ method: 'POST', url: `${JANSEN}/agreements`, payload: { version: v } }))
        .statusCode,
    ).toBe(200);
    plan = await planOf(sanne);
    expect(plan.state).toBe('concept');
    expect(
      plan.requiredAgreements
        .filter((r: { agreed: boolean }) => !r.agreed)
        .map((r: { personId: string }) => r.personId),
    ).toEqual(['p-tom']);
    // Tom (12) still has to agree.
    const early = await sanne.request({
      method: 'POST',
      url: `${JANSEN}/transitions`,
      payload: { version: v, to: 'agreed' },
    });
    expect(early.json().code).toBe('plan_agreement_incomplete');
    expect(
      (
        await sanne.request({
          method: 'POST',
          url: `${JANSEN}/agreements`,
          payload: { version: v, personId: 'p-tom' },
        })
      ).statusCode,
    ).toBe(200);
    plan = await planOf(sanne);
    expect(plan.state).toBe('agreed');
    expect(plan.agreedVersion).toBe(v);
    const agreements = plan.agreements.map(
      (a: { personId: string | null; version: number; method: string }) => [a.personId, a.version, a.method],
    );
    expect(agreements).toEqual(
      expect.arrayContaining([
        ['p-anouk', v, 'portal'],
        ['p-mark', v, 'in_person'],
        ['p-lisa', v, 'portal'],
        ['p-tom', v, 'in_person'],
        [null, v, 'own'],
      ]),
    );
    // Her own agreement, and her refused attempt to agree for Mark: a refusal inside the agreement's
    // transaction is kept in the log, not rolled back with it.
    const anouksRows = await auditRows('plan.agree', 'u-anouk');
    expect(anouksRows).toContainEqual(
      expect.objectContaining({ outcome: 'success', subject_id: 'hh-jansen' }),
    );
    expect(anouksRows).toContainEqual(
      expect.objectContaining({ outcome: 'denied', subject_id: 'hh-jansen' }),
    );

    // A change after agreement: a new version, back to concept, the old agreements stay on the old version.
    const changed = await sanne.request({
      method: 'PUT',
      url: JANSEN,
      payload: { ...contentOf(plan), vision: `${plan.vision} En we gaan samen op vakantie.` },
    });
    expect(changed.statusCode).toBe(200);
    plan = changed.json().plan;
    expect(plan.version).toBe(v + 1);
    expect(plan.state).toBe('concept');
    expect(plan.requiredAgreements.every((r: { agreed: boolean }) => !r.agreed)).toBe(true);
    expect(plan.agreements.every((a: { version: number }) => a.version === v)).toBe(true);

    // Everyone agrees to the new version; the plan goes through its life.
    const v2 = plan.version;
    await anouk.request({ method: 'POST', url: `${JANSEN}/agreements`, payload: { version: v2 } });
    await lisa.request({ method: 'POST', url: `${JANSEN}/agreements`, payload: { version: v2 } });
    for (const personId of ['p-mark', 'p-tom']) {
      await sanne.request({
        method: 'POST',
        url: `${JANSEN}/agreements`,
        payload: { version: v2, personId },
      });
    }
    await sanne.request({ method: 'POST', url: `${JANSEN}/agreements`, payload: { version: v2 } });
    expect((await planOf(sanne)).state).toBe('agreed');
    const move = (to: string) =>
      sanne.request({ method: 'POST', url: `${JANSEN}/transitions`, payload: { version: v2, to } });
    expect((await move('active')).statusCode).toBe(200);
    expect((await planOf(sanne)).state).toBe('active');
    expect((await move('closed')).json().code).toBe('plan_transition_not_allowed');
    expect((await auditRows('plan.transition', 'u-sanne')).at(-1)?.details).toMatchObject({
      from: 'agreed',
      to: 'active',
    });
  });

  it('lets a parent mark only her own actions done; progress keeps the agreement', async () => {
    const sanne = await as('u-sanne');
    const anouk = await as('u-anouk');
    let plan = await planOf(anouk);
    expect(plan.state).toBe('active');
    const own = plan.can.markDoneActionIds;
    expect(own).toEqual(['act-jansen-anouk']);
    const notOwn = await anouk.request({
      method: 'PATCH',
      url: `${JANSEN}/actions/act-jansen-jeugdhulp`,
      payload: { version: plan.version, status: 'done' },
    });
    expect(notOwn.statusCode).toBe(403);
    expect(notOwn.json().code).toBe('plan_action_not_own');
    const done = await anouk.request({
      method: 'PATCH',
      url: `${JANSEN}/actions/act-jansen-anouk`,
      payload: { version: plan.version, status: 'done' },
    });
    expect(done.statusCode).toBe(200);
    plan = await planOf(sanne);
    const action = plan.goals
      .flatMap((g: Goal) => g.actions)
      .find((a: { id: string }) => a.id === 'act-jansen-anouk');
    expect(action.status).toBe('done');
    expect(plan.agreedVersion).toBe(plan.version);
    expect(plan.requiredAgreements.every((r: { agreed: boolean }) => r.agreed)).toBe(true);
  });

  it('turns a family proposal into a new version when the coordinator accepts it', async () => {
    const sanne = await as('u-sanne');
    const anouk = await as('u-anouk');
    const proposed = await anouk.request({
      method: 'POST',
      url: `${JANSEN}/proposals`,
      payload: { kind: 'action', goalId: 'goal-jansen-school', text: 'Tom gaat op zwemles.' },
    });
    expect(proposed.statusCode).toBe(201);
    const badGoal = await anouk.request({
      method: 'POST',
      url: `${JANSEN}/proposals`,
      payload: { kind: 'action', goalId: 'goal-de-graaf-18', text: 'x' },
    });
    expect(badGoal.statusCode).toBe(400);
    const comment = await anouk.request({
      method: 'POST',
      url: `${JANSEN}/comments`,
      payload: { text: 'Fijn plan!' },
    });
    expect(comment.statusCode).toBe(201);

    let plan = await planOf(sanne);
    expect(plan.proposals[0]).toMatchObject({
      status: 'open',
      text: 'Tom gaat op zwemles.',
      proposedByName: 'Anouk Jansen',
    });
    expect(plan.comments.map((c: { text: string }) => c.text)).toContain('Fijn plan!');
    const res = await sanne.request({
      method: 'POST',
      url: `${JANSEN}/proposals/${proposed.json().id}/decision`,
      payload: { version: plan.version, decision: 'accept' },
    });
    expect(res.statusCode).toBe(200);
    const before = plan.version;
    plan = await planOf(sanne);
    expect(plan.version).toBe(before + 1);
    const added = plan.goals
      .flatMap((g: Goal) => g.actions)
      .find((a: { description: string }) => a.description === 'Tom gaat op zwemles.');
    expect(added.owner).toEqual({ kind: 'household_member', ref: 'p-anouk', label: 'Anouk' });
    // The plan stays active, but the new version needs agreement.
    expect(plan.state).toBe('active');
    expect(plan.agreedVersion).toBe(before);
    const again = await sanne.request({
      method: 'POST',
      url: `${JANSEN}/proposals/${proposed.json().id}/decision`,
      payload: { version: plan.version, decision: 'decline' },
    });
    expect(again.json().code).toBe('plan_proposal_decided');
  });

  it('evaluates: results per goal, new scores in the trend, then closes', async () => {
    const sanne = await as('u-sanne');
    let plan = await planOf(sanne);
    const early = await sanne.request({
      method: 'POST',
      url: `${JANSEN}/evaluations`,
      payload: { version: plan.version, evaluatedOn: '2026-11-22', goalResults: [], nextSteps: 'x' },
    });
    expect(early.json().code).toBe('plan_not_in_evaluation');
    expect(
      (
        await sanne.request({
          method: 'POST',
          url: `${JANSEN}/transitions`,
          payload: { version: plan.version, to: 'in_evaluation' },
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await sanne.request({
          method: 'POST',
          url: `${JANSEN}/transitions`,
          payload: { version: plan.version, to: 'closed' },
        })
      ).json().code,
    ).toBe('plan_evaluation_missing');
    const badScore = await sanne.request({
      method: 'POST',
      url: `${JANSEN}/evaluations`,
      payload: {
        version: plan.version,
        evaluatedOn: '2026-11-22',
        goalResults: [{ goalId: 'goal-jansen-school', result: 'partly' }],
        nextSteps: 'Doorgaan',
        scores: [{ personId: 'p-elif', domainCode: 'finances', score: 3 }],
      },
    });
    expect(badScore.statusCode).toBe(400);
    const res = await sanne.request({
      method: 'POST',
      url: `${JANSEN}/evaluations`,
      payload: {
        version: plan.version,
        evaluatedOn: '2026-11-22',
        goalResults: [
          { goalId: 'goal-jansen-school', result: 'partly' },
          { goalId: 'goal-jansen-geld', result: 'achieved' },
        ],
        nextSteps: 'Gesprekken met Tom gaan door.',
        nextEvaluationDate: '2027-05-01',
        scores: [
          { personId: 'p-tom', domainCode: 'parenting_development', score: 3 },
          { personId: 'p-anouk', domainCode: 'finances', score: 4 },
        ],
      },
    });
    expect(res.statusCode).toBe(201);
    const trend = (await sanne.request({ url: '/api/households/hh-jansen/self-reliance/trend' })).json();
    expect(trend.points).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          personId: 'p-anouk',
          domainCode: 'finances',
          score: 4,
          measuredOn: '2026-11-22',
          source: 'evaluation',
        }),
      ]),
    );
    plan = await planOf(sanne);
    expect(plan.evaluations[0].goalResults).toHaveLength(2);
    expect(plan.nextEvaluationDate).toBe('2027-05-01');
    expect((await auditRows('plan.evaluate', 'u-sanne')).at(-1)?.outcome).toBe('success');
    expect(
      (
        await sanne.request({
          method: 'POST',
          url: `${JANSEN}/transitions`,
          payload: { version: plan.version, to: 'closed' },
        })
      ).statusCode,
    ).toBe(200);
    const closed = await sanne.request({
      method: 'PUT',
      url: JANSEN,
      payload: contentOf(await planOf(sanne)),
    });
    expect(closed.json().code).toBe('plan_closed');
    // A new plan can start once the old one is closed, but not two at once.
    expect(
      (await sanne.request({ method: 'POST', url: JANSEN, payload: { vision: 'Nieuw' } })).statusCode,
    ).toBe(201);
    expect((await sanne.request({ method: 'POST', url: JANSEN, payload: {} })).json().code).toBe(
      'plan_exists',
    );
  });
});

describe('PDF', () => {
  it('renders the plan as a PDF for coordinator and family, audited; not for others', async () => {
    const anouk = await as('u-anouk');
    const res = await anouk.request({ url: '/api/households/hh-ozturk/plan/pdf' });
    expect(res.statusCode).toBe(403);
    const sanne = await as('u-sanne');
    const pdf = await sanne.request({ url: '/api/households/hh-ozturk/plan/pdf' });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await auditRows('plan.pdf', 'u-sanne')).at(-1)).toMatchObject({
      outcome: 'success',
      subject_id: 'hh-ozturk',
    });
  });
});
