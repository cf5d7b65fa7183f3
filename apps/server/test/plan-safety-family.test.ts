/**
 * The safety section beyond the coordinator's screen (issue 14): in the version difference and the
 * plan PDF by the safety-plan policy, the family's own scores on the safety scale in the portal,
 * and a youth's part of the section (plain language, their own scores only).
 */
import { describe, expect, it } from 'vitest';
import type { Actor } from '../src/policy/actor.ts';
import { decideSafetyPlan, type SafetyPlanFacts } from '../src/policy/decide-safety-plan.ts';
import { auditRows } from './helpers/audit-rows.ts';
import { appOfFile } from './helpers/file-app.ts';
import { pdfText } from './helpers/pdf-text.ts';

const { app, as } = appOfFile();

const PLAN = '/api/households/hh-jansen/plan';
const SAFETY = `${PLAN}/safety`;
const WORRY = 'Als de ruzies doorgaan';
const CONDITION = 'Bij geweld in huis belt een van de ouders direct 112';

async function openTasks(kind: string) {
  return app().database.ownerQuery<{ subject_id: string }>(
    "select subject_id from task where status = 'open' and kind = $1",
    [kind],
  );
}

describe('the safety section in the version difference', () => {
  it('names the safety items added and changed between two versions, audited as a safety-plan read', async () => {
    const sanne = await as('u-sanne');
    const before = (await sanne.request({ url: SAFETY })).json().safetyPlan;
    const s = before.section;
    const body = {
      version: before.version,
      worries: s.worries.map(({ id, kind, text }: Record<string, string>) => ({ id, kind, text })),
      strengths: [
        ...s.strengths.map(({ id, text }: Record<string, string>) => ({ id, text })),
        { text: 'Tom sport op woensdag.' },
      ],
      goals: s.goals.map(({ id, text, setBy }: Record<string, string>) => ({
        id,
        text: id === 'sg-jansen-rust' ? 'Geen ruzie waar de kinderen bij zijn.' : text,
        setBy,
      })),
      networkRoles: s.networkRoles.map(({ id, networkMemberId, task }: Record<string, string>) => ({
        id,
        networkMemberId,
        task,
      })),
      checks: s.checks.map(
        (c: {
          id: string;
          description: string;
          dueDate: string;
          checker: { kind: string; ref: string };
        }) => ({
          id: c.id,
          description: c.description,
          dueDate: c.dueDate,
          checker: { kind: c.checker.kind, ref: c.checker.ref },
        }),
      ),
    };
    const put = await sanne.request({ method: 'PUT', url: SAFETY, payload: body });
    expect(put.statusCode).toBe(200);
    const to = put.json().safetyPlan.version;
    const diff = await sanne.request({ url: `${PLAN}/diff?from=${before.version}&to=${to}` });
    expect(diff.statusCode).toBe(200);
    const safety = diff.json().safety;
    expect(safety.added).toEqual([
      expect.objectContaining({ part: 'strengths', text: 'Tom sport op woensdag.' }),
    ]);
    expect(safety.removed).toEqual([]);
    expect(safety.changed).toEqual([
      expect.objectContaining({
        part: 'goals',
        id: 'sg-jansen-rust',
        text: 'Geen ruzie waar de kinderen bij zijn.',
        changes: [
          {
            field: 'text',
            from: 'Anouk en Mark maken geen ruzie waar Tom bij is.',
            to: 'Geen ruzie waar de kinderen bij zijn.',
          },
        ],
      }),
    ]);
    expect((await auditRows(app().database, 'safety_plan.diff', { userId: 'u-sanne' })).at(-1)?.outcome).toBe(
      'success',
    );
  });
});

describe('the safety section in the plan PDF', () => {
  it('a parent gets the whole section: worries, what must happen (with the Veilig Thuis condition), checks', async () => {
    const res = await (await as('u-anouk')).request({ url: `${PLAN}/pdf` });
    expect(res.statusCode).toBe(200);
    const text = pdfText(res.rawPayload);
    expect(text).toContain('Veiligheid');
    expect(text).toContain(WORRY);
    expect(text).toContain(`${CONDITION}`);
    expect(text).toContain('(voorwaarde van Veilig Thuis)');
    expect(text).toContain('Oma Ria vertelt Sanne');
    expect((await auditRows(app().database, 'safety_plan.pdf', { userId: 'u-anouk' })).at(-1)?.outcome).toBe(
      'success',
    );
  });

  it('a youth gets only their part: what must happen and who helps, not the worries nor others’ checks', async () => {
    const res = await (await as('u-lisa')).request({ url: `${PLAN}/pdf` });
    expect(res.statusCode).toBe(200);
    const text = pdfText(res.rawPayload);
    expect(text).toContain('Veiligheid: wat voor jou belangrijk is');
    expect(text).toContain(CONDITION);
    expect(text).not.toContain(WORRY);
    expect(text).not.toContain('Oma Ria vertelt Sanne');
  });

  it('a plan without a safety section has no safety part in its PDF', async () => {
    const res = await (await as('u-sanne')).request({ url: '/api/households/hh-ozturk/plan/pdf' });
    expect(res.statusCode).toBe(200);
    expect(pdfText(res.rawPayload)).not.toContain('Veiligheid');
  });
});

