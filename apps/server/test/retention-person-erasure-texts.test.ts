import type { PlanSnapshot } from '@een-plan/contracts';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/audit/verify.ts';
import { NAME_REMOVED, nameScrubber } from '../src/households/name-scrub.ts';
import { open, openSnapshot, seal, sealSnapshot } from '../src/plans/crypto.ts';
import { agreementKey } from '../src/plans/diff.ts';
import { ERASED_TEXT } from '../src/plans/person-erasure.ts';
import { auditRows } from './helpers/audit-rows.ts';
import {
  executeErasure,
  personDryRun,
  RETENTION_ADMIN,
  recordPersonErasure,
  VROEG,
  vroegErasureFile,
} from './helpers/erasure-fixtures.ts';

/**
 * Erasure of one person and the household's free text (decision 0027): comments and proposals on
 * a goal about them alone lose their words, what they wrote keeps its words under "Verwijderde
 * persoon", and their name is scrubbed from the plan's texts and stored versions — "Tim", never
 * "Timmerman". In the Vroeg household of the retention demo, with Bas renamed to Tim.
 */
const ADMIN = RETENTION_ADMIN;
const { household: HH, parent: GREET, child: TIM, plan: PLAN } = VROEG;

const { app, as, q, clone } = vroegErasureFile(() => giveVroegTexts());

const snapshot = (vision: string, goalText: string, owner: [string, string]): PlanSnapshot => ({
  vision,
  goals: [
    {
      id: 'goal-v-1',
      domainCode: 'work_education',
      description: goalText,
      achievedWhen: 'Na de zomer',
      priority: 'high',
      targetDate: null,
      concernsPersonIds: [TIM],
      actions: [
        {
          id: 'act-v-1',
          goalId: 'goal-v-1',
          description: 'Oefenen met Greet',
          owner: { kind: 'household_member', ref: owner[0], label: owner[1] },
          level: 0,
          startDate: null,
          endDate: null,
          status: 'open',
        },
      ],
    },
  ],
});
const NAMED = snapshot('Samen met Tim Vroeg verder', 'Tim leert fietsen', [TIM, 'Tim']);
const UNNAMED = snapshot('Meneer Timmerman komt langs', 'Greet leert fietsen', [GREET, 'Greet']);

async function giveVroegTexts() {
  await q(`update person set first_name = 'Tim' where id = $1`, [TIM]);
  await clone('app_user', `id = 'u-lisa'`, {
    id: 'u-r-tim',
    person_id: TIM,
    display_name: 'Tim Vroeg',
    email: null,
    oidc_subject: null,
  });
  await clone('app_user', `id = 'u-lisa'`, {
    id: 'u-r-greet',
    person_id: GREET,
    display_name: 'Greet Vroeg',
    email: null,
    oidc_subject: null,
  });
  const goal = (id: string, concerns: string[], text: string) =>
    clone('plan_goal', `id = 'goal-jansen-school'`, {
      id,
      plan_id: PLAN,
      description: seal(text),
      achieved_when: seal('Als het lukt'),
      concerns_person_ids: concerns,
    });
  await goal('goal-t-tim', [TIM], 'Tim gaat weer naar school');
  await goal('goal-t-shared', [GREET, TIM], 'Greet en Tim Vroeg koken samen met meneer Timmerman');
  await goal('goal-t-greet', [GREET], 'Greet gaat fietsen');
  const comment = (id: string, goalId: string | null, author: string, text: string) =>
    q(
      `insert into plan_comment (tenant_id, id, plan_id, goal_id, text, author_id) values ('0394', $1, $2, $3, $4, $5)`,
      [id, PLAN, goalId, seal(text), author],
    );
  await comment('c-t-1', 'goal-t-tim', 'u-r-greet', 'Goed bezig');
  await comment('c-t-2', 'goal-t-tim', 'u-sanne', 'Het gaat beter op school');
  await comment('c-t-3', 'goal-t-tim', 'u-r-tim', 'Ik vind het moeilijk');
  await comment('c-t-4', 'goal-t-shared', 'u-r-tim', 'Ik, Tim, kook op vrijdag');
  await comment('c-t-5', 'goal-t-greet', 'u-r-greet', 'Timmerman helpt met de fiets');
  await comment('c-t-6', null, 'u-sanne', 'Gesprek met tim en Greet');
  const proposal = (id: string, kind: string, goalId: string | null, author: string, text: string) =>
    q(
      `insert into plan_proposal (tenant_id, id, plan_id, kind, goal_id, domain_code, text, proposed_by)
       values ('0394', $1, $2, $3, $4, case when $3 = 'goal' then 'work_education' end, $5, $6)`,
      [id, PLAN, kind, goalId, seal(text), author],
    );
  await proposal('pr-t-1', 'action', 'goal-t-tim', 'u-r-greet', 'Bijles voor Tim');
  await proposal('pr-t-2', 'goal', null, 'u-r-tim', 'Samen koken');
  await q(
    `insert into plan_evaluation (tenant_id, id, plan_id, plan_version, evaluated_on, goal_results, next_steps, recorded_by)
     values ('0394', 'ev-t-1', $1, 1, '2003-05-01', '[]', $2, 'u-sanne')`,
    [PLAN, seal('Tim Vroeg en Greet evalueren in mei')],
  );
  // Versions 1 and 2 are the same content (2 only marked progress), the coordinator agreed to 1.
  await q(`delete from plan_version where plan_id = $1`, [PLAN]);
  for (const [version, s] of [
    [1, NAMED],
    [2, NAMED],
    [3, UNNAMED],
  ] as const)
    await q(
      `insert into plan_version (tenant_id, plan_id, version, snapshot, created_by, change_summary)
       values ('0394', $1, $2, $3::jsonb, 'u-sanne', 'edited')`,
      [PLAN, version, JSON.stringify(sealSnapshot(s))],
    );
  await q(`update plan set version = 2 where id = $1`, [PLAN]);
  await q(
    `insert into plan_agreement (tenant_id, id, plan_id, version, party, recorded_by, method)
     values ('0394', 'pa-t-1', $1, 1, 'coordinator', 'u-sanne', 'in_person')`,
    [PLAN],
  );
}

