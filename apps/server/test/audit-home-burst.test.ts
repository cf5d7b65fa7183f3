/**
 * The caseload page's audit event (one per page, naming every household shown; decision 0028) goes
 * in with the other requests' events as one jsonb-array INSERT per group-committed batch (decision
 * 0020): a burst of concurrent homes still leaves one intact chain, every column holds what the event
 * said, and nothing is lost or written twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditComing, recordAudit, recordAuditMany } from '../src/audit/record.ts';
import { sealAllAuditRows } from '../src/audit/seal.ts';
import { verifyAuditChain } from '../src/audit/verify.ts';
import { loggedInAs } from './helpers/logged-in.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
const as = loggedInAs(() => t);
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

interface Row {
  seq: string;
  subject_id: string | null;
  subject_ids: string[] | null;
  request_id: string | null;
  actor_user_id: string | null;
  actor_role: string | null;
  data_category: string | null;
  purpose: string | null;
  outcome: string;
  details: unknown;
  details_is_sql_null: boolean;
  occurred_at: Date | string;
}

const rowsOf = (action: string) =>
  t.database.ownerQuery<Row>(
    `select seq::text, subject_id, subject_ids, request_id, actor_user_id, actor_role, data_category, purpose, outcome,
            details, details is null as details_is_sql_null, occurred_at
       from audit_log where tenant_id = '0394' and action = $1 order by id`,
    [action],
  );

describe('audit rows of the caseload home under a burst', () => {
  it('writes one row per request naming every household, all chained, none lost', async () => {
    const sanne = await as('u-sanne');
    const one = await sanne.request({ url: '/api/home' });
    expect(one.statusCode).toBe(200);
    const perPage = one.json().caseload.total as number;
    expect(perPage).toBeGreaterThan(0);
    const before = (await rowsOf('household.list')).length;

    const burst = await Promise.all(Array.from({ length: 20 }, () => sanne.request({ url: '/api/home' })));
    expect(burst.map((r) => r.statusCode)).toEqual(Array(20).fill(200));

    const rows = (await rowsOf('household.list')).slice(before);
    expect(rows).toHaveLength(20);
    expect(new Set(rows.map((r) => r.request_id)).size).toBe(20);
    // Every household of the caseload once per request, in the page's order: none lost, none twice.
    const households = (one.json().caseload.items as Array<{ householdId: string }>).map(
      (h) => h.householdId,
    );
    expect(households).toHaveLength(perPage);
    for (const r of rows) expect(r.subject_ids).toEqual(households);
    expect(rows[0]).toMatchObject({
      subject_id: null,
      actor_user_id: 'u-sanne',
      actor_role: 'coordinator',
      data_category: 'household.summary',
      purpose: 'caseload',
      outcome: 'success',
      details: null,
      details_is_sql_null: true,
    });
    // Once sealed (decision 0047), each row has a place of its own: no duplicates.
    await sealAllAuditRows(t.database.db);
    const seqs = (await rowsOf('household.list')).slice(before).map((r) => Number(r.seq));
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(await verifyAuditChain(t.database)).toMatchObject({ ok: true });
  });

  it('keeps details, timestamps and empty fields exactly as the hash covered them', async () => {
    await recordAuditMany(t.database.db, [
      {
        tenantId: '0394',
        actor: null,
        action: 'burst.columns',
        outcome: 'denied',
        subjectType: 'household',
        subjectId: 'hh-"quoted"\\slash',
        details: { count: 3, status: null, flag: true, text: 'é ü' },
      },
      { tenantId: '0394', actor: null, action: 'burst.columns', outcome: 'success' },
      {
        tenantId: '0394',
        actor: null,
        action: 'burst.columns',
        outcome: 'success',
        subjectType: 'household',
        subjectIds: ['hh-a', 'hh-"b"', 'hh-\\c'],
      },
    ]);
    const [first, second, third] = await rowsOf('burst.columns');
    expect(first).toMatchObject({
      subject_id: 'hh-"quoted"\\slash',
      outcome: 'denied',
      details: { count: 3, status: null, flag: true, text: 'é ü' },
      details_is_sql_null: false,
    });
    expect(second).toMatchObject({
      subject_id: null,
      subject_ids: null,
      details: null,
      details_is_sql_null: true,
    });
    expect(third).toMatchObject({ subject_id: null, subject_ids: ['hh-a', 'hh-"b"', 'hh-\\c'] });
    expect(new Date(first!.occurred_at).getUTCMilliseconds()).toBe(
      new Date(second!.occurred_at).getUTCMilliseconds(),
    );
    expect(await verifyAuditChain(t.database)).toMatchObject({ ok: true });
  });
  it('lets announced appends join the batch that commits meanwhile, and never waits for a withdrawn one', async () => {
    const db = t.database.db;
    const event = (requestId: string) => ({
      tenantId: '0394',
      actor: null,
      action: 'burst.gathered',
      outcome: 'success' as const,
      requestId,
    });
    // Two reads announce their appends; a third caller appends at once, and its batch waits.
    const second = auditComing(db);
    const third = auditComing(db);
    const appended: Array<Promise<void>> = [recordAudit(db, event('first'))];
    await new Promise<void>((resolve) =>
      setTimeout(() => {
        second();
        appended.push(recordAudit(db, event('second')));
        third();
        appended.push(recordAudit(db, event('third')));
        resolve();
      }, 1),
    );
    await Promise.all(appended);
    const rows = await t.database.ownerQuery<{ request_id: string; occurred_at: Date | string }>(
      `select request_id, occurred_at from audit_log where tenant_id = '0394' and action = 'burst.gathered' order by id`,
    );
    expect(rows.map((r) => r.request_id)).toEqual(['first', 'second', 'third']);
    // One batch: one statement, one commit, one moment for all three.
    expect(new Set(rows.map((r) => new Date(r.occurred_at).getTime())).size).toBe(1);

    // An announcement withdrawn without an append (a failed read) lets the batch go.
    const withdrawn = auditComing(db);
    const alone = recordAudit(db, event('alone'));
    setTimeout(withdrawn, 1);
    await alone;
    // One not withdrawn yet holds a batch for a few milliseconds at most.
    const late = auditComing(db);
    await recordAudit(db, event('not held'));
    late();
    expect(await verifyAuditChain(t.database)).toMatchObject({ ok: true });
  });
});
