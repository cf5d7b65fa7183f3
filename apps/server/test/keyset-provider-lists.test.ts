/**
 * Keyset pagination (decision 0031) of the provider's assignments, the iJw message log, the tasks
 * list and the team's requests: paging through gives every row once, also when rows arrive between
 * two pages and when many rows tie on the sort key; a cursor the server did not hand out is a 400.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRows } from './helpers/copy-rows.ts';
import { loggedInAs } from './helpers/logged-in.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
const as = loggedInAs(() => t);
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

/** The same microsecond for every copy: pages end inside the tie, only the id tells where to go on. */
const TIE = '2026-01-15 09:00:00.123456+00';
const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** `n` rows of `table` created now: they arrive while a person reads the list (numbered from 101). */
const arriveNow = (table: string, where: string, n: number, set: Record<string, string>) =>
  copyRows(t, table, where, { n, from: 101, set: { ...set, created_at: 'now()' } });

interface List {
  /** The page's URL for a cursor (null: the first page). */
  url: (cursor: string | null) => string;
  /** The ids of a page's rows in the answer's body. */
  ids: (body: Record<string, unknown>) => string[];
  userId: string;
}

/**
 * Reads a list to its end, calling `between` after the first page (rows arriving while a person
 * reads), and gives every id read in order.
 */
async function readAll(list: List, between: () => Promise<void>) {
  const client = await as(list.userId);
  const seen: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const res = await client.request({ url: list.url(cursor) });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as Record<string, unknown> & { nextCursor: string | null };
    seen.push(...list.ids(body));
    cursor = body.nextCursor;
    pages += 1;
    if (pages === 1) await between();
    expect(pages).toBeLessThan(100);
  } while (cursor);
  return { seen, pages };
}

async function expectBadCursors(list: List, cursors: string[]) {
  const client = await as(list.userId);
  for (const cursor of cursors) {
    const res = await client.request({ url: list.url(cursor) });
    expect(res.statusCode, cursor).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const problem = res.json() as { code: string; errors?: Array<{ path: string; message: { nl: string } }> };
    expect(problem.code).toBe('invalid_cursor');
    expect(problem.errors?.[0]?.path).toBe('cursor');
    expect(problem.errors?.[0]?.message.nl).toBe('Deze vervolgpagina bestaat niet.');
  }
}

const ids = (key: string) => (body: Record<string, unknown>) =>
  (body[key] as Array<{ id: string }>).map((r) => r.id);

/** Every id once, each row there before the first page read, in the list's own order. */
function expectEveryRowOnce(seen: string[], before: string[], orderNow: string[]) {
  expect(new Set(seen).size).toBe(seen.length);
  expect(seen).toEqual(expect.arrayContaining(before));
  expect(seen).toEqual(orderNow.filter((id) => seen.includes(id)));
}

const STATUSES = "('assigned','started','stopped','ended')";
const providerList: List = {
  userId: 'u-fatima',
  url: (c) => `/api/provider/assignments?limit=20${c ? `&cursor=${c}` : ''}`,
  ids: ids('assignments'),
};
const providerOrder = async () =>
  (
    await t.database.ownerQuery<{ id: string }>(
      `select id from assignment where tenant_id = '0394' and organisation_id = 'org-jeugdhulp'
          and status in ${STATUSES} order by created_at desc, id desc`,
    )
  ).map((r) => r.id);

describe("the provider's assignments page by keyset", () => {
  it('gives every assignment once, newest first, while new ones arrive between pages', async () => {
    await copyRows(t, 'assignment', `organisation_id = 'org-jeugdhulp' and status = 'started'`, {
      n: 70,
      from: 1,
      set: {
        id: `'asg-bulk-' || lpad(g::text, 3, '0')`,
        assignment_number: '900000 + g',
        created_at: `'${TIE}'`,
      },
    });
    const before = await providerOrder();
    expect(before.length).toBeGreaterThan(70);
    const { seen, pages } = await readAll(providerList, async () => {
      // Newer ones go on top, where an OFFSET would have pushed page 1's last rows onto page 2.
      await arriveNow('assignment', `organisation_id = 'org-jeugdhulp' and status = 'started'`, 5, {
        id: `'asg-new-' || g`,
        assignment_number: '900000 + g',
      });
    });
    expect(pages).toBeGreaterThan(3);
    expectEveryRowOnce(seen, before, await providerOrder());
    expect(seen.some((id) => id.startsWith('asg-new-'))).toBe(false);
  });

  it('answers a 400 problem for a cursor it did not hand out', async () => {
    await expectBadCursors(providerList, [
      '____',
      cursorOf([50]),
      cursorOf(['asg-1']),
      cursorOf(['2026-02-31 09:00:00+00', 'asg-1']),
      cursorOf(['2026-01-15 09:00:00', 'asg-1']),
    ]);
  });
});

const messageList: List = {
  userId: 'u-erik',
  url: (c) => `/api/admin/ijw-messages?limit=25${c ? `&cursor=${c}` : ''}`,
  ids: ids('messages'),
};
const messageOrder = async () =>
  (
    await t.database.ownerQuery<{ id: string }>(
      `select id from ijw_message where tenant_id = '0394' order by created_at desc, id desc`,
    )
  ).map((r) => r.id);

