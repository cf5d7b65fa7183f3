/**
 * The keyset pages of decision 0031 read an index in the list's order and start at the cursor: no
 * Seq Scan, and no Sort of the whole list to find page n. EXPLAIN of exactly the queries the routes run.
 */
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providerAssignmentPageQuery } from '../src/assignments/assignment-list.ts';
import { messageLogPageQuery } from '../src/assignments/message-log.ts';
import { encodeCursor } from '../src/http/page-cursor.ts';
import { taskPageQuery } from '../src/tasks/service.ts';
import { copyRows } from './helpers/copy-rows.ts';
import { SANNE_ACTOR } from './helpers/demo-users.ts';
import { createTestDatabase, type TestDatabase } from './helpers/test-database.ts';

let t: TestDatabase;
/** One row an hour from 2024 on, per copy. */
const SPREAD = `'2024-01-01'::timestamptz + (g || ' hours')::interval`;
const BULK = 4000;
/** A cursor in the middle of each list, as page n would send it. */
const MIDDLE = '2026-01-15 09:00:00.123456+00';

beforeAll(async () => {
  t = await createTestDatabase({ demoData: true });
  // Years of assignments, messages and tasks, most of them other organisations' and other people's.
  await copyRows(t, 'assignment', `tenant_id = '0394'`, {
    n: BULK,
    from: 1,
    set: {
      id: `'asg-x-' || g`,
      assignment_number: '800000 + g',
      organisation_id: `case when g % 4 = 0 then 'org-jeugdhulp' else organisation_id end`,
      created_at: SPREAD,
    },
  });
  await copyRows(t, 'ijw_message', `tenant_id = '0394'`, {
    n: BULK,
    from: 1,
    set: { id: `'msg-x-' || g`, bericht_identificatie: `'X' || g`, created_at: SPREAD },
  });
  await copyRows(t, 'task', `tenant_id = '0394'`, {
    n: BULK,
    from: 1,
    set: {
      id: `'task-x-' || g`,
      rule_key: `'x:' || g`,
      assignee_user_id: `case when g % 10 = 0 then 'u-sanne' when g % 10 < 5 then 'u-mohamed' end`,
      assignee_team_id: `case when g % 10 >= 5 then 'team-hoofddorp-oost' end`,
      assignee_organisation_id: 'null',
      status: `case when g % 3 = 0 then 'done' else 'open' end`,
      due_date: `(date '2025-01-01' + (g % 700))::text`,
      created_at: SPREAD,
    },
  });
  await t.database.ownerQuery('analyze');
}, 180_000);
afterAll(() => t?.drop());

/** The plan of a query builder's statement; sequential scans priced out so a tiny table plans like a big one. */
async function explain(query: (tx: typeof t.database.ownerDb) => { getSQL(): SQL }): Promise<string> {
  return t.database.ownerDb.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    const result = await tx.execute(
      sql`explain ${query(tx as unknown as typeof t.database.ownerDb).getSQL()}`,
    );
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<
      Record<string, string>
    >;
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  });
}

describe('a keyset page reads its index from the cursor on', () => {
  it("the provider's assignments: a backward scan of assignment_org_idx, no Sort", async () => {
    const cursor = encodeCursor([MIDDLE, 'asg-x-1']);
    const plan = await explain((tx) =>
      providerAssignmentPageQuery(tx, '0394', 'org-jeugdhulp', { cursor, limit: 50 }),
    );
    expect(plan, plan).toMatch(/Index Scan Backward using assignment_org_idx on assignment/);
    // The cursor is an index condition: the scan starts at it, it does not filter rows read before it.
    expect(plan, plan).toMatch(/Index Cond: .*ROW\(created_at, id\) < ROW\(/);
    expect(plan, plan).not.toMatch(/Seq Scan on assignment|Sort\b/);
  });

  it('the iJw message log: a backward scan of ijw_message_created_idx, no Sort', async () => {
    const cursor = encodeCursor([MIDDLE, 'msg-x-1']);
    const plan = await explain((tx) => messageLogPageQuery(tx, '0394', { cursor, limit: 50 }));
    expect(plan, plan).toMatch(/Index Scan Backward using ijw_message_created_idx on ijw_message/);
    expect(plan, plan).toMatch(/Index Cond: .*ROW\(created_at, id\) < ROW\(/);
    expect(plan, plan).not.toMatch(/Seq Scan on ijw_message|Sort\b/);
  });

  it("the tasks: each audience's index from the cursor on, sorting only the reader's tasks after it", async () => {
    const cursor = encodeCursor(['2025-06-01', MIDDLE, 'task-x-1']);
    const plan = await explain((tx) =>
      taskPageQuery(tx, SANNE_ACTOR, { status: 'open', cursor, pageSize: 20 }),
    );
    expect(plan, plan).toMatch(/task_user_list_idx/);
    expect(plan, plan).toMatch(/task_team_list_idx/);
    expect(plan, plan).toMatch(/ROW\(due_date, created_at, id\) > ROW\(/);
    expect(plan, plan).not.toMatch(/Seq Scan on task/);
  });
});
