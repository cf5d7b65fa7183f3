import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decryptText, encryptText } from '../src/crypto/data-encryption.ts';
import { NAME_REMOVED } from '../src/households/name-scrub.ts';
import {
  erasureDatabase,
  executeErasure,
  personDryRun,
  recordPersonErasure,
  VROEG,
} from './helpers/erasure-fixtures.ts';
import { loggedInAs } from './helpers/logged-in.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

/**
 * Erasure of one person and the free text of the other modules (decision 0027): each module
 * scrubs the name from its own texts — toekomstplan, network, kitchen-table conversation,
 * consents and break-glass, place reservations, rights cases, signals, crisis episodes — and
 * keeps them encrypted (signals plain, as stored); a signal about the erased person loses their
 * details; the safety records stay as written. In the retention demo: the Vroeg household with Bas renamed to
 * Tim (nobody else there is called Tim), and the Laat household whose parent Ria is renamed to
 * "Tim Zon", so erasing the child Tim Laat must keep the first name "Tim".
 */
let t: TestApp;
const as = loggedInAs(() => t);
const { q, clone } = erasureDatabase(() => t.database);

const LAAT = { household: 'hh-r-0002', parent: 'p-r-0002-a', child: 'p-r-0002-b' } as const;
const KINDS = {
  name_in_future_plans: ['future_plan', 'continuity_note_enc'],
  name_in_network: ['network_member', 'help_note_enc'],
  name_in_intake: ['intake_domain', 'worries_enc'],
  name_in_consents: ['consent', 'purpose_text_enc'],
  name_in_placements: ['placement_reservation', 'decline_reason'],
  name_in_rights: ['rights_case', 'decision_reason_enc'],
  name_in_referrals: ['referral', 'worry_text'],
  name_in_crisis: ['crisis_episode', 'decision_summary_enc'],
} as const;
/** A second text of the same kind (intake's preparation, a break-glass): counted with the first. */
const SECOND = {
  name_in_intake: ['intake_preparation', 'wishes_enc'],
  name_in_consents: ['break_glass', 'review_note_enc'],
  name_in_referrals: ['referral', 'family_contact'],
  name_in_crisis: ['crisis_episode', 'exit_plan_summary_enc'],
} as const;
/** Stored plain, as their modules store them. */
const PLAIN_TABLES = new Set(['placement_reservation', 'referral']);

/** One text naming people in every module of the household, about (or next to) `other`. */
async function giveModuleTexts(household: string, other: string, key: string, text: string) {
  const sealed = encryptText(text);
  const ofHousehold = { tenant_id: '0394', household_id: household };
  await clone('future_plan', `person_id = 'p-lisa'`, {
    ...ofHousehold,
    id: `fp-${key}`,
    person_id: other,
    continuity_note_enc: sealed,
  });
  await q(
    `insert into network_member (tenant_id, id, household_id, name, relation, help_note_enc)
     values ('0394', $1, $2, 'Oom Kees', 'uncle', $3)`,
    [`nm-${key}`, household, sealed],
  );
  await q(`insert into intake (tenant_id, id, household_id, updated_by) values ('0394', $1, $2, 'u-sanne')`, [
    `in-${key}`,
    household,
  ]);
  await q(
    `insert into intake_domain (tenant_id, intake_id, domain_code, worries_enc) values ('0394', $1, 'work_education', $2)`,
    [`in-${key}`, sealed],
  );
  await q(
    `insert into intake_preparation (tenant_id, household_id, wishes_enc, updated_by) values ('0394', $1, $2, 'u-sanne')`,
    [household, sealed],
  );
  await q(
    `insert into consent (tenant_id, id, household_id, subject_person_id, grantee_kind, grantee_ref, sections,
       purpose_category, purpose_text_enc, valid_from, valid_until, given_by, recorded_via, recorded_by, given_on)
     values ('0394', $1, $2, $3, 'organisation', 'org-jeugdhulp', '["plan"]', 'care', $4, '2003-01-01', '2004-01-01',
       $5::jsonb, 'paper', 'u-sanne', '2003-01-01')`,
    [`cons-${key}`, household, other, sealed, JSON.stringify([other])],
  );
  await q(
    `insert into break_glass (tenant_id, id, household_id, user_id, reason_enc, expires_at, review_note_enc)
     values ('0394', $1, $2, 'u-sanne', $3, '2003-01-02', $3)`,
    [`bg-${key}`, household, sealed],
  );
  await q(
    `insert into placement_reservation (tenant_id, id, place_id, household_id, person_id, plan_action_id, start_date,
       end_date, status, reserved_by, reserved_at, expires_at, decline_reason)
     values ('0394', $1, 'place-netwerk-nieuw-vennep', $2, $3, 'act-none', '2003-01-01', '2003-06-01', 'declined',
       'u-sanne', '2003-01-01', '2003-01-02', $4)`,
    [`res-${key}`, household, other, text],
  );
  await q(
    `insert into rights_case (tenant_id, id, household_id, kind, status, subject_enc, received_on, decision_reason_enc, created_by)
     values ('0394', $1, $2, 'complaint', 'decided', $3, '2003-01-01', $3, 'u-sanne')`,
    [`rc-${key}`, household, sealed],
  );
  // A triaged signal about the other member and a closed crisis episode (care records).
  await clone('referral', 'true', {
    ...ofHousehold,
    id: `ref-${key}`,
    worry_text: text,
    family_contact: text,
  });
  await clone('crisis_episode', 'true', {
    ...ofHousehold,
    id: `crisis-${key}`,
    person_id: other,
    decision_summary_enc: sealed,
    exit_plan_summary_enc: sealed,
  });
  // A closed meldcode track about the other member: no hold, and its entries stay as written.
  await q(
    `insert into meldcode_track (tenant_id, id, household_id, person_id, opened_by) values ('0394', $1, $2, $3, 'u-sanne')`,
    [`mt-${key}`, household, other],
  );
  for (const [seq, step] of [
    [1, 'signals'],
    [2, 'closure'],
  ] as const)
    await q(
      `insert into meldcode_entry (tenant_id, id, track_id, seq, step, content_enc, recorded_by)
       values ('0394', $1, $2, $3, $4, $5, 'u-sanne')`,
      [`me-${key}-${seq}`, `mt-${key}`, seq, step, encryptText(JSON.stringify({ note: text }))],
    );
}