describe('the iJw message log pages by keyset', () => {
  it('gives every message once, newest first, while messages arrive between pages', async () => {
    await copyRows(t, 'ijw_message', `tenant_id = '0394'`, {
      n: 80,
      from: 1,
      set: {
        id: `'msg-bulk-' || lpad(g::text, 3, '0')`,
        bericht_identificatie: `'BULK' || g`,
        created_at: `'${TIE}'`,
      },
    });
    const before = await messageOrder();
    const { seen, pages } = await readAll(messageList, async () => {
      await arriveNow('ijw_message', `tenant_id = '0394'`, 5, {
        id: `'msg-new-' || g`,
        bericht_identificatie: `'NEW' || g`,
      });
    });
    expect(pages).toBeGreaterThan(3);
    expectEveryRowOnce(seen, before, await messageOrder());
  });

  it('answers a 400 problem for a cursor it did not hand out', async () => {
    await expectBadCursors(messageList, ['____', cursorOf([25]), cursorOf([TIE])]);
  });

  it('keeps the XML out of the list', async () => {
    const res = await (await as('u-erik')).request({ url: '/api/admin/ijw-messages?limit=5' });
    expect(res.body).not.toContain('<?xml');
  });
});

const taskList: List = {
  userId: 'u-sanne',
  url: (c) => `/api/tasks?pageSize=15${c ? `&cursor=${c}` : ''}`,
  ids: ids('items'),
};

describe('the tasks list pages by keyset', () => {
  it("gives every one of one's tasks once, by due date, while earlier ones arrive between pages", async () => {
    // Sanne's own and her team's tasks, most on one due date at one moment: ties all the way.
    await copyRows(t, 'task', `tenant_id = '0394'`, {
      n: 40,
      from: 1,
      set: {
        id: `'task-bulk-' || lpad(g::text, 3, '0')`,
        rule_key: `'bulk:' || g`,
        assignee_user_id: `case when g % 2 = 0 then 'u-sanne' end`,
        assignee_team_id: `case when g % 2 = 1 then 'team-nieuw-vennep' end`,
        assignee_organisation_id: 'null',
        audience_role: 'null',
        status: `'open'`,
        due_date: `'2026-03-01'`,
        created_at: `'${TIE}'`,
      },
    });
    const before = (
      await t.database.ownerQuery<{ id: string }>(`select id from task where id like 'task-bulk-%'`)
    ).map((r) => r.id);
    const { seen, pages } = await readAll(taskList, async () => {
      // Due before the cursor: an OFFSET would move page 1's last task onto page 2.
      await arriveNow('task', `tenant_id = '0394'`, 5, {
        id: `'task-early-' || g`,
        rule_key: `'early:' || g`,
        assignee_user_id: `'u-sanne'`,
        assignee_team_id: 'null',
        assignee_organisation_id: 'null',
        status: `'open'`,
        due_date: `'2000-01-01'`,
      });
    });
    expect(pages).toBeGreaterThan(2);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(before));
    expect(seen.some((id) => id.startsWith('task-early-'))).toBe(false);
    const bulk = seen.filter((id) => id.startsWith('task-bulk-'));
    expect(bulk).toEqual([...bulk].sort());
  });

  it('answers a 400 problem for a cursor it did not hand out', async () => {
    await expectBadCursors(taskList, [
      '____',
      cursorOf([2]),
      cursorOf(['2026-13-01', TIE, 'task-1']),
      cursorOf(['2026-03-01', 'gisteren', 'task-1']),
    ]);
  });
});

const requestList: List = {
  userId: 'u-ahmed',
  url: (c) => `/api/assignment-requests?limit=10${c ? `&cursor=${c}` : ''}`,
  ids: ids('requests'),
};

describe("the team's requests page by keyset", () => {
  it('gives every request of the team once, newest first, while requests arrive between pages', async () => {
    const source = `tenant_id = '0394' and household_id in (select h.id from household h join area a
      on a.tenant_id = h.tenant_id and a.id = h.area_id where a.team_id = 'team-nieuw-vennep')`;
    await copyRows(t, 'assignment_request', source, {
      n: 30,
      from: 1,
      set: {
        id: `'req-bulk-' || lpad(g::text, 3, '0')`,
        provider_reference: `'BULK-' || g`,
        created_at: `'${TIE}'`,
      },
    });
    const first = await (await as('u-ahmed')).request({ url: requestList.url(null) });
    const total = first.json().requests.length as number;
    expect(total).toBe(10);
    const { seen, pages } = await readAll(requestList, async () => {
      await arriveNow('assignment_request', source, 3, {
        id: `'req-new-' || g`,
        provider_reference: `'NEW-' || g`,
      });
    });
    expect(pages).toBeGreaterThan(3);
    expect(new Set(seen).size).toBe(seen.length);
    const bulk = seen.filter((id) => id.startsWith('req-bulk-'));
    expect(bulk).toHaveLength(30);
    expect(bulk).toEqual([...bulk].sort().reverse());
    expect(seen.some((id) => id.startsWith('req-new-'))).toBe(false);
  });

  it('answers a 400 problem for a cursor it did not hand out', async () => {
    await expectBadCursors(requestList, ['____', cursorOf([10]), cursorOf(['2026-02-30 00:00:00+00', 'x'])]);
  });
});
