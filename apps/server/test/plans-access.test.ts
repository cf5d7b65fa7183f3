import { describe, expect, it } from 'vitest';
import { countOpenActions, findNextEvaluationDates } from '../src/plans/service.ts';
import { contentOf, type Goal, JANSEN, planFile, planOf } from './helpers/plan-file.ts';

const { app, as, auditRows } = planFile();

describe('the family plan: demo data', () => {
  it('has plans in every state', async () => {
    const rows = await app().database.ownerQuery<{ state: string }>(
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
    const dates = await findNextEvaluationDates(app().database.db, '0394', ids);
    expect(dates.get('hh-ozturk')).toBe('2026-12-15');
    expect(dates.get('hh-de-graaf')).toBe('2026-11-30');
    const open = await countOpenActions(app().database.db, '0394', ids);
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
    expect((await app().client().request({ url: JANSEN })).statusCode).toBe(401);
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
