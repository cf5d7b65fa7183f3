import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listSelfReliance, recordSelfReliance } from '../src/intake/self-reliance.ts';
import type { Actor } from '../src/policy/actor.ts';
import { auditRows as auditRowsOf } from './helpers/audit-rows.ts';
import { SANNE_ACTOR } from './helpers/demo-users.ts';
import { loggedInAs } from './helpers/logged-in.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
const as = loggedInAs(() => t);

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const auditRows = (action: string, userId?: string) =>
  auditRowsOf(t.database, action, userId ? { userId } : {});

async function bsnOf(personId: string): Promise<string> {
  const [row] = await t.database.ownerQuery<{ bsn: string }>('select bsn from person where id = $1', [
    personId,
  ]);
  return row!.bsn;
}

const search = async (userId: string, payload: Record<string, unknown>) =>
  (await as(userId)).request({ method: 'POST', url: '/api/households/search', payload });

describe('caseload "Mijn huishoudens"', () => {
  it('pages the caseload with flags and leaves plan figures unknown', async () => {
    const res = await (await as('u-sanne')).request({ url: '/api/households' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ nextCursor: null });
    const jansen = body.items.find((i: { householdId: string }) => i.householdId === 'hh-jansen');
    // Lisa (born 2010-05-10) turns 18 within 18 months; the intake screening was negative.
    expect(jansen).toMatchObject({ memberCount: 4, comingOfAge: true, safetyFlag: false });
    // Plan figures come from the family plan module, straight from its tables.
    const [plan] = await t.database.ownerQuery<{ next: string | null; open: number }>(
      `select p.next_evaluation_date::text as next,
              (select count(*)::int from plan_action a where a.tenant_id = p.tenant_id and a.plan_id = p.id
                 and a.status in ('open', 'in_progress')) as open
         from plan p where p.household_id = 'hh-jansen' and p.state <> 'closed'`,
    );
    expect(jansen.nextEvaluationDate).toBe(plan?.next ?? null);
    expect(jansen.openActionCount).toBe(plan ? plan.open : null);
    const noPlan = await t.database.ownerQuery<{ id: string }>(
      `select h.id from household h where h.coordinator_id = 'u-sanne'
          and not exists (select 1 from plan p where p.household_id = h.id and p.state <> 'closed')`,
    );
    for (const { id } of noPlan) {
      const item = body.items.find((i: { householdId: string }) => i.householdId === id);
      expect(item).toMatchObject({ nextEvaluationDate: null, openActionCount: null });
    }
    const ozturk = body.items.find((i: { householdId: string }) => i.householdId === 'hh-ozturk');
    expect(ozturk.comingOfAge).toBe(false);
    expect(body.items.map((i: { householdId: string }) => i.householdId)).not.toContain('hh-de-graaf');
  });

  it('answers an empty page after the last household and rejects a cursor it did not hand out', async () => {
    const c = await as('u-sanne');
    const [last] = await t.database.ownerQuery<{ id: string }>(
      "select id from household where coordinator_id = 'u-sanne' order by name desc, id desc limit 1",
    );
    const cursor = Buffer.from(JSON.stringify([last?.id])).toString('base64url');
    const empty = await c.request({ url: `/api/households?cursor=${cursor}` });
    expect(empty.json()).toMatchObject({ items: [], nextCursor: null });
    const bad = await c.request({ url: '/api/households?cursor=not!base64' });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
  });

  it('is for coordinators and team leads only', async () => {
    expect((await (await as('u-marloes')).request({ url: '/api/households' })).statusCode).toBe(403);
    expect((await (await as('u-anouk')).request({ url: '/api/households' })).statusCode).toBe(403);
    const lead = await (await as('u-ahmed')).request({ url: '/api/households' });
    expect(lead.json().items.map((i: { householdId: string }) => i.householdId)).toContain('hh-jansen');
  });
});

