import { describe, expect, it } from 'vitest';
import { listSelfReliance, recordSelfReliance } from '../src/intake/self-reliance.ts';
import type { Actor } from '../src/policy/actor.ts';
import { SANNE_ACTOR } from './helpers/demo-users.ts';
import { householdFile } from './helpers/household-file.ts';

const { app, as, auditRows } = householdFile();

describe('kitchen-table conversation (intake)', () => {
  const fullIntake = (version: number, overrides: Record<string, unknown> = {}) => ({
    version,
    status: 'completed',
    conductedOn: '2026-10-06',
    domains: [
      {
        domainCode: 'finances',
        goesWell: 'Overzicht is er.',
        worries: 'Geheime zorg over schulden',
        wishes: 'Regeling',
      },
    ],
    safety: { unsafeAtHome: false, violence: false, childConcern: false },
    scores: [
      { personId: 'p-anouk', domainCode: 'finances', score: 3 },
      { personId: 'p-tom', domainCode: 'work_education', score: 2 },
    ],
    ...overrides,
  });

  it("shows the coordinator the family's preparation, suggestions and the intake held", async () => {
    const res = await (await as('u-sanne')).request({ url: '/api/households/hh-jansen/intake' });
    expect(res.statusCode).toBe(200);
    const v = res.json();
    expect(v.preparation.worries).toContain('schulden');
    expect(v.preparation.version).toBe(1);
    expect(v.suggestions.map((s: { name: string }) => s.name)).toContain('Tante Petra');
    expect(v.domains).toHaveLength(13);
    expect(v.canEdit).toBe(true);
    expect(v.intake).toMatchObject({ version: 1, status: 'completed', safetyFlag: false });
    expect(v.intake.scores.length).toBe(8);
    expect((await auditRows('intake.read', 'u-sanne')).at(-1)).toMatchObject({
      outcome: 'success',
      subject_id: 'hh-jansen',
    });
  });

  it('saves with a version check: a stale version gets 409 with the current version', async () => {
    const c = await as('u-sanne');
    const saved = await c.request({
      method: 'PUT',
      url: '/api/households/hh-jansen/intake',
      payload: fullIntake(1),
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ version: 2, updatedByName: 'Sanne de Vries' });
    expect(saved.json().scores).toHaveLength(2);
    const stale = await c.request({
      method: 'PUT',
      url: '/api/households/hh-jansen/intake',
      payload: fullIntake(1),
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
    // Scores of the intake are replaced, never doubled.
    const [n] = await app().database.ownerQuery<{ n: number }>(
      "select count(*)::int as n from self_reliance_score where household_id = 'hh-jansen' and source = 'intake'",
    );
    expect(n!.n).toBe(2);
    expect((await auditRows('intake.write', 'u-sanne')).at(-1)?.details).toMatchObject({
      scores: 2,
      safetyFlag: false,
    });
  });

  it('starts a first intake at version 0 and refuses a second "first" save', async () => {
    const c = await as('u-sanne');
    const first = await c.request({
      method: 'PUT',
      url: '/api/households/hh-ozturk/intake',
      payload: fullIntake(0, {
        status: 'draft',
        scores: [{ personId: 'p-elif', domainCode: 'housing', score: 4 }],
      }),
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(1);
    const second = await c.request({
      method: 'PUT',
      url: '/api/households/hh-ozturk/intake',
      payload: fullIntake(0, { status: 'draft', scores: [] }),
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().currentVersion).toBe(1);
  });

  it('encrypts the free text at rest', async () => {
    const rows = await app().database.ownerQuery<{ worries_enc: string; goes_well_enc: string }>(
      "select d.worries_enc, d.goes_well_enc from intake_domain d join intake i on i.id = d.intake_id where i.household_id = 'hh-jansen'",
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.worries_enc).toMatch(/^v1:/);
    expect(rows[0]!.worries_enc).not.toContain('schulden');
    const [prep] = await app().database.ownerQuery<{ worries_enc: string }>(
      "select worries_enc from intake_preparation where household_id = 'hh-jansen'",
    );
    expect(prep!.worries_enc).not.toContain('schulden');
    const dump = await app().database.ownerQuery<{ row: string }>(
      'select row_to_json(x)::text as row from intake_domain x union all select row_to_json(a)::text from audit_log a',
    );
    expect(dump.some((r) => r.row.includes('Geheime zorg'))).toBe(false);
  });

  it('raises the safety flag on a yes in the screening, visible in caseload and dossier', async () => {
    const c = await as('u-sanne');
    const saved = await c.request({
      method: 'PUT',
      url: '/api/households/hh-jansen/intake',
      payload: fullIntake(2, { safety: { unsafeAtHome: false, violence: true, childConcern: false } }),
    });
    expect(saved.json()).toMatchObject({ safetyFlag: true, version: 3 });
    const caseload = (await c.request({ url: '/api/households' })).json();
    expect(
      caseload.items.find((i: { householdId: string }) => i.householdId === 'hh-jansen').safetyFlag,
    ).toBe(true);
    expect((await c.request({ url: '/api/households/hh-jansen' })).json().flags.safety).toBe(true);
    const back = await c.request({
      method: 'PUT',
      url: '/api/households/hh-jansen/intake',
      payload: fullIntake(3),
    });
    expect(back.json().safetyFlag).toBe(false);
  });

  it('explains what is missing before an intake can be completed', async () => {
    const c = await as('u-sanne');
    const res = await c.request({
      method: 'PUT',
      url: '/api/households/hh-jansen/intake',
      payload: fullIntake(4, {
        conductedOn: null,
        safety: { unsafeAtHome: null, violence: false, childConcern: false },
        scores: [
          { personId: 'p-elif', domainCode: 'finances', score: 3 },
          { personId: 'p-tom', domainCode: 'finances', score: 3 },
          { personId: 'p-tom', domainCode: 'finances', score: 4 },
        ],
      }),
    });
    expect(res.statusCode).toBe(400);
    const errors = res.json().errors as Array<{
      path: string;
      code: string;
      message: { nl: string; en: string };
    }>;
    expect(errors.map((e) => e.path)).toEqual(
      expect.arrayContaining([
        'body.conductedOn',
        'body.safety.unsafeAtHome',
        'body.scores.0.personId',
        'body.scores.2',
      ]),
    );
    expect(errors.find((e) => e.path === 'body.conductedOn')?.message.nl).toContain('datum');
    // Nothing was half-saved.
    const now = (await c.request({ url: '/api/households/hh-jansen/intake' })).json();
    expect(now.intake.version).toBe(4);
  });

  it('rejects scores outside 1–5 and unknown life domains', async () => {
    const c = await as('u-sanne');
    for (const score of [
      { personId: 'p-tom', domainCode: 'finances', score: 6 },
      { personId: 'p-tom', domainCode: 'hobby', score: 3 },
    ]) {
      const res = await c.request({
        method: 'PUT',
        url: '/api/households/hh-jansen/intake',
        payload: fullIntake(4, { scores: [score] }),
      });
      expect(res.statusCode).toBe(400);
    }
  });

  it('lets the team lead read but not write, and hides it from other teams and residents', async () => {
    const leadView = await (await as('u-ahmed')).request({ url: '/api/households/hh-jansen/intake' });
    expect(leadView.statusCode).toBe(200);
    expect(leadView.json().canEdit).toBe(false);
    const write = await (await as('u-ahmed')).request({
      method: 'PUT',
      url: '/api/households/hh-jansen/intake',
      payload: fullIntake(4),
    });
    expect(write.statusCode).toBe(403);
    expect(
      (await (await as('u-mohamed')).request({ url: '/api/households/hh-jansen/intake' })).statusCode,
    ).toBe(404);
    expect(
      (await (await as('u-anouk')).request({ url: '/api/households/hh-jansen/intake' })).statusCode,
    ).toBe(403);
  });
});

describe("the family's preparation in the portal", () => {
  it('lets the parent read and save it, with a version check', async () => {
    const anouk = await as('u-anouk');
    const view = await anouk.request({ url: '/api/portal/preparation' });
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({ householdName: 'Gezin Jansen', preparation: { version: 1 } });
    expect(view.json().suggestions.map((s: { name: string }) => s.name)).toContain('Tante Petra');
    const payload = { version: 1, goesWell: 'Oma helpt.', worries: 'Geld en school.', wishes: 'Rust.' };
    const saved = await anouk.request({ method: 'PUT', url: '/api/portal/preparation', payload });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ version: 2, worries: 'Geld en school.' });
    const stale = await anouk.request({ method: 'PUT', url: '/api/portal/preparation', payload });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().currentVersion).toBe(2);
    const coordinatorView = await (await as('u-sanne')).request({ url: '/api/households/hh-jansen/intake' });
    expect(coordinatorView.json().preparation.worries).toBe('Geld en school.');
    expect((await auditRows('preparation.write', 'u-anouk')).length).toBe(1);
  });

  it('lets a 16+ youth prepare too, and keeps professionals out of the portal routes', async () => {
    const lisa = await as('u-lisa');
    const view = await lisa.request({ url: '/api/portal/preparation' });
    expect(view.statusCode).toBe(200);
    const saved = await lisa.request({
      method: 'PUT',
      url: '/api/portal/preparation',
      payload: { ...view.json().preparation, wishes: 'Zelf beslissen over mijn toekomst.' },
    });
    expect(saved.statusCode).toBe(200);
    expect((await (await as('u-sanne')).request({ url: '/api/portal/preparation' })).statusCode).toBe(403);
  });

  it('refuses a youth under 16, and says so in the audit log', async () => {
    await app().database.ownerQuery(
      `insert into app_user (tenant_id, id, display_name, role, person_id, demo_description)
       values ('0394', 'u-tom-test', 'Tom Jansen', 'resident', 'p-tom', 'Tom, 12 (test only)')`,
    );
    const tom = await as('u-tom-test');
    expect((await tom.request({ url: '/api/portal/preparation' })).statusCode).toBe(200);
    const write = await tom.request({
      method: 'PUT',
      url: '/api/portal/preparation',
      payload: { version: 3, goesWell: 'Gamen', worries: '', wishes: '' },
    });
    expect(write.statusCode).toBe(403);
    const suggest = await tom.request({
      method: 'POST',
      url: '/api/portal/network-suggestions',
      payload: { name: 'Mijn vriend', relation: 'friend' },
    });
    expect(suggest.statusCode).toBe(403);
    expect((await auditRows('preparation.write', 'u-tom-test')).at(-1)).toMatchObject({
      outcome: 'denied',
      details: { reason: 'under_preparer_age' },
    });
  });

  it('validates the length of the texts', async () => {
    const res = await (await as('u-anouk')).request({
      method: 'PUT',
      url: '/api/portal/preparation',
      payload: { version: 3, goesWell: 'x'.repeat(4001), worries: '', wishes: '' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ path: 'body.goesWell', code: 'too_big' });
  });
});

describe('self-reliance service for the plan evaluation', () => {
  it('records an evaluation measurement, replaces it on a second call, and lists the trend', async () => {
    const actor: Actor = SANNE_ACTOR;
    const measurement = {
      householdId: 'hh-jansen',
      measuredOn: '2026-11-20',
      source: 'evaluation' as const,
      sourceId: 'ev-test',
      scores: [{ personId: 'p-tom', domainCode: 'work_education', score: 3 }],
    };
    await app().database.db.transaction((tx) => recordSelfReliance(tx, actor, measurement));
    await app().database.db.transaction((tx) =>
      recordSelfReliance(tx, actor, { ...measurement, scores: [{ ...measurement.scores[0]!, score: 4 }] }),
    );
    const list = await listSelfReliance(app().database.db, actor, 'hh-jansen');
    const tom = list.filter((s) => s.personId === 'p-tom' && s.domainCode === 'work_education');
    expect(tom.map((s) => [s.source, s.score])).toEqual([
      ['intake', 2],
      ['evaluation', 4],
    ]);
  });
});