/** Every module text of the household as stored: `[table, stored value]`. */
async function storedTexts(household: string) {
  const rows: Array<[string, string]> = [];
  for (const [table, column] of [...Object.values(KINDS), ...Object.values(SECOND)]) {
    const where =
      table === 'intake_domain'
        ? `intake_id in (select id from intake where household_id = $1)`
        : 'household_id = $1';
    const found = await q<{ v: string }>(`select ${column} as v from ${table} where ${where}`, [household]);
    for (const r of found) rows.push([table, r.v]);
  }
  return rows;
}
const readable = (table: string, stored: string) => (PLAIN_TABLES.has(table) ? stored : decryptText(stored));
const meldcodeNotes = async (household: string) =>
  (
    await q<{ c: string }>(
      `select content_enc as c from meldcode_entry e join meldcode_track t on t.id = e.track_id
       where t.household_id = $1 order by e.seq`,
      [household],
    )
  ).map((r) => JSON.parse(decryptText(r.c)).note as string);

const VROEG_TEXT = 'Tim Vroeg en tim gaan met meneer Timmerman naar Greet';
const LAAT_TEXT = 'Tim Laat belt Tim Zon en Timmerman';

beforeAll(async () => {
  t = await createTestApp();
  await q(`update person set first_name = 'Tim' where id = $1`, [VROEG.child]);
  await q(`update person set first_name = 'Tim', last_name = 'Zon' where id = $1`, [LAAT.parent]);
  await giveModuleTexts(VROEG.household, VROEG.parent, 'vroeg', VROEG_TEXT);
  await giveModuleTexts(LAAT.household, LAAT.parent, 'laat', LAAT_TEXT);
  // Vroeg's signal is about Tim (as typed by the reporter), Laat's about the parent Tim Zon;
  // Tim Vroeg called the crisis service.
  await q(
    `update referral r set subject_first_name = $2, subject_last_name = p.last_name,
       subject_birth_date = p.birth_date, subject_bsn = null from person p where r.id = $1 and p.id = $3`,
    ['ref-vroeg', ' tim', VROEG.child],
  );
  await q(
    `update referral r set subject_first_name = p.first_name, subject_last_name = p.last_name,
       subject_birth_date = p.birth_date, subject_bsn = p.bsn from person p where r.id = $1 and p.id = $2`,
    ['ref-laat', LAAT.parent],
  );
  await q(
    `update crisis_episode set reporter_name = 'Tim Vroeg (vader belde mee)' where id = 'crisis-vroeg'`,
  );
});