describe('household search', () => {
  it('finds by last or first name prefix, case-insensitively', async () => {
    for (const name of ['jans', 'JANSEN', 'Tom']) {
      const res = await search('u-sanne', { kind: 'name', name });
      expect(res.statusCode, name).toBe(200);
      expect(
        res.json().items.map((i: { householdId: string }) => i.householdId),
        name,
      ).toContain('hh-jansen');
    }
    const tom = (await search('u-sanne', { kind: 'name', name: 'tom' })).json().items[0];
    expect(tom.matchedMembers).toEqual([{ firstName: 'Tom', lastName: 'Jansen', birthDate: '2014-03-15' }]);
  });

  it('treats LIKE wildcards in a name as plain characters', async () => {
    const res = await search('u-sanne', { kind: 'name', name: '%%' });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([]);
  });

  it('finds by birth date, by postcode + house number in any spelling, and by exact BSN', async () => {
    const byDate = await search('u-sanne', { kind: 'birthDate', birthDate: '2014-03-15' });
    expect(byDate.json().items.map((i: { householdId: string }) => i.householdId)).toEqual(['hh-jansen']);
    const byAddress = await search('u-sanne', { kind: 'address', postcode: '2151ab', houseNumber: '12' });
    expect(byAddress.json().items).toMatchObject([{ householdId: 'hh-jansen', matchedMembers: [] }]);
    const bsn = await bsnOf('p-tom');
    const byBsn = await search('u-sanne', { kind: 'bsn', bsn });
    expect(byBsn.json().items).toMatchObject([
      { householdId: 'hh-jansen', matchedMembers: [{ firstName: 'Tom' }] },
    ]);
  });

  it('rejects a BSN that fails the 11-proef and other invalid criteria with a 400 problem', async () => {
    const bad = await search('u-sanne', { kind: 'bsn', bsn: '123456789' });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json()).toMatchObject({ code: 'validation_failed' });
    expect(bad.json().errors[0].path).toBe('body.bsn');
    expect((await search('u-sanne', { kind: 'name', name: 'J' })).statusCode).toBe(400);
    expect((await search('u-sanne', { kind: 'address', postcode: '21', houseNumber: '12' })).statusCode).toBe(
      400,
    );
    expect((await search('u-sanne', { kind: 'birthDate', birthDate: '15-03-2014' })).statusCode).toBe(400);
    expect((await search('u-sanne', { kind: 'phone', phone: '06' })).statusCode).toBe(400);
  });

  it("shows only households of the searcher's own team", async () => {
    const other = await search('u-mohamed', { kind: 'name', name: 'Jansen' });
    expect(other.statusCode).toBe(200);
    expect(other.json().items).toEqual([]);
    const own = await search('u-mohamed', { kind: 'name', name: 'de Graaf' });
    expect(own.json().items.map((i: { householdId: string }) => i.householdId)).toEqual(['hh-de-graaf']);
    // A household without coordinator in another team (Badhoevedorp) is not found by Sanne.
    expect((await search('u-sanne', { kind: 'name', name: 'Pinas' })).json().items).toEqual([]);
  });

  it('is closed to schools and residents', async () => {
    expect((await search('u-marloes', { kind: 'name', name: 'Jansen' })).statusCode).toBe(403);
    expect((await search('u-anouk', { kind: 'name', name: 'Jansen' })).statusCode).toBe(403);
  });

  it('audits the criterion kind and the result ids, never the BSN', async () => {
    const bsn = await bsnOf('p-lisa');
    await search('u-ahmed', { kind: 'bsn', bsn });
    const rows = await auditRows('household.search', 'u-ahmed');
    // One event names the search's criterion kind, its count and the household it showed.
    expect(rows).toEqual([
      expect.objectContaining({
        subject_type: 'household',
        subject_id: 'hh-jansen',
        details: { criterion: 'bsn', results: 1 },
      }),
    ]);
    const all = await t.database.ownerQuery<{ row: string }>(
      'select row_to_json(a)::text as row from audit_log a',
    );
    expect(all.some((r) => r.row.includes(bsn))).toBe(false);
  });
});

