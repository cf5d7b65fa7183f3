/**
 * The crisis service and the certified institution find a household by exact data only, to open
 * an episode or register a measure, and see the person they named; every lookup and every household shown is audited with their
 * purpose (never the values); other roles are refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggedInAs } from './helpers/logged-in.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
const as = loggedInAs(() => t);
let tom: { bsn: string; birth_date: string; postcode: string };

beforeAll(async () => {
  t = await createTestApp();
  [tom] = (await t.database.ownerQuery<{ bsn: string; birth_date: string; postcode: string }>(
    `select p.bsn, p.birth_date::text as birth_date, h.postcode from person p, household h
      where p.id = 'p-tom' and h.id = 'hh-jansen'`,
  )) as [typeof tom];
});
afterAll(() => t?.close());

const lookup = async (userId: string, payload: Record<string, unknown>) =>
  (await as(userId)).request({ method: 'POST', url: '/api/households/lookup', payload });

type Row = { purpose: string; subject_id: string | null; details: Record<string, unknown> | null };
const lookupRows = (userId: string) =>
  t.database.ownerQuery<Row>(
    "select purpose, subject_id, details from audit_log where action = 'household.lookup' and actor_user_id = $1 order by id",
    [userId],
  );

describe('the exact household lookup', () => {
  it.each([
    ['u-karin', 'crisis_care'],
    ['u-bram', 'child_protection'],
  ])('finds Tom’s household for %s, audited with the purpose %s', async (userId, purpose) => {
    const res = await lookup(userId, { kind: 'bsn', bsn: tom.bsn, birthDate: tom.birth_date });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((i: { householdId: string }) => i.householdId)).toEqual(['hh-jansen']);
    // The person they named, so the episode or measure is about them; no other member.
    expect(res.json().items[0].person).toEqual({ personId: 'p-tom', firstName: 'Tom' });
    const rows = await lookupRows(userId);
    expect(rows.map((r) => r.purpose)).toEqual([purpose, purpose]);
    expect(rows[1]?.subject_id).toBe('hh-jansen');
    expect(JSON.stringify(rows)).not.toContain(tom.bsn);
  });

  it('finds nothing with a right BSN and another birth date, nor with a free name', async () => {
    const wrong = await lookup('u-karin', { kind: 'bsn', bsn: tom.bsn, birthDate: '2014-01-01' });
    expect(wrong.json().items).toEqual([]);
    const loose = await lookup('u-karin', {
      kind: 'name',
      lastName: 'Jansen',
      birthDate: '2014-01-01',
      postcode: tom.postcode,
    });
    expect(loose.json().items).toEqual([]);
    const byName = await lookup('u-bram', {
      kind: 'name',
      lastName: 'jansen',
      birthDate: tom.birth_date,
      postcode: tom.postcode,
    });
    expect(byName.json().items).toHaveLength(1);
  });

  it('is refused to other roles (a coordinator searches the caseload; Veilig Thuis has break-glass)', async () => {
    for (const userId of ['u-sanne', 'u-joost', 'u-fatima', 'u-anouk']) {
      const res = await lookup(userId, { kind: 'bsn', bsn: tom.bsn, birthDate: tom.birth_date });
      expect(res.statusCode).toBe(403);
    }
  });
});