/** Every free text of the household's plan, decrypted: what the erasure may change. */
async function texts() {
  const rows = await q<{ id: string; text: string }>(
    `select id, text from plan_comment where plan_id = $1 union all
     select id, text from plan_proposal where plan_id = $1 union all
     select id, description from plan_goal where plan_id = $1 union all
     select id, next_steps from plan_evaluation where plan_id = $1`,
    [PLAN],
  );
  return Object.fromEntries(rows.map((r) => [r.id, open(r.text)]));
}
async function versions() {
  const rows = await q<{ version: number; snapshot: unknown }>(
    `select version, snapshot from plan_version where plan_id = $1 order by version`,
    [PLAN],
  );
  return rows.map((r) => openSnapshot(r.snapshot));
}
const displayNames = async () =>
  Object.fromEntries(
    (
      await q<{ id: string; display_name: string }>(
        `select id, display_name from app_user where id in ('u-r-tim', 'u-r-greet') order by id`,
      )
    ).map((r) => [r.id, r.display_name]),
  );

const requestFor = (subject: string) => recordPersonErasure(as, HH, GREET, subject);

describe('the name scrub', () => {
  it('replaces the whole name and the first name as whole words, in any case and script', () => {
    const scrub = nameScrubber(['Tim Vroeg', 'Tim']);
    expect(scrub('Tim Vroeg, tim en TIM; Tim’s fiets').text).toBe(
      `${NAME_REMOVED}, ${NAME_REMOVED} en ${NAME_REMOVED}; ${NAME_REMOVED}’s fiets`,
    );
    expect(scrub('Timmerman, Tims, Tim2, ATim en Timó blijven')).toEqual({
      text: 'Timmerman, Tims, Tim2, ATim en Timó blijven',
      count: 0,
    });
    expect(nameScrubber(['Zoë'])('Zoe\u0308 en Zoë, Zoëlla').text).toBe(
      `${NAME_REMOVED} en ${NAME_REMOVED}, Zoëlla`,
    );
    expect(nameScrubber(['Ёжик'])('ёжик и Ёжики').text).toBe(`${NAME_REMOVED} и Ёжики`);
    expect(nameScrubber(['(a)'])('a (a) b').count).toBe(1);
  });
});