const signalSubject = async (id: string) =>
  (
    await q<{ first: string; last: string; born: string; bsn: string | null }>(
      `select subject_first_name as first, subject_last_name as last, subject_birth_date::text as born,
         subject_bsn as bsn from referral where id = $1`,
      [id],
    )
  )[0];
afterAll(() => t?.close());

describe('erasure of one person scrubs their name in every module’s free text', () => {
  it('the dry run counts the name in each module’s texts and changes nothing', async () => {
    const id = await recordPersonErasure(as, VROEG.household, VROEG.parent, VROEG.child);
    const before = await storedTexts(VROEG.household);
    const dry = await personDryRun(as, id);
    expect(dry.legalHolds).toEqual([]);
    const counts = Object.fromEntries(dry.personGoes.map((p) => [p.part, p.count]));
    expect(counts).toMatchObject({
      name_in_future_plans: 1,
      name_in_network: 1,
      name_in_intake: 2,
      name_in_consents: 2,
      name_in_placements: 1,
      name_in_rights: 1,
      referrals_about_them: 1,
      name_in_referrals: 1,
      name_in_crisis: 1,
    });
    expect(dry.personStays).toEqual(expect.arrayContaining(['safety_records', 'sent_letters']));
    expect(await storedTexts(VROEG.household)).toEqual(before);
  });

  it('executing replaces the name in each module, keeps "Timmerman" and keeps the texts encrypted', async () => {
    const [open] = await q<{ id: string }>(
      `select id from erasure_request where subject_person_id = $1 and status = 'open'`,
      [VROEG.child],
    );
    const id = open?.id ?? (await recordPersonErasure(as, VROEG.household, VROEG.parent, VROEG.child));
    expect(await executeErasure(as, id)).toMatchObject({ status: 'executed', scope: 'person' });
    const stored = await storedTexts(VROEG.household);
    expect(stored.map(([table]) => table).sort()).toEqual(
      [...Object.values(KINDS), ...Object.values(SECOND)].map(([table]) => table).sort(),
    );
    for (const [table, value] of stored) {
      expect(readable(table, value), table).toBe(
        `${NAME_REMOVED} en ${NAME_REMOVED} gaan met meneer Timmerman naar Greet`,
      );
      if (!PLAIN_TABLES.has(table)) expect(value, table).toMatch(/^v1:/);
    }
    // Safety records stay as written (decision 0027), like the network member's own name.
    expect(await meldcodeNotes(VROEG.household)).toEqual([VROEG_TEXT, VROEG_TEXT]);
    const [nm] = await q<{ name: string }>(`select name from network_member where id = 'nm-vroeg'`);
    expect(nm?.name).toBe('Oom Kees');
    // The signal about Tim loses his details like his own row; the crisis caller's name goes.
    const signal = await signalSubject('ref-vroeg');
    expect(signal).toMatchObject({ first: 'Verwijderde', last: 'persoon', bsn: null });
    expect(signal?.born).toMatch(/^\d{4}-01-01$/);
    const [caller] = await q<{ name: string }>(
      `select reporter_name as name from crisis_episode where id = 'crisis-vroeg'`,
    );
    expect(caller?.name).toBe(`${NAME_REMOVED} (vader belde mee)`);
  });

  it('keeps the first name when another member has it: only the full name goes', async () => {
    const id = await recordPersonErasure(as, LAAT.household, LAAT.parent, LAAT.child);
    const counts = Object.fromEntries((await personDryRun(as, id)).personGoes.map((p) => [p.part, p.count]));
    for (const kind of Object.keys(KINDS)) expect(counts[kind], kind).toBeGreaterThan(0);
    await executeErasure(as, id);
    const stored = await storedTexts(LAAT.household);
    expect(stored).toHaveLength(12);
    for (const [table, value] of stored)
      expect(readable(table, value), table).toBe(`${NAME_REMOVED} belt Tim Zon en Timmerman`);
    // The signal is about the parent Tim Zon, not the erased child: it keeps their details.
    const [parent] = await q<{ born: string; bsn: string | null }>(
      `select birth_date::text as born, bsn from person where id = $1`,
      [LAAT.parent],
    );
    expect(await signalSubject('ref-laat')).toEqual({ first: 'Tim', last: 'Zon', ...parent });
  });
});
