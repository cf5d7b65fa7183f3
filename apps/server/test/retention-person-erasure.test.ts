import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/audit/verify.ts';
import { testBsn } from '../src/demo/test-bsn.ts';
import { open, seal } from '../src/plans/crypto.ts';
import { ERASED_TEXT } from '../src/plans/person-erasure.ts';
import { auditRows } from './helpers/audit-rows.ts';
import { RETENTION_ADMIN, RETENTION_ROUTES, VROEG, vroegErasureFile } from './helpers/erasure-fixtures.ts';

/**
 * Erasure of ONE person (AVG art. 17, decision 0022) in the Vroeg household of the retention demo:
 * Greet (parent, p-r-0001-a) and Bas (child, p-r-0001-b). Each `it` records its own requests.
 */
const ADMIN = RETENTION_ADMIN;
const R = RETENTION_ROUTES;
const { household: HH, parent: GREET, child: BAS, plan: PLAN } = VROEG;

const { app, as, ask, q, clone } = vroegErasureFile(() => giveVroegPersonalRows());

async function giveVroegPersonalRows() {
  const aboutHousehold = { tenant_id: '0394', household_id: HH };
  await clone('self_reliance_score', `person_id = 'p-tom'`, {
    ...aboutHousehold,
    id: 'srs-bas',
    person_id: BAS,
  });
  await clone('self_reliance_score', `person_id = 'p-anouk'`, {
    ...aboutHousehold,
    id: 'srs-greet',
    person_id: GREET,
  });
  const goal = (id: string, concerns: string[]) =>
    clone('plan_goal', `id = 'goal-jansen-school'`, {
      id,
      plan_id: PLAN,
      description: seal(`Doel ${id}`),
      concerns_person_ids: concerns,
    });
  await goal('goal-r-bas', [BAS]);
  await goal('goal-r-shared', [GREET, BAS]);
  await goal('goal-r-greet', [GREET]);
  await clone('plan_action', `owner_ref = 'p-lisa'`, {
    id: 'act-r-bas',
    plan_id: PLAN,
    goal_id: 'goal-r-greet',
    owner_kind: 'household_member',
    owner_ref: BAS,
    owner_label: 'Bas Vroeg',
  });
  await clone('plan_safety_score', `participant_ref = 'p-anouk'`, {
    id: 'pss-r-bas',
    plan_id: PLAN,
    participant_ref: BAS,
    participant_label: 'Bas Vroeg',
  });
  await clone('plan_safety_score', `participant_ref = 'p-anouk'`, {
    id: 'pss-r-greet',
    plan_id: PLAN,
    participant_ref: GREET,
    participant_label: 'Greet Vroeg',
  });
  await clone('future_plan', `person_id = 'p-lisa'`, { ...aboutHousehold, id: 'fp-r-bas', person_id: BAS });
  const consent = (id: string, subject: string) =>
    q(
      `insert into consent (tenant_id, id, household_id, subject_person_id, grantee_kind, grantee_ref, sections,
         purpose_category, valid_from, valid_until, given_by, recorded_via, recorded_by, given_on)
       values ('0394', $1, $2, $3, 'organisation', 'org-jeugdhulp', '["plan"]', 'care', '2003-01-01', '2004-01-01',
         $4::jsonb, 'paper', 'u-sanne', '2003-01-01')`,
      [id, HH, subject, JSON.stringify([GREET])],
    );
  await consent('cons-r-bas', BAS);
  await consent('cons-r-greet', GREET);
}

/** The open request about a person, recorded first when there is none: each `it` runs on its own. */
async function openRequestFor(subject: string): Promise<string> {
  const [open] = await q<{ id: string }>(
    `select id from erasure_request where subject_person_id = $1 and status = 'open'`,
    [subject],
  );
  if (open) return open.id;
  const created = await ask(GREET, subject);
  expect(created.statusCode).toBe(201);
  return created.json().id;
}

const personRow = async (id: string) =>
  (
    await q<{ first_name: string; last_name: string; bsn: string | null; birth_date: string }>(
      `select first_name, last_name, bsn, to_char(birth_date, 'YYYY-MM-DD') as birth_date from person where id = $1`,
      [id],
    )
  )[0];
