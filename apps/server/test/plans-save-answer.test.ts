import { describe, expect, it, vi } from 'vitest';
import { currentMembers, findHouseholdWithMembers } from '../src/households/membership.ts';
import { loadContent, writeVersion } from '../src/plans/content.ts';
import { currentPlan } from '../src/plans/current-plan.ts';
import type { Actor } from '../src/policy/actor.ts';
import { contentOf, JANSEN, planFile, planOf } from './helpers/plan-file.ts';

// The answer to a save is built from the rows just written, not read again: it must be exactly
// what the next read shows, and its read must be audited like a GET.
const { app, as, auditRows } = planFile();

describe('the answer to a plan save', () => {
  it('equals a fresh read: new goals and actions with their ids, labels, agreements and comments', async () => {
    const sanne = await as('u-sanne');
    const plan = await planOf(sanne);
    const body = contentOf(plan);
    body.vision = 'Rust in huis, en elke week samen eten.';
    body.goals[0]!.actions.push({
      description: 'Anouk belt de schuldhulp.',
      owner: { kind: 'household_member', ref: 'p-anouk', label: '' },
      level: 1,
      status: 'in_progress',
    } as never);
    body.goals.push({
      domainCode: 'finances',
      description: 'Overzicht over de rekeningen',
      achievedWhen: 'Alle rekeningen staan in één map',
      priority: 'low',
      targetDate: '2027-03-01',
      concernsPersonIds: ['p-anouk'],
      actions: [
        {
          description: 'Samen een map maken',
          owner: { kind: 'professional', ref: 'u-sanne', label: '' },
          level: 2,
          startDate: '2026-12-01',
          endDate: '2027-01-15',
        },
      ],
    } as never);
    const saved = await sanne.request({ method: 'PUT', url: JANSEN, payload: body });
    expect(saved.statusCode).toBe(200);
    const answer = saved.json();
    expect(answer.plan.version).toBe(plan.version + 1);
    expect(answer.plan.goals).toHaveLength(plan.goals.length + 1);
    expect(answer.plan.goals.at(-1).actions[0].owner.label).not.toBe('');

    const read = await sanne.request({ url: JANSEN });
    expect(answer).toEqual(read.json());
  });

  it('audits the update and the read of the new version, both durable with the answer', async () => {
    const sanne = await as('u-sanne');
    const plan = await planOf(sanne);
    const saved = await sanne.request({
      method: 'PUT',
      url: JANSEN,
      payload: { ...contentOf(plan), vision: 'Nog een versie' },
    });
    expect(saved.statusCode).toBe(200);
    const details = { planId: plan.id, version: plan.version + 1 };
    expect((await auditRows('plan.update', 'u-sanne')).at(-1)).toMatchObject({ outcome: 'success', details });
    expect((await auditRows('plan.read', 'u-sanne')).at(-1)).toMatchObject({ outcome: 'success', details });
    const [pair] = await app().database.ownerQuery<{ same: boolean }>(
      `select count(distinct request_id) = 1 as same from audit_log
       where actor_user_id = 'u-sanne' and action in ('plan.update', 'plan.read')
       and details->>'version' = $1`,
      [String(plan.version + 1)],
    );
    expect(pair?.same).toBe(true);
  });

  it('saves nothing and audits no read when the version is stale', async () => {
    const sanne = await as('u-sanne');
    const plan = await planOf(sanne);
    const reads = (await auditRows('plan.read', 'u-sanne')).length;
    const stale = await sanne.request({
      method: 'PUT',
      url: JANSEN,
      payload: { ...contentOf(plan), version: plan.version - 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(await auditRows('plan.read', 'u-sanne')).toHaveLength(reads);
    expect((await planOf(sanne)).version).toBe(plan.version);
  });
});

describe("the save's writes", () => {
  it('keeps goals, actions, dates and positions through a save without goals and back', async () => {
    const sanne = await as('u-sanne');
    const plan = await planOf(sanne);
    const body = contentOf(plan);
    const emptied = await sanne.request({ method: 'PUT', url: JANSEN, payload: { ...body, goals: [] } });
    expect(emptied.statusCode).toBe(200);
    expect(emptied.json().plan.goals).toEqual([]);
    expect(emptied.json()).toEqual((await sanne.request({ url: JANSEN })).json());
    // The old goals come back as new ones (their ids are gone with them), in the order given.
    const goals = body.goals.map(({ id: _id, ...g }) => ({
      ...g,
      actions: (g.actions ?? []).map(({ id: _a, goalId: _g, ...a }: Record<string, unknown>) => a),
    }));
    goals.push({
      domainCode: 'finances',
      description: 'Zonder acties',
      achievedWhen: 'Later',
      priority: 'high',
      targetDate: null,
      concernsPersonIds: [],
      actions: [],
    } as never);
    const refilled = await sanne.request({
      method: 'PUT',
      url: JANSEN,
      payload: { ...body, version: emptied.json().plan.version, goals },
    });
    expect(refilled.statusCode).toBe(200);
    const answer = refilled.json();
    expect(answer).toEqual((await sanne.request({ url: JANSEN })).json());
    const strip = (g: Record<string, unknown>[]) =>
      g.map(({ id: _id, actions, ...rest }) => ({
        ...rest,
        actions: (actions as Record<string, unknown>[]).map(({ id: _a, goalId: _g, ...a }) => a),
      }));
    expect(strip(answer.plan.goals)).toEqual(strip([...plan.goals, { ...goals.at(-1), actions: [] }]));
  });

  it('writes no version and no goals when the plan is at another version than the one locked', async () => {
    const db = app().database.db;
    const p = await currentPlan(db, '0394', 'hh-jansen');
    const content = await loadContent(db, '0394', p!);
    const versions = async () =>
      (
        await app().database.ownerQuery<{ n: number }>(
          'select count(*)::int as n from plan_version where plan_id = $1',
          [p!.id],
        )
      )[0]!.n;
    const before = await versions();
    const actor = { tenantId: '0394', userId: 'u-sanne' } as Actor;
    const stale = { ...p!, version: p!.version - 1 };
    await expect(
      db.transaction((tx) => writeVersion(tx, actor, stale, { ...content, goals: [] }, 'edited')),
    ).rejects.toMatchObject({ code: 'version_conflict' });
    expect(await versions()).toBe(before);
    expect(await loadContent(db, '0394', p!)).toEqual(content);
  });
});

describe('the plan read', () => {
  it('names who commented, who proposed and the coordinator, with the moments as stored', async () => {
    const sanne = await as('u-sanne');
    const anouk = await as('u-anouk');
    const commented = await sanne.request({
      method: 'POST',
      url: `${JANSEN}/comments`,
      payload: { text: 'Fijn dat het beter gaat.' },
    });
    expect(commented.statusCode).toBeLessThan(300);
    const proposed = await anouk.request({
      method: 'POST',
      url: `${JANSEN}/proposals`,
      payload: { kind: 'goal', domainCode: 'finances', text: 'Sparen voor een fiets' },
    });
    expect(proposed.statusCode).toBeLessThan(300);
    const plan = await planOf(sanne);
    const comment = plan.comments.find((c: { text: string }) => c.text === 'Fijn dat het beter gaat.');
    expect(comment.authorName).toBe('Sanne de Vries');
    const [stored] = await app().database.ownerQuery<{ created_at: Date }>(
      'select created_at from plan_comment where id = $1',
      [comment.id],
    );
    expect(comment.createdAt).toBe(stored!.created_at.toISOString());
    expect(plan.proposals[0]).toMatchObject({
      text: 'Sparen voor een fiets',
      proposedByName: 'Anouk Jansen',
    });
    expect(plan.requiredAgreements.find((r: { party: string }) => r.party === 'coordinator').name).toBe(
      'Sanne de Vries',
    );
  });

  it('takes two statements: the household, its plan and all it shows (decided on), then its audit row', async () => {
    const sanne = await as('u-sanne');
    const mohamed = await as('u-mohamed');
    // The coordinator's agreement: the read compares it with the current version in the same statement.
    const v = (await planOf(sanne)).version;
    const agreed = await sanne.request({
      method: 'POST',
      url: `${JANSEN}/agreements`,
      payload: { version: v },
    });
    expect(agreed.statusCode).toBeLessThan(300);
    // Warm: the statements are prepared and the sessions are known.
    expect((await sanne.request({ url: JANSEN })).statusCode).toBe(200);
    expect((await mohamed.request({ url: JANSEN })).statusCode).toBe(403);
    const client = (app().database.db as unknown as { $client: { query: (...args: unknown[]) => unknown } })
      .$client;
    const sent = vi.spyOn(client, 'query');
    const statements = () => {
      const texts = sent.mock.calls.map(([q]) => (typeof q === 'string' ? q : (q as { text: string }).text));
      sent.mockClear();
      // The session lookup is the session's own (remembered for two seconds, decision 0037); a seal
      // is the background audit sequencer's (decision 0047), not the request's.
      return texts.filter((t) => !t.includes('from "session"') && !t.includes('audit_seal('));
    };
    try {
      const read = await sanne.request({ url: JANSEN });
      expect(read.statusCode).toBe(200);
      // What the statement gathers is all there: content, agreements, comments, the coordinator's name.
      const plan = read.json().plan;
      expect(plan.goals.length).toBeGreaterThan(0);
      expect(plan.requiredAgreements.find((r: { party: string }) => r.party === 'coordinator')).toMatchObject(
        { name: 'Sanne de Vries', agreed: true },
      );
      expect(plan.agreements).toEqual([
        expect.objectContaining({ party: 'coordinator', version: v, recordedByName: 'Sanne de Vries' }),
      ]);
      const sent2 = statements();
      expect(sent2).toHaveLength(2);
      expect(sent2[1]).toContain('audit_append');
      // A refusal is decided on the same statement's facts and audited as before: nothing else is read.
      expect((await mohamed.request({ url: JANSEN })).statusCode).toBe(403);
      const refused = statements();
      expect(refused).toHaveLength(2);
      expect(refused[0]).toBe(sent2[0]);
      expect(refused[1]).toContain('audit_append');
    } finally {
      sent.mockRestore();
    }
  });
});

describe('the household a plan request decides on', () => {
  it('has the current members of every household, as currentMembers answers them, in one statement', async () => {
    const db = app().database.db;
    const households = await app().database.ownerQuery<{ id: string }>(
      "select id from household where tenant_id = '0394' and id like 'hh-%' order by id",
    );
    expect(households.length).toBeGreaterThan(3);
    // Someone who left is no member any more.
    const [left] = await app().database.ownerQuery<{ household_id: string; person_id: string }>(
      `update household_member set until = current_date
       where tenant_id = '0394' and household_id = 'hh-jansen' and until is null
         and person_id = (select person_id from household_member where household_id = 'hh-jansen'
           and until is null order by person_id limit 1)
       returning household_id, person_id`,
    );
    expect(left).toBeDefined();
    try {
      for (const { id } of households) {
        const h = await findHouseholdWithMembers(db, '0394', id);
        const members = await currentMembers(db, '0394', id);
        const byPerson = (a: { personId: string }, b: { personId: string }) =>
          a.personId.localeCompare(b.personId);
        expect([...h!.members].sort(byPerson)).toEqual([...members].sort(byPerson));
        expect(h!.members.map((m) => m.birthDate)).toEqual(members.map((m) => m.birthDate));
      }
      const jansen = await findHouseholdWithMembers(db, '0394', 'hh-jansen');
      expect(jansen!.members.map((m) => m.personId)).not.toContain(left!.person_id);
    } finally {
      await app().database.ownerQuery(
        `update household_member set until = null where tenant_id = '0394' and household_id = $1 and person_id = $2`,
        [left!.household_id, left!.person_id],
      );
    }
  });
});