describe('household dossier', () => {
  it('shows members, network, professionals and flags to the coordinator, and audits the read', async () => {
    const res = await (await as('u-sanne')).request({ url: '/api/households/hh-jansen' });
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d.members.map((m: { firstName: string }) => m.firstName)).toEqual([
      'Mark',
      'Anouk',
      'Lisa',
      'Tom',
    ]);
    expect(d.members.find((m: { personId: string }) => m.personId === 'p-anouk')).toMatchObject({
      role: 'gezagsdrager',
      phone: '06 1234 5601',
      birthDate: '1984-09-02',
    });
    expect(d.network).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'Oma Ria',
          relation: 'grandparent',
          takesPartInPlan: true,
          status: 'active',
        }),
        expect.objectContaining({ relation: 'neighbour', status: 'active' }),
        expect.objectContaining({ relation: 'jim_mentor', status: 'active' }),
        expect.objectContaining({ name: 'Tante Petra', status: 'suggested', suggestedByFamily: true }),
      ]),
    );
    expect(d.professionals).toMatchObject([
      { kind: 'coordinator', name: 'Sanne de Vries' },
      { kind: 'team', name: 'Sociaal team Nieuw-Vennep' },
    ]);
    expect(d.flags).toEqual({
      safety: false,
      comingOfAge: [{ personId: 'p-lisa', firstName: 'Lisa', turns18On: '2028-05-10' }],
    });
    expect(d.canEdit).toBe(true);
    const rows = await auditRows('household.read', 'u-sanne');
    expect(rows.at(-1)).toMatchObject({ outcome: 'success', subject_id: 'hh-jansen' });
  });

  it('lets the team lead read without editing', async () => {
    const res = await (await as('u-ahmed')).request({ url: '/api/households/hh-jansen' });
    expect(res.statusCode).toBe(200);
    expect(res.json().canEdit).toBe(false);
  });

  it('answers 404 without leaking existence to another team, and audits the denial', async () => {
    const denied = await (await as('u-mohamed')).request({ url: '/api/households/hh-jansen' });
    const missing = await (await as('u-mohamed')).request({ url: '/api/households/hh-bestaat-niet' });
    expect(denied.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect({ ...denied.json(), instance: undefined }).toEqual({ ...missing.json(), instance: undefined });
    const rows = await auditRows('household.read', 'u-mohamed');
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          outcome: 'denied',
          subject_id: 'hh-jansen',
          details: { reason: 'no_relationship' },
        }),
      ]),
    );
  });

  it('shows a resident only the own household, without pending suggestions', async () => {
    const own = await (await as('u-anouk')).request({ url: '/api/households/hh-jansen' });
    expect(own.statusCode).toBe(200);
    expect(own.json().network.every((n: { status: string }) => n.status === 'active')).toBe(true);
    expect(own.json().canEdit).toBe(false);
    expect((await (await as('u-anouk')).request({ url: '/api/households/hh-ozturk' })).statusCode).toBe(404);
    expect((await (await as('u-marloes')).request({ url: '/api/households/hh-jansen' })).statusCode).toBe(
      403,
    );
  });
});