/** A goal's description as people read it (goal texts are encrypted at rest). */
const goalText = async (id: string) => {
  const [row] = await q<{ description: string }>(`select description from plan_goal where id = $1`, [id]);
  return row ? open(row.description) : undefined;
};
const count = async (sql: string, params: unknown[]) =>
  (await q<{ n: number }>(`select count(*)::int as n from ${sql}`, params))[0]?.n ?? 0;

describe('erasure of one person (AVG art. 17)', () => {
  it('a youth may ask only for themself, a parent for themself or a child', async () => {
    const youthForParent = await ask(BAS, GREET, 'youth');
    expect(youthForParent.statusCode).toBe(400);
    expect(youthForParent.json().code).toBe('erasure_subject_invalid');
    const stranger = await ask(GREET, 'p-tom');
    expect(stranger.statusCode).toBe(400);
    const denied = await auditRows(app().database, 'retention.erasure_requested', { userId: ADMIN });
    expect(
      denied.filter((r) => r.outcome === 'denied' && r.details?.reason === 'subject_invalid'),
    ).toHaveLength(2);
  });

  it('shows the family name and the person in the lists, each name read audited with its purpose', async () => {
    const id = await openRequestFor(BAS);
    const admin = await as(ADMIN);
    const list = await admin.request({ method: 'GET', url: `${R}/erasure-requests` });
    expect(list.json().requests).toContainEqual(
      expect.objectContaining({
        id,
        scope: 'person',
        subjectPersonId: BAS,
        householdName: 'Familie Vroeg',
        subjectFirstName: 'Bas',
      }),
    );
    const due = await admin.request({ method: 'GET', url: `${R}/due` });
    expect(due.json().dossiers).toContainEqual(
      expect.objectContaining({ householdId: HH, householdName: 'Familie Vroeg' }),
    );
    // A list's one event names its subjects in subject_ids (decision 0028): read once per subject.
    const reads = await q<{ action: string; subject_id: string; data_category: string; purpose: string }>(
      `select action, coalesce(listed.id, subject_id) as subject_id, data_category, purpose
         from audit_log left join lateral unnest(subject_ids) as listed(id) on true
        where actor_user_id = $1 and data_category in ('household.summary', 'person.first_name')
        order by audit_log.id`,
      [ADMIN],
    );
    expect(reads).toEqual(
      expect.arrayContaining([
        {
          action: 'household.list',
          subject_id: HH,
          data_category: 'household.summary',
          purpose: 'erasure_request',
        },
        {
          action: 'household.members',
          subject_id: BAS,
          data_category: 'person.first_name',
          purpose: 'erasure_request',
        },
        {
          action: 'household.list',
          subject_id: HH,
          data_category: 'household.summary',
          purpose: 'retention',
        },
      ]),
    );
  });

  it('refuses a second open request for the same person or the whole dossier with 409; another person may ask', async () => {
    await openRequestFor(BAS);
    await q(
      `update erasure_request set status = 'refused' where subject_person_id = $1 and status = 'open'`,
      [GREET],
    );
    const again = await ask(GREET, BAS);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('erasure_already_open');
    expect(again.json().detail ?? again.json().title).toBeTruthy();
    const whole = await ask(GREET, undefined);
    expect(whole.statusCode).toBe(409);
    const greet = await ask(GREET, GREET);
    expect(greet.statusCode).toBe(201);
    expect((await ask(GREET, GREET)).statusCode).toBe(409);
  });

  it('the dry run says what of the person goes and what stays, and changes nothing', async () => {
    const id = await openRequestFor(BAS);
    const admin = await as(ADMIN);
    const dry = await admin.request({ method: 'POST', url: `${R}/erasure-requests/${id}/dry-run` });
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ scope: 'person', legalHolds: [], whatGoes: [] });
    expect(dry.json().personGoes).toEqual([
      { part: 'person_details', count: 1 },
      { part: 'self_reliance_scores', count: 1 },
      { part: 'goals_about_them', count: 1 },
      { part: 'goals_shared', count: 1 },
      { part: 'actions_they_own', count: 1 },
      { part: 'consents', count: 1 },
      { part: 'future_plan', count: 1 },
      { part: 'safety_scores', count: 1 },
    ]);
    expect(dry.json().personStays).toEqual(expect.arrayContaining(['other_members', 'household_plan']));
    expect((await personRow(BAS))?.bsn).toBe(testBsn(901));
    expect(await count('self_reliance_score where person_id = $1', [BAS])).toBe(1);
  });

  it('legal holds apply per person: a measure about Greet keeps her, not Bas, whose data goes and the others’ stays', async () => {
    await q(
      `insert into protection_measure (tenant_id, id, household_id, person_id, kind, organisation_id, caseworker_id,
         start_date, end_date, court_reference)
       values ('0394', 'pm-r-greet', $1, $2, 'ots', 'org-sociaal-team', 'u-sanne', '2026-01-01', '2099-01-01', 'C/16/9')`,
      [HH, GREET],
    );
    const ids: Record<string, string> = {
      [GREET]: await openRequestFor(GREET),
      [BAS]: await openRequestFor(BAS),
    };
    const of = (p: string) => ids[p] as string;
    const admin = await as(ADMIN);
    const decide = (id: string) =>
      admin.request({
        method: 'POST',
        url: `${R}/erasure-requests/${id}/decision`,
        payload: { decision: 'execute', confirmed: true },
      });
    const greet = await decide(of(GREET));
    expect(greet.json()).toMatchObject({ status: 'refused', refusalGrounds: ['child_protection_measure'] });
    const bas = await decide(of(BAS));
    expect(bas.statusCode).toBe(200);
    expect(bas.json()).toMatchObject({ status: 'executed', scope: 'person', householdId: HH });

    // Bas: nothing that names him is left but his opaque id.
    expect(await personRow(BAS)).toEqual({
      first_name: 'Verwijderde',
      last_name: 'persoon',
      bsn: null,
      birth_date: '1990-01-01',
    });
    for (const sql of [
      'self_reliance_score where person_id = $1',
      'consent where subject_person_id = $1',
      'future_plan where person_id = $1',
      `plan_safety_score where participant_ref = $1`,
      `plan_goal where concerns_person_ids @> jsonb_build_array($1::text)`,
    ])
      expect(await count(sql, [BAS]), sql).toBe(0);
    expect(await goalText('goal-r-bas')).toBe(ERASED_TEXT);
    expect(await count(`plan_action where id = 'act-r-bas' and owner_label = $1`, [ERASED_TEXT])).toBe(1);
    for (const needle of [testBsn(901), 'Bas Vroeg']) {
      const [row] = await q<{ n: number }>(
        `select count(*)::int as n from (select to_jsonb(x)::text as v from person x union all
           select to_jsonb(x)::text from plan_action x union all select to_jsonb(x)::text from plan_safety_score x) s
          where v like '%' || $1 || '%'`,
        [needle],
      );
      expect(row?.n, needle).toBe(0);
    }

    // Greet and the household: untouched.
    expect(await personRow(GREET)).toMatchObject({ first_name: 'Greet', bsn: testBsn(900) });
    expect(await count('self_reliance_score where person_id = $1', [GREET])).toBe(1);
    expect(await count('consent where subject_person_id = $1', [GREET])).toBe(1);
    expect(await count(`plan_safety_score where participant_ref = $1`, [GREET])).toBe(1);
    expect(await goalText('goal-r-greet')).toBe('Doel goal-r-greet');
    const [shared] = await q<{ concerns_person_ids: string[]; description: string }>(
      `select concerns_person_ids, description from plan_goal where id = 'goal-r-shared'`,
    );
    expect(shared?.concerns_person_ids).toEqual([GREET]);
    expect(await goalText('goal-r-shared')).toBe('Doel goal-r-shared');
    expect(await count('household where id = $1', [HH])).toBe(1);
    expect(await count('plan where id = $1', [PLAN])).toBe(1);

    const erased = await auditRows(app().database, 'retention.person_erased', { userId: ADMIN });
    expect(erased).toEqual([
      expect.objectContaining({ subject_type: 'person', subject_id: BAS, outcome: 'success' }),
    ]);
    expect(JSON.stringify(erased)).not.toContain('Bas');
    expect(await verifyAuditChain(app().database)).toMatchObject({ ok: true });
    // Decided: a new request for Bas may be recorded again (none is open).
    const listAfter = (await admin.request({ method: 'GET', url: `${R}/erasure-requests` })).json().requests;
    expect(listAfter.find((r: { id: string }) => r.id === of(BAS)).subjectFirstName).toBeNull();
  });
});
