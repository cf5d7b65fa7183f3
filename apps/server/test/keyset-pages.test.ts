/**
 * Keyset pagination (decision 0031): the triage queue and the caseload page after the last row's
 * sort key and id. Paging through gives every row once, also with ties on the sort key, and a cursor
 * the server did not hand out is a 400 problem.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggedInAs } from './helpers/logged-in.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
const as = loggedInAs(() => t);
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Every page of a list, following `nextCursor` until there is none; each page's ids. */
async function pageThrough(userId: string, url: (cursor: string | null) => string) {
  const client = await as(userId);
  const pages: string[][] = [];
  let cursor: string | null = null;
  do {
    const res = await client.request({ url: url(cursor) });
    expect(res.statusCode).toBe(200);
    const body = res.json() as {
      items: Array<{ id?: string; householdId?: string }>;
      nextCursor: string | null;
    };
    pages.push(body.items.map((i) => (i.id ?? i.householdId) as string));
    cursor = body.nextCursor;
    expect(pages.length).toBeLessThan(100);
  } while (cursor);
  return pages;
}

async function expectBadCursor(userId: string, url: string) {
  const res = await (await as(userId)).request({ url });
  expect(res.statusCode).toBe(400);
  expect(res.headers['content-type']).toContain('application/problem+json');
  return res.json() as { code: string };
}

describe('the triage queue pages by keyset', () => {
  it('gives every signal of the team once, in the queue order, with ties on urgency and time', async () => {
    // Ties: all of the team's signals received at the very same microsecond, so every page ends
    // inside a tie and only the id (and a time kept to the microsecond) tells where the next begins.
    await t.database.ownerQuery(
      "update referral set received_at = '2026-01-15 09:00:00.123456+00' where team_id = 'team-nieuw-vennep'",
    );
    const pages = await pageThrough(
      'u-ahmed',
      (cursor) => `/api/referrals/queue?filter=all${cursor ? `&cursor=${cursor}` : ''}`,
    );
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.slice(0, -1).every((p) => p.length === 50)).toBe(true);
    const expected = await t.database.ownerQuery<{ id: string }>(
      `select id from referral where tenant_id = '0394' and team_id = 'team-nieuw-vennep'
        order by case when urgency = 'urgent' then 0 else 1 end, received_at, id`,
    );
    const seen = pages.flat();
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expected.map((r) => r.id));
  });

  it('writes one audit event per page, naming the page', async () => {
    const before = await t.database.ownerQuery<{ n: number }>(
      "select count(*)::int as n from audit_log where action = 'referral.list' and actor_user_id = 'u-sanne'",
    );
    const pages = await pageThrough(
      'u-sanne',
      (cursor) => `/api/referrals/queue?filter=all${cursor ? `&cursor=${cursor}` : ''}`,
    );
    const events = await t.database.ownerQuery<{ subject_ids: string[] }>(
      `select subject_ids from audit_log where action = 'referral.list' and actor_user_id = 'u-sanne'
        order by audit_log.id offset $1`,
      [before[0]?.n ?? 0],
    );
    expect(events.map((e) => e.subject_ids)).toEqual(pages.filter((p) => p.length > 0));
  });

  it.each([
    ['not base64url JSON', '____'],
    ['the old offset', '50'],
    ['a wrong shape', cursorOf(['x'])],
    ['an urgency rank that does not exist', cursorOf([2, '2026-01-15 09:00:00.123456+00', 'ref-1'])],
    ['an impossible day', cursorOf([1, '2026-02-31 09:00:00+00', 'ref-1'])],
    ['a time without its offset', cursorOf([1, '2026-01-15 09:00:00', 'ref-1'])],
  ])('answers a 400 problem for %s', async (_name, cursor) => {
    const problem = await expectBadCursor('u-ahmed', `/api/referrals/queue?filter=all&cursor=${cursor}`);
    expect(problem.code).toBe('invalid_cursor');
  });

  it('refuses a cursor that is not base64url at all as input', async () => {
    const problem = await expectBadCursor('u-ahmed', '/api/referrals/queue?filter=all&cursor=a%2Bb');
    expect(problem.code).toBe('validation_failed');
  });
});

describe('the caseload pages by keyset', () => {
  it('gives every household of the caseload once, with many households of one name', async () => {
    // Sixty households become Sanne's, forty of them all called the same: ties on the sort key.
    await t.database.ownerQuery(
      `update household set coordinator_id = 'u-sanne',
              name = case when n <= 40 then 'Gezin Gelijk' else name end
         from (select id as hid, row_number() over (order by id) as n from household
                where tenant_id = '0394' and coordinator_id is distinct from 'u-sanne' and id <> 'hh-de-graaf' limit 60) picked
        where household.id = picked.hid`,
    );
    const pages = await pageThrough(
      'u-sanne',
      (cursor) => `/api/households${cursor ? `?cursor=${cursor}` : ''}`,
    );
    expect(pages.length).toBeGreaterThan(2);
    const expected = await t.database.ownerQuery<{ id: string }>(
      `select id from household where tenant_id = '0394' and coordinator_id = 'u-sanne' order by name, id`,
    );
    const seen = pages.flat();
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expected.map((r) => r.id));
    // A name never travels in the cursor: it holds the last household's id only.
    const first = await (await as('u-sanne')).request({ url: '/api/households' });
    const next = first.json().nextCursor as string;
    expect(JSON.parse(Buffer.from(next, 'base64url').toString('utf8'))).toEqual([pages[0]?.at(-1)]);
  });

  it('answers a 400 problem for a household that is not on the list, or a cursor of another shape', async () => {
    // hh-de-graaf is not Sanne's: its place in her list would tell her something about its name.
    expect(
      (await expectBadCursor('u-sanne', `/api/households?cursor=${cursorOf(['hh-de-graaf'])}`)).code,
    ).toBe('invalid_cursor');
    expect((await expectBadCursor('u-sanne', `/api/households?cursor=${cursorOf([1, 2])}`)).code).toBe(
      'invalid_cursor',
    );
  });
});
