import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/audit/verify.ts';
import { DEMO_TENANT } from '../src/demo/demo-data.ts';
import { testBsn } from '../src/demo/test-bsn.ts';
import { unclaimedTables } from '../src/retention/dossier-parts.ts';
import { keepUntilOf } from '../src/retention/due.ts';
import { erasureDecideBy } from '../src/retention/erasure.ts';
import { runRetentionDue } from '../src/retention/jobs.ts';
import { auditRows } from './helpers/audit-rows.ts';
import {
  askErasure,
  decideErasure,
  RETENTION_ADMIN,
  RETENTION_ROUTES,
  VROEG,
} from './helpers/erasure-fixtures.ts';
import { appOfFile } from './helpers/file-app.ts';
import { giveModuleDossierRows } from './helpers/module-dossier-rows.ts';

const { app, as } = appOfFile();
const ADMIN = RETENTION_ADMIN;
const R = RETENTION_ROUTES;
const DUE_HH = VROEG.household;
const KEPT_HH = 'hh-r-0002';

/** Every row of every table but the audit log, as text: where a destroyed household's data could hide. */
async function tablesMentioning(needle: string) {
  const tables = await app().database.ownerQuery<{ table_name: string }>(
    `select table_name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'audit_log'`,
  );
  const found: string[] = [];
  for (const { table_name } of tables) {
    const [row] = await app().database.ownerQuery<{ n: number }>(
      `select count(*)::int as n from "${table_name}" x where x::text like '%' || $1 || '%'`,
      [needle],
    );
    if (row && row.n > 0) found.push(table_name);
  }
  return found;
}