describe("a youth's part of the safety section", () => {
  it('Lisa (16) reads what must happen and who helps, no worries, no strengths, nobody else’s scores', async () => {
    const res = await (await as('u-lisa')).request({ url: SAFETY });
    expect(res.statusCode).toBe(200);
    const v = res.json().safetyPlan;
    expect(v.partial).toBe(true);
    expect(v.section.worries).toEqual([]);
    expect(v.section.strengths).toEqual([]);
    expect(v.section.goals.map((g: { text: string }) => g.text)).toContain(
      'Bij geweld in huis belt een van de ouders direct 112 en gaat Tom naar Oma Ria.',
    );
    expect(v.section.networkRoles).toHaveLength(1);
    expect(v.section.checks).toEqual([]);
    expect(v.scores).toEqual([]);
    expect(v.can).toMatchObject({ edit: false, record: false, recordOwnScore: true });
  });

  it('a parent reads the whole section', async () => {
    const v = (await (await as('u-anouk')).request({ url: SAFETY })).json().safetyPlan;
    expect(v.partial).toBe(false);
    expect(v.section.worries.length).toBeGreaterThan(0);
    expect(v.can).toMatchObject({ edit: false, recordOwnScore: true });
  });
});

describe('the family gives its own score on the safety scale', () => {
  it('Lisa scores herself; a low score raises the coordinator’s task; her parent does not see it (16+)', async () => {
    const lisa = await as('u-lisa');
    expect(await openTasks('safety_scale_low')).toEqual([]);
    const res = await lisa.request({ method: 'POST', url: `${SAFETY}/scores/own`, payload: { score: 2 } });
    expect(res.statusCode).toBe(201);
    expect(await openTasks('safety_scale_low')).toEqual([{ subject_id: 'plan-jansen' }]);
    const mine = (await lisa.request({ url: SAFETY })).json().safetyPlan.scores;
    expect(mine).toEqual([
      expect.objectContaining({
        participant: { kind: 'household_member', ref: 'p-lisa', label: 'Lisa' },
        score: 2,
      }),
    ]);
    const rows = await auditRows(app().database, 'safety_plan.score_own', { userId: 'u-lisa' });
    expect(rows.at(-1)).toMatchObject({ outcome: 'success', details: expect.objectContaining({ score: 2 }) });
    // From 16 a youth decides alone: without her consent her mother does not see her score.
    const anouk = (await (await as('u-anouk')).request({ url: SAFETY })).json().safetyPlan;
    expect(anouk.scores.some((s: { participant: { ref: string } }) => s.participant.ref === 'p-lisa')).toBe(
      false,
    );
    // The coordinator sees it, and a better score settles the task.
    const sanne = (await (await as('u-sanne')).request({ url: SAFETY })).json().safetyPlan;
    expect(sanne.scores.some((s: { participant: { ref: string } }) => s.participant.ref === 'p-lisa')).toBe(
      true,
    );
    await lisa.request({ method: 'POST', url: `${SAFETY}/scores/own`, payload: { score: 7 } });
    expect(await openTasks('safety_scale_low')).toEqual([]);
  });

  it('a parent scores themself; a bad score is a 400; a professional and another household are refused', async () => {
    const anouk = await as('u-anouk');
    expect(
      (await anouk.request({ method: 'POST', url: `${SAFETY}/scores/own`, payload: { score: 6 } }))
        .statusCode,
    ).toBe(201);
    expect(
      (await anouk.request({ method: 'POST', url: `${SAFETY}/scores/own`, payload: { score: 11 } }))
        .statusCode,
    ).toBe(400);
    expect(
      (await anouk.request({ method: 'POST', url: `${SAFETY}/scores/own`, payload: {} })).statusCode,
    ).toBe(400);
    const other = await anouk.request({
      method: 'POST',
      url: '/api/households/hh-ozturk/plan/safety/scores/own',
      payload: { score: 5 },
    });
    expect(other.statusCode).toBe(403);
    expect(
      (await auditRows(app().database, 'safety_plan.score_own', { userId: 'u-anouk' })).at(-1)?.outcome,
    ).not.toBe('success');
    const sanne = await as('u-sanne');
    expect(
      (await sanne.request({ method: 'POST', url: `${SAFETY}/scores/own`, payload: { score: 5 } }))
        .statusCode,
    ).toBe(403);
  });
});

describe('decideSafetyPlan: who gives their own score', () => {
  const facts = (actorMember: SafetyPlanFacts['actorMember']): SafetyPlanFacts => ({
    tenantId: '0394',
    coordinatorId: 'u-sanne',
    teamId: 'team-1',
    memberPersonIds: ['p-me'],
    consents: [],
    breakGlass: [],
    measureOrganisationIds: [],
    actorMember,
  });
  const resident = {
    tenantId: '0394',
    userId: 'u-me',
    role: 'resident',
    personId: 'p-me',
    organisationId: null,
    teamId: null,
  } as unknown as Actor;
  const now = new Date('2026-11-30T10:00:00Z');
  it.each([
    [{ role: 'gezagsdrager', age: 40 }, true],
    [{ role: 'partner', age: 38 }, true],
    [{ role: 'kind', age: 12 }, true],
    [{ role: 'kind', age: 11 }, false],
    [null, false],
  ])('member %o: %s', (member, allowed) => {
    expect(decideSafetyPlan(resident, 'safety_plan.score_own', facts(member), now).allowed).toBe(allowed);
  });
});
