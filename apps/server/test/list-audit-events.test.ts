/**
 * Decision 0028 for every list view: a list that shows N rows appends ONE audit row naming all N in
 * `subject_ids` (in the order shown), not N rows. The family still finds a household list in its
 * access log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { namesForList } from '../src/retention/names.ts';
import { auditRows } from './helpers/audit-rows.ts';
import { SANNE_ACTOR } from './helpers/demo-users.ts';
import { loggedInAs } from './helpers/logged-in.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
const as = loggedInAs(() => t);
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

interface ListRow {
  seq: string;
  subject_type: string | null;
  subject_id: string | null;
  subject_ids: string[] | null;
  outcome: string;
}

const rowsOf = (action: string, userId: string) =>
  t.database.ownerQuery<ListRow>(
    `select seq::text, subject_type, subject_id, subject_ids, outcome from audit_log
      where action = $1 and actor_user_id = $2 order by audit_log.id`,
    [action, userId],
  );

type Ids = (body: Record<string, unknown>) => string[];
const idsOf =
  (list: string, key = 'id'): Ids =>
  (body) =>
    (body[list] as Array<Record<string, string>>).map((i) => i[key] as string);
const unique = (ids: string[]) => [...new Set(ids)];

/** [list, user, url, action, subject type, the ids the page showed] */
const LISTS: Array<[string, string, string, string, string, Ids]> = [
  [
    'the triage queue',
    'u-ahmed',
    '/api/referrals/queue?filter=all',
    'referral.list',
    'referral',
    idsOf('items'),
  ],
  [
    'the waiting times',
    'u-ahmed',
    '/api/referrals/waiting-times',
    'referral.list',
    'referral',
    idsOf('items'),
  ],
  [
    'the Veilig Thuis queue',
    'u-joost',
    '/api/safety/reports?status=all',
    'veilig_thuis.queue.read',
    'household',
    (b) => unique(idsOf('items', 'householdId')(b)),
  ],
  [
    "a household's meldcode tracks",
    'u-sanne',
    '/api/households/hh-jansen/safety/tracks',
    'meldcode.read',
    'meldcode_track',
    idsOf('items'),
  ],
  [
    "the crisis service's episodes",
    'u-karin',
    '/api/crisis/episodes',
    'crisis_episode.list',
    'crisis_episode',
    idsOf('items'),
  ],
  [
    "the GI's measures",
    'u-bram',
    '/api/protection/measures',
    'protection_measure.list',
    'protection_measure',
    idsOf('items'),
  ],
  [
    'the rights work list',
    'u-ahmed',
    '/api/rights/worklist',
    'rights.worklist',
    'household',
    (b) => unique(idsOf('items', 'householdId')(b)),
  ],
  [
    "a provider's assignments",
    'u-fatima',
    '/api/provider/assignments?limit=100',
    'assignment.read',
    'assignment',
    idsOf('assignments'),
  ],
  [
    "a provider's requests",
    'u-fatima',
    '/api/provider/assignment-requests',
    'assignment_request.read',
    'assignment_request',
    idsOf('requests'),
  ],
];

describe('a list view is one audit event naming every row it showed', () => {
  it.each(LISTS)('%s', async (_name, userId, url, action, subjectType, shownIds) => {
    const before = (await rowsOf(action, userId)).length;
    const res = await (await as(userId)).request({ url });
    expect(res.statusCode).toBe(200);
    const shown = shownIds(res.json());
    // Every list here shows more than one row in the demo story, so "one row" is not a coincidence.
    expect(shown.length).toBeGreaterThan(1);
    const written = (await rowsOf(action, userId)).slice(before);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatchObject({ subject_type: subjectType, subject_id: null, outcome: 'success' });
    expect(written[0]?.subject_ids).toEqual(shown);
  });

  it('names the households and first names a retention list showed, one event each', async () => {
    const ctx = {
      actor: SANNE_ACTOR,
      tenantId: '0394',
      requestId: 'req-retention-names',
      clientAddress: '127.0.0.1',
    };
    const before = await rowsOf('household.list', 'u-sanne');
    const membersBefore = await rowsOf('household.members', 'u-sanne');
    const { households, firstNames } = await namesForList(
      t.database.db,
      ctx,
      'retention',
      ['hh-jansen', 'hh-ozturk'],
      ['p-tom', 'p-lisa'],
    );
    expect([...households.keys()].sort()).toEqual(['hh-jansen', 'hh-ozturk']);
    expect(firstNames.size).toBe(2);
    const listed = (await rowsOf('household.list', 'u-sanne')).slice(before.length);
    expect(listed).toHaveLength(1);
    expect(listed[0]?.subject_ids).toEqual([...households.keys()]);
    const named = (await rowsOf('household.members', 'u-sanne')).slice(membersBefore.length);
    expect(named).toHaveLength(1);
    expect(named[0]).toMatchObject({ subject_type: 'person', subject_id: null });
    expect(named[0]?.subject_ids).toEqual([...firstNames.keys()]);
    // A list that showed nobody writes no event.
    await namesForList(t.database.db, ctx, 'retention', []);
    expect(await rowsOf('household.list', 'u-sanne')).toHaveLength(before.length + 1);
  });

  it('is read per subject by the test helper, as the access log finds it', async () => {
    await (await as('u-karin')).request({ url: '/api/crisis/episodes' });
    const events = await rowsOf('crisis_episode.list', 'u-karin');
    const perSubject = await auditRows(t.database, 'crisis_episode.list', { userId: 'u-karin' });
    expect(perSubject.length).toBe(events.reduce((n, e) => n + (e.subject_ids?.length ?? 1), 0));
    expect(perSubject.filter((r) => r.subject_id === 'crisis-jansen-closed')).toHaveLength(events.length);
  });
});

describe("the family's access log", () => {
  it('shows the rights work list that named the household among others', async () => {
    await (await as('u-ahmed')).request({ url: '/api/rights/worklist' });
    const log = await (await as('u-anouk')).request({ url: '/api/my/access-log' });
    // Read after the access log, which sealed the row first (decision 0047): it has its seq now.
    const [listed] = (await rowsOf('rights.worklist', 'u-ahmed')).slice(-1);
    expect(listed?.subject_ids).toContain('hh-jansen');
    expect(listed?.subject_ids?.length).toBeGreaterThan(1);
    expect(log.statusCode).toBe(200);
    const entries = log.json().entries as Array<{ seq: number; action: string }>;
    expect(entries.find((e) => e.seq === Number(listed?.seq))).toMatchObject({ action: 'rights.worklist' });
    // It learns that it was listed, not who else was.
    expect(log.body).not.toContain('hh-ozturk');
  });
});