async function rowCounts() {
  const tables = await app().database.ownerQuery<{ table_name: string }>(
    `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'
       and table_name <> 'audit_log' order by table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [row] = await app().database.ownerQuery<{ n: number }>(
      `select count(*)::int as n from "${table_name}"`,
    );
    counts[table_name] = row?.n ?? 0;
  }
  return counts;
}

describe('retention terms', () => {
  it('the longest term of any part decides, and nothing while a part is still running', () => {
    const years = { youth_care_dossier: 20, wmo_support_plan: 15 };
    const kept = keepUntilOf(
      [
        { recordType: 'wmo_support_plan', endedOn: '2008-09-30' },
        { recordType: 'youth_care_dossier', endedOn: '2006-01-31' },
      ],
      years,
    );
    expect(kept?.keepUntil).toBe('2026-01-31');
    expect(keepUntilOf([{ recordType: 'wmo_support_plan', endedOn: '2008-09-30' }], years)?.keepUntil).toBe(
      '2023-09-30',
    );
    expect(
      keepUntilOf(
        [
          { recordType: 'wmo_support_plan', endedOn: '2000-01-01' },
          { recordType: 'youth_care_dossier', endedOn: null },
        ],
        years,
      ),
    ).toBeNull();
  });

  it('defaults to 20 years (Jeugdwet) and 15 (Wmo); the tenant may change them; audited', async () => {
    const admin = await as(ADMIN);
    const res = await admin.request({ url: `${R}/terms` });
    expect(res.statusCode).toBe(200);
    expect(res.json().terms).toEqual([
      { recordType: 'youth_care_dossier', years: 20, isDefault: true },
      { recordType: 'wmo_support_plan', years: 15, isDefault: true },
    ]);
    // A longer youth-care term keeps the Vroeg dossier (care ended 2004): the longest wins.
    const put = await admin.request({
      method: 'PUT',
      url: `${R}/terms`,
      payload: { terms: [{ recordType: 'youth_care_dossier', years: 25 }] },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json().terms[0]).toEqual({ recordType: 'youth_care_dossier', years: 25, isDefault: false });
    const due = await admin.request({ url: `${R}/due` });
    expect(due.json().dossiers.map((d: { householdId: string }) => d.householdId)).not.toContain(DUE_HH);
    await admin.request({
      method: 'PUT',
      url: `${R}/terms`,
      payload: { terms: [{ recordType: 'youth_care_dossier', years: 20 }] },
    });
    expect((await auditRows(app().database, 'retention.term_saved', { userId: ADMIN })).length).toBe(2);
  });

  it('lists the due dossiers: help ended > 20 years ago; a Wmo plan past 15 years is kept by its youth care', async () => {
    const admin = await as(ADMIN);
    const res = await admin.request({ url: `${R}/due` });
    expect(res.statusCode).toBe(200);
    const ids = res.json().dossiers.map((d: { householdId: string }) => d.householdId);
    expect(ids).toContain(DUE_HH);
    expect(ids).not.toContain(KEPT_HH);
    expect(ids).not.toContain('hh-jansen');
    const vroeg = res.json().dossiers.find((d: { householdId: string }) => d.householdId === DUE_HH);
    expect(vroeg.keepUntil).toBe('2024-03-31');
    expect(vroeg.legalHolds).toEqual([]);
  });

  it('the nightly job lists what is due (audited) and destroys nothing', async () => {
    const log = { info: () => undefined, error: () => undefined } as never;
    const result = await runRetentionDue(app().database.db, [DEMO_TENANT.tenantId], log);
    expect(result[DEMO_TENANT.tenantId]).toBeGreaterThanOrEqual(1);
    const rows = await auditRows(app().database, 'retention.due_listed');
    expect(rows.some((r) => r.actor_user_id === null && Number(r.details?.due) >= 1)).toBe(true);
    expect(await tablesMentioning(DUE_HH)).toContain('household');
  });
});

describe('authorization', () => {
  it('only the administrator; refusals are audited', async () => {
    for (const user of ['u-sanne', 'u-anouk']) {
      const c = await as(user);
      for (const [method, url] of [
        ['GET', `${R}/due`],
        ['POST', `${R}/dry-run`],
        ['GET', `${R}/erasure-requests`],
      ] as const) {
        const res = await c.request({ method, url });
        expect([401, 403]).toContain(res.statusCode);
      }
      const destroy = await c.request({
        method: 'POST',
        url: `${R}/destructions`,
        payload: { householdIds: [DUE_HH], confirmed: true },
      });
      expect(destroy.statusCode).toBe(403);
    }
    const [row] = await app().database.ownerQuery<{ n: number }>(
      `select count(*)::int as n from audit_log where outcome = 'denied' and actor_user_id = 'u-sanne'`,
    );
    expect(row?.n).toBeGreaterThan(0);
  });
});

describe('dry run and destruction', () => {
  it('a dry run shows what would go and changes nothing', async () => {
    const admin = await as(ADMIN);
    const before = await rowCounts();
    const res = await admin.request({ method: 'POST', url: `${R}/dry-run` });
    expect(res.statusCode).toBe(200);
    const vroeg = res.json().dossiers.find((d: { householdId: string }) => d.householdId === DUE_HH);
    expect(vroeg.counts).toMatchObject({
      household: 1,
      person: 2,
      household_member: 2,
      plan: 1,
      assignment: 1,
    });
    // In the administrator's words: parts of the dossier, the family plan counted in versions.
    expect(vroeg.whatGoes).toEqual(
      expect.arrayContaining([
        { part: 'household', count: 2, records: expect.any(Number) },
        { part: 'family_plan', count: vroeg.counts.plan_version ?? 0, records: expect.any(Number) },
        { part: 'assignments', count: 1, records: expect.any(Number) },
      ]),
    );
    expect(vroeg.whatGoes.map((p: { part: string }) => p.part)).not.toContain('other');
    expect(await rowCounts()).toEqual(before);
    expect((await auditRows(app().database, 'retention.dry_run', { userId: ADMIN })).length).toBe(1);
  });

  it('refuses without explicit confirmation, and a dossier that is not due', async () => {
    const admin = await as(ADMIN);
    const unconfirmed = await admin.request({
      method: 'POST',
      url: `${R}/destructions`,
      payload: { householdIds: [DUE_HH] },
    });
    expect(unconfirmed.statusCode).toBe(400);
    expect(unconfirmed.json().code).toBe('retention_confirmation_required');
    const notDue = await admin.request({
      method: 'POST',
      url: `${R}/destructions`,
      payload: { householdIds: [DUE_HH, KEPT_HH], confirmed: true },
    });
    expect(notDue.statusCode).toBe(409);
    // All or nothing: the due one is still there too.
    expect(await tablesMentioning(DUE_HH)).toContain('household');
    const denied = await auditRows(app().database, 'retention.destroy', { userId: ADMIN });
    expect(denied.map((r) => r.details?.reason)).toEqual(['not_confirmed', 'not_due_or_held']);
  });

  it('destroys the dossier as a whole: no personal data anywhere, a trace, and an intact audit chain', async () => {
    const admin = await as(ADMIN);
    const people = ['p-r-0001-a', 'p-r-0001-b'];
    const bsns = [testBsn(900), testBsn(901)];
    // Rows in every module that holds household data, closed long ago: they go with the dossier.
    const { placeId } = await giveModuleDossierRows(app().database, DUE_HH, ['p-r-0001-a', 'p-r-0001-b'], {
      open: false,
    });
    const res = await admin.request({
      method: 'POST',
      url: `${R}/destructions`,
      payload: { householdIds: [DUE_HH], confirmed: true },
    });
    expect(res.statusCode).toBe(200);
    const [trace] = res.json().destroyed;
    expect(trace).toMatchObject({ ground: 'retention_term', helpEndedYear: 2004, destroyedBy: ADMIN });
    expect(trace.counts).toMatchObject({
      crisis_episode: 1,
      protection_measure: 1,
      protection_measure_extension: 1,
      meldcode_track: 1,
      meldcode_entry: 3,
      veilig_thuis_report: 1,
      veilig_thuis_triage: 1,
      raad_request: 1,
      raad_answer: 1,
      future_plan: 1,
      future_plan_topic: 1,
      rights_case: 2,
      placement_reservation: 1,
    });
    // Every table a destroyer counts belongs to a part the dry run can name.
    expect(unclaimedTables(trace.counts)).toEqual([]);
    // The place is the provider's: it stays, and the held reservation gives its place back.
    const [place] = await app().database.ownerQuery<{ places_reserved: number }>(
      'select places_reserved from placement_place where id = $1',
      [placeId],
    );
    expect(place?.places_reserved).toBe(0);
    for (const needle of [DUE_HH, ...people, ...bsns, 'Vroeg', 'Oude Gracht']) {
      expect(await tablesMentioning(needle), needle).toEqual([]);
    }
    // The audit log keeps identifiers only: no BSN or name of the household in any row.
    for (const needle of [...bsns, 'Vroeg', 'Greet']) {
      const [row] = await app().database.ownerQuery<{ n: number }>(
        `select count(*)::int as n from audit_log x where x::text like '%' || $1 || '%'`,
        [needle],
      );
      expect(row?.n, needle).toBe(0);
    }
    const audit = await auditRows(app().database, 'retention.dossier_destroyed', { subjectId: DUE_HH });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.details?.traceId).toBe(trace.id);
    expect(await verifyAuditChain(app().database)).toMatchObject({ ok: true });
    const traces = await admin.request({ url: `${R}/traces` });
    expect(traces.json().traces.map((x: { id: string }) => x.id)).toContain(trace.id);
    const due = await admin.request({ url: `${R}/due` });
    expect(due.json().dossiers.map((d: { householdId: string }) => d.householdId)).not.toContain(DUE_HH);
  });
});

describe('erasure on request (Jeugdwet 7.3.9)', () => {
  it('is decided within three months, running on past a holiday (King’s Day 2026)', () => {
    expect(erasureDecideBy('2026-01-27')).toBe('2026-04-28');
    expect(erasureDecideBy('2026-02-10')).toBe('2026-05-11'); // 10 May 2026 is a Sunday
  });

  it('the form finds the household by name or postcode, closed ones too, with every member (audited)', async () => {
    const admin = await as(ADMIN);
    const byName = await admin.request({
      method: 'POST',
      url: `${R}/erasure-requests/household-search`,
      payload: { kind: 'name', name: 'laat' },
    });
    expect(byName.statusCode).toBe(200);
    const laat = byName.json().items.find((h: { householdId: string }) => h.householdId === KEPT_HH);
    expect(laat).toMatchObject({ name: 'Familie Laat', postcode: '3511 AA' });
    expect(laat.members.map((m: { personId: string }) => m.personId).sort()).toEqual([
      'p-r-0002-a',
      'p-r-0002-b',
    ]);
    expect(laat.members.find((m: { personId: string }) => m.personId === 'p-r-0002-a').isParent).toBe(true);
    const byPostcode = await admin.request({
      method: 'POST',
      url: `${R}/erasure-requests/household-search`,
      payload: { kind: 'postcode', postcode: '3511aa' },
    });
    expect(byPostcode.json().items.map((h: { householdId: string }) => h.householdId)).toContain(KEPT_HH);
    const bad = await admin.request({
      method: 'POST',
      url: `${R}/erasure-requests/household-search`,
      payload: { kind: 'postcode', postcode: 'abc' },
    });
    expect(bad.statusCode).toBe(400);
    const audit = await app().database.ownerQuery<{ subject_ids: string[] | null; purpose: string }>(
      `select subject_ids, purpose, details from audit_log where action = 'household.search' and actor_user_id = $1`,
      [ADMIN],
    );
    expect(audit.some((r) => r.subject_ids?.includes(KEPT_HH) && r.purpose === 'erasure_request')).toBe(true);
    // The criterion's kind is written, never the name searched for.
    expect(JSON.stringify(audit)).not.toContain('laat');
    const coordinator = await as('u-sanne');
    const refused = await coordinator.request({
      method: 'POST',
      url: `${R}/erasure-requests/household-search`,
      payload: { kind: 'name', name: 'laat' },
    });
    expect(refused.statusCode).toBe(403);
  });

  it('only a parent or the youth from 12 may ask', async () => {
    const young = await askErasure(as, 'hh-ozturk', 'p-deniz', undefined, 'youth');
    expect(young.statusCode).toBe(400);
    expect(young.json().code).toBe('erasure_requester_invalid');
    const stranger = await askErasure(as, 'hh-ozturk', 'p-anouk');
    expect(stranger.statusCode).toBe(400);
  });

  it('is refused on legal grounds while care is still assigned', async () => {
    const created = await askErasure(as, 'hh-jansen', 'p-anouk');
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ status: 'open', decideBy: '2027-02-02' });
    const decided = await decideErasure(as, created.json().id);
    expect(decided.statusCode).toBe(200);
    expect(decided.json().status).toBe('refused');
    expect(decided.json().refusalGrounds).toContain('open_assignment');
    expect(await tablesMentioning('p-anouk')).toContain('person');
    const again = await decideErasure(as, created.json().id);
    expect(again.statusCode).toBe(409);
    expect((await auditRows(app().database, 'retention.erasure_refused', { userId: ADMIN })).length).toBe(1);
  });

  it('is refused while a child-protection measure is in force or a meldcode track / Veilig Thuis case is open', async () => {
    await giveModuleDossierRows(app().database, KEPT_HH, ['p-r-0002-a', 'p-r-0002-b'], { open: true });
    const created = await askErasure(as, KEPT_HH, 'p-r-0002-a');
    expect(created.statusCode).toBe(201);
    const decided = await decideErasure(as, created.json().id);
    expect(decided.statusCode).toBe(200);
    expect(decided.json().status).toBe('refused');
    expect(decided.json().refusalGrounds).toEqual(
      expect.arrayContaining(['child_protection_measure', 'meldcode_track_open', 'veilig_thuis_case']),
    );
    expect(await tablesMentioning(KEPT_HH)).toContain('meldcode_track');
    // The measure ends, the track closes and Veilig Thuis triages: nothing holds the dossier any more.
    const k = `${KEPT_HH}-open`;
    await app().database.ownerQuery(`update protection_measure set ended_on = '2026-11-01' where id = $1`, [
      `pm-${k}`,
    ]);
    await app().database.ownerQuery(
      `insert into meldcode_entry (tenant_id, id, track_id, seq, step, content_enc, recorded_by)
       values ('0394', $1, $2, 9, 'closure', 'x', 'u-sanne')`,
      [`me-${k}-9`, `mt-${k}`],
    );
    await app().database.ownerQuery(
      `insert into veilig_thuis_triage (tenant_id, report_id, outcome, note_enc, triaged_by)
       values ('0394', $1, 'hand_over_social_team', 'x', 'u-sanne')`,
      [`vr-${k}`],
    );
  });

  it('is executed through the same destruction path, after confirmation', async () => {
    const created = await askErasure(as, KEPT_HH, 'p-r-0002-b', undefined, 'youth');
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const unconfirmed = await decideErasure(as, id, { decision: 'execute' });
    expect(unconfirmed.statusCode).toBe(400);
    const noGrounds = await decideErasure(as, id, { decision: 'refuse' });
    expect(noGrounds.json().code).toBe('erasure_grounds_required');
    const done = await decideErasure(as, id);
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ status: 'executed', householdId: null });
    expect(done.json().traceId).toBeTruthy();
    for (const needle of [KEPT_HH, 'p-r-0002-a', 'p-r-0002-b', testBsn(902), testBsn(903)]) {
      expect(await tablesMentioning(needle), needle).toEqual([]);
    }
    expect(await verifyAuditChain(app().database)).toMatchObject({ ok: true });
  });
});