describe('erasure of one person and the household’s free text', () => {
  it('the dry run says in words what happens to comments, proposals and the name, and changes nothing', async () => {
    const id = await requestFor(TIM);
    const before = { texts: await texts(), versions: await versions(), names: await displayNames() };
    expect((await personDryRun(as, id)).personGoes).toEqual([
      { part: 'person_details', count: 1 },
      { part: 'resident_account', count: 1 },
      { part: 'goals_about_them', count: 1 },
      { part: 'goals_shared', count: 1 },
      { part: 'comments_on_their_goals', count: 3 },
      { part: 'proposals_on_their_goals', count: 1 },
      { part: 'comments_they_wrote', count: 2 },
      { part: 'proposals_they_wrote', count: 1 },
      // The shared goal, comments c-t-4 and c-t-6, the evaluation.
      { part: 'name_in_texts', count: 4 },
      { part: 'name_in_versions', count: 2 },
    ]);
    expect({ texts: await texts(), versions: await versions(), names: await displayNames() }).toEqual(before);
    expect((await q(`select 1 from plan_version_redaction where plan_id = $1`, [PLAN])).length).toBe(0);
    const audited = await auditRows(app().database, 'retention.erasure_dry_run', { userId: ADMIN });
    expect(audited.some((r) => r.subject_id === id)).toBe(true);
  });

  it('executing rewrites the threads, scrubs the name, records the redaction and keeps agreements valid', async () => {
    const [pending] = await q<{ id: string }>(
      `select id from erasure_request where subject_person_id = $1 and status = 'open'`,
      [TIM],
    );
    const id = pending?.id ?? (await requestFor(TIM));
    expect(await executeErasure(as, id)).toMatchObject({ status: 'executed', scope: 'person' });

    const after = await texts();
    // About Tim alone: the words went, the entries stayed.
    for (const k of ['c-t-1', 'c-t-2', 'c-t-3', 'pr-t-1', 'goal-t-tim'])
      expect(after[k], k).toBe(ERASED_TEXT);
    // Tim's own words stay, without his name; the author is the erased person.
    expect(after['c-t-4']).toBe(`Ik, ${NAME_REMOVED}, kook op vrijdag`);
    expect(after['pr-t-2']).toBe('Samen koken');
    expect((await displayNames())['u-r-tim']).toBe('Verwijderde persoon');
    expect(after['c-t-6']).toBe(`Gesprek met ${NAME_REMOVED} en Greet`);
    expect(after['goal-t-shared']).toBe(`Greet en ${NAME_REMOVED} koken samen met meneer Timmerman`);
    expect(after['ev-t-1']).toBe(`${NAME_REMOVED} en Greet evalueren in mei`);
    // Greet's content and "Timmerman" stay as they were.
    expect(after['c-t-5']).toBe('Timmerman helpt met de fiets');
    expect(after['goal-t-greet']).toBe('Greet gaat fietsen');
    expect((await displayNames())['u-r-greet']).toBe('Greet Vroeg');

    const [v1, v2, v3] = await versions();
    expect(v1?.vision).toBe(`Samen met ${NAME_REMOVED} verder`);
    expect(v1?.goals[0]?.description).toBe(`${NAME_REMOVED} leert fietsen`);
    expect(v1?.goals[0]?.actions[0]?.owner.label).toBe(NAME_REMOVED);
    expect(v1?.goals[0]?.actions[0]?.description).toBe('Oefenen met Greet');
    expect(v1?.goals[0]?.id).toBe('goal-v-1');
    expect(v3).toEqual(UNNAMED);
    // The agreement to version 1 still counts for version 2: both were scrubbed alike.
    expect(agreementKey(v1 as PlanSnapshot)).toBe(agreementKey(v2 as PlanSnapshot));
    const redactions = await q<{
      version: number;
      original_key: string;
      redacted_key: string;
      reason: string;
    }>(
      `select version, original_key, redacted_key, reason from plan_version_redaction where plan_id = $1 order by version`,
      [PLAN],
    );
    expect(redactions).toEqual(
      [1, 2].map((version) => ({
        version,
        original_key: agreementKey(NAMED),
        redacted_key: agreementKey(v1 as PlanSnapshot),
        reason: 'person_erasure',
      })),
    );
    const stored = await q<{ v: string }>(
      `select to_jsonb(x)::text as v from plan_version_redaction x where plan_id = $1`,
      [PLAN],
    );
    expect(JSON.stringify(stored)).not.toMatch(/Tim/);

    // Whoever opens an earlier version is told it was redacted, with the key of what was agreed.
    // An old household has no coordinator any more: Sanne takes it up to look.
    await q(`update household set coordinator_id = 'u-sanne' where id = $1`, [HH]);
    const coordinatorClient = await as('u-sanne');
    const listed = await coordinatorClient.request({
      method: 'GET',
      url: `/api/households/${HH}/plan/versions`,
    });
    expect(listed.statusCode).toBe(200);
    const told = Object.fromEntries(
      (listed.json().versions as Array<{ version: number; redaction: unknown }>).map((v) => [
        v.version,
        v.redaction,
      ]),
    );
    const redaction = {
      reason: 'person_erasure',
      originalKey: agreementKey(NAMED),
      redactedAt: expect.any(String),
    };
    expect(told).toEqual({ 1: redaction, 2: redaction, 3: null });
    const one = await coordinatorClient.request({
      method: 'GET',
      url: `/api/households/${HH}/plan/versions/1`,
    });
    expect(one.json().redaction).toEqual(redaction);
    const three = await coordinatorClient.request({
      method: 'GET',
      url: `/api/households/${HH}/plan/versions/3`,
    });
    expect(three.json().redaction).toBeNull();

    const erased = await auditRows(app().database, 'retention.person_erased', { userId: ADMIN });
    expect(erased).toEqual([expect.objectContaining({ subject_id: TIM, outcome: 'success' })]);
    expect(JSON.stringify(erased)).not.toContain('Tim');
    expect(await verifyAuditChain(app().database)).toMatchObject({ ok: true });
  });
});