describe('network', () => {
  it('adds a network member, and refuses a stale edit with 409 and the current version', async () => {
    const c = await as('u-sanne');
    const added = await c.request({
      method: 'POST',
      url: '/api/households/hh-ozturk/network',
      payload: {
        name: 'Steungezin Bos',
        relation: 'support_family',
        phone: '06 1111 2222',
        takesPartInPlan: true,
      },
    });
    expect(added.statusCode).toBe(201);
    const member = added.json();
    expect(member).toMatchObject({ status: 'active', version: 1, takesPartInPlan: true });
    const edit = (version: number, name: string) =>
      c.request({
        method: 'PUT',
        url: `/api/households/hh-ozturk/network/${member.id}`,
        payload: { version, name, relation: 'support_family', takesPartInPlan: true },
      });
    expect((await edit(1, 'Steungezin Bos-Visser')).json().version).toBe(2);
    const stale = await edit(1, 'Familie Bos');
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
    expect((await auditRows('network.write', 'u-sanne')).length).toBeGreaterThanOrEqual(2);
  });

  it('validates input with field messages in Dutch and English', async () => {
    const res = await (await as('u-sanne')).request({
      method: 'POST',
      url: '/api/households/hh-ozturk/network',
      payload: { name: '', relation: 'cousin', email: 'geen-mail' },
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body.name', 'body.relation', 'body.email']));
    expect(res.json().errors[0].message.nl).toBeTruthy();
    expect(res.json().errors[0].message.en).toBeTruthy();
  });

  it("turns a family's suggestion into a network member once the coordinator accepts", async () => {
    const anouk = await as('u-anouk');
    const suggested = await anouk.request({
      method: 'POST',
      url: '/api/portal/network-suggestions',
      payload: {
        name: 'Juf Marieke (buurvrouw)',
        relation: 'neighbour',
        helpNote: 'Kan Tom ophalen op woensdag.',
      },
    });
    expect(suggested.statusCode).toBe(201);
    const s = suggested.json();
    expect(s).toMatchObject({
      status: 'suggested',
      suggestedByFamily: true,
      helpNote: 'Kan Tom ophalen op woensdag.',
    });
    const [raw] = await t.database.ownerQuery<{ help_note_enc: string }>(
      'select help_note_enc from network_member where id = $1',
      [s.id],
    );
    expect(raw!.help_note_enc).toMatch(/^v1:/);
    expect(raw!.help_note_enc).not.toContain('woensdag');

    const sanne = await as('u-sanne');
    const accepted = await sanne.request({
      method: 'POST',
      url: `/api/households/hh-jansen/network/${s.id}/decision`,
      payload: { version: 1, decision: 'accept', takesPartInPlan: true },
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'active', takesPartInPlan: true, version: 2 });
    const again = await sanne.request({
      method: 'POST',
      url: `/api/households/hh-jansen/network/${s.id}/decision`,
      payload: { version: 2, decision: 'accept' },
    });
    expect(again.statusCode).toBe(400);
    const own = await anouk.request({ url: '/api/households/hh-jansen' });
    expect(own.json().network.map((n: { id: string }) => n.id)).toContain(s.id);
  });

  it('lets only coordinators of the team decide', async () => {
    const res = await (await as('u-mohamed')).request({
      method: 'POST',
      url: '/api/households/hh-jansen/network/nm-jansen-tante-petra/decision',
      payload: { version: 1, decision: 'decline' },
    });
    expect(res.statusCode).toBe(404);
    const lead = await (await as('u-ahmed')).request({
      method: 'POST',
      url: '/api/households/hh-jansen/network/nm-jansen-tante-petra/decision',
      payload: { version: 1, decision: 'decline' },
    });
    expect(lead.statusCode).toBe(403);
  });
});

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
    const [n] = await t.database.ownerQuery<{ n: number }>(
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
    const rows = await t.database.ownerQuery<{ worries_enc: string; goes_well_enc: string }>(
      "select d.worries_enc, d.goes_well_enc from intake_domain d join intake i on i.id = d.intake_id where i.household_id = 'hh-jansen'",
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.worries_enc).toMatch(/^v1:/);
    expect(rows[0]!.worries_enc).not.toContain('schulden');
    const [prep] = await t.database.ownerQuery<{ worries_enc: string }>(
      "select worries_enc from intake_preparation where household_id = 'hh-jansen'",
    );
    expect(prep!.worries_enc).not.toContain('schulden');
    const dump = await t.database.ownerQuery<{ row: string }>(
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
    await t.database.ownerQuery(
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
    await t.database.db.transaction((tx) => recordSelfReliance(tx, actor, measurement));
    await t.database.db.transaction((tx) =>
      recordSelfReliance(tx, actor, { ...measurement, scores: [{ ...measurement.scores[0]!, score: 4 }] }),
    );
    const list = await listSelfReliance(t.database.db, actor, 'hh-jansen');
    const tom = list.filter((s) => s.personId === 'p-tom' && s.domainCode === 'work_education');
    expect(tom.map((s) => [s.source, s.score])).toEqual([
      ['intake', 2],
      ['evaluation', 4],
    ]);
  });
});

describe('members with history', () => {
  it('adds a member, moves one to another household and ends a membership, keeping history', async () => {
    const c = await as('u-sanne');
    const added = await c.request({
      method: 'POST',
      url: '/api/households/hh-jansen/members',
      payload: {
        firstName: 'Noor',
        lastName: 'Jansen',
        birthDate: '2026-09-01',
        role: 'kind',
        since: '2026-09-01',
      },
    });
    expect(added.statusCode).toBe(201);
    const noorId = added.json().personId;

    const moved = await c.request({
      method: 'POST',
      url: '/api/households/hh-jansen/members/p-mark/move',
      payload: { toHouseholdId: 'hh-ozturk', role: 'partner', on: '2026-11-01' },
    });
    expect(moved.statusCode).toBe(200);
    const jansen = (await c.request({ url: '/api/households/hh-jansen' })).json();
    expect(jansen.members.map((m: { personId: string }) => m.personId)).toContain(noorId);
    expect(jansen.members.map((m: { personId: string }) => m.personId)).not.toContain('p-mark');
    expect(jansen.formerMembers).toMatchObject([
      { personId: 'p-mark', since: '2024-01-01', until: '2026-11-01' },
    ]);
    const ozturk = (await c.request({ url: '/api/households/hh-ozturk' })).json();
    expect(ozturk.members).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ personId: 'p-mark', role: 'partner', since: '2026-11-01' }),
      ]),
    );
    const rows = await t.database.ownerQuery<{ household_id: string }>(
      "select household_id from household_member where person_id = 'p-mark' order by since",
    );
    expect(rows.map((r) => r.household_id)).toEqual(['hh-jansen', 'hh-ozturk']);

    const ended = await c.request({
      method: 'POST',
      url: `/api/households/hh-jansen/members/${noorId}/end`,
      payload: { on: '2026-11-20' },
    });
    expect(ended.statusCode).toBe(200);
    const after = (await c.request({ url: '/api/households/hh-jansen' })).json();
    expect(after.formerMembers.map((m: { personId: string }) => m.personId)).toContain(noorId);
    const audit = await auditRows('household.member.write', 'u-sanne');
    expect(audit.map((r) => r.details?.change)).toEqual(['add', 'move_out', 'move_in', 'end']);
  });

  it('refuses an end date before the membership started, and unknown members', async () => {
    const c = await as('u-sanne');
    const early = await c.request({
      method: 'POST',
      url: '/api/households/hh-jansen/members/p-tom/end',
      payload: { on: '2020-01-01' },
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().errors[0].path).toBe('body.on');
    const unknown = await c.request({
      method: 'POST',
      url: '/api/households/hh-jansen/members/p-elif/end',
      payload: { on: '2026-11-20' },
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('refuses a duplicate BSN, an invalid BSN, and moves to households outside the team', async () => {
    const c = await as('u-sanne');
    const base = {
      firstName: 'Kim',
      lastName: 'Jansen',
      birthDate: '2000-01-01',
      role: 'other',
      since: '2026-11-01',
    };
    const dup = await c.request({
      method: 'POST',
      url: '/api/households/hh-jansen/members',
      payload: { ...base, bsn: await bsnOf('p-tom') },
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('household_member_conflict');
    const invalid = await c.request({
      method: 'POST',
      url: '/api/households/hh-jansen/members',
      payload: { ...base, bsn: '111111111' },
    });
    expect(invalid.statusCode).toBe(400);
    const away = await c.request({
      method: 'POST',
      url: '/api/households/hh-jansen/members/p-tom/move',
      payload: { toHouseholdId: 'hh-de-graaf', role: 'kind', on: '2026-11-20' },
    });
    expect(away.statusCode).toBe(404);
    const tomStill = (await c.request({ url: '/api/households/hh-jansen' })).json();
    expect(tomStill.members.map((m: { personId: string }) => m.personId)).toContain('p-tom');
  });

  it('lets neither team leads nor residents change members', async () => {
    const payload = {
      firstName: 'X',
      lastName: 'Y',
      birthDate: '2000-01-01',
      role: 'other',
      since: '2026-11-01',
    };
    for (const user of ['u-ahmed', 'u-anouk']) {
      const res = await (await as(user)).request({
        method: 'POST',
        url: '/api/households/hh-jansen/members',
        payload,
      });
      expect(res.statusCode, user).toBe(403);
    }
  });
});
