/**
 * The coordinator's home shows 8 households of a longer caseload: their members, flags and area are
 * read for those 8 only (decision 0043), yet the total, the plans and the audit cover every one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggedInAs } from './helpers/logged-in.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
const as = loggedInAs(() => t);

/** Ten more households for Sanne, named before the demo's, with 1–3 members each. */
const extra = Array.from({ length: 10 }, (_, i) => ({
  id: `hh-detail-${i}`,
  name: `Gezin A${String(i).padStart(2, '0')}`,
  members: (i % 3) + 1,
}));

beforeAll(async () => {
  t = await createTestApp();
  const q = t.database.ownerQuery;
  const [area] = await q<{ area_id: string }>(`select area_id from household where id = 'hh-jansen'`);
  for (const h of extra) {
    await q(
      `insert into household (tenant_id, id, name, postcode, house_number, street, city, area_id, coordinator_id)
       values ('0394', $1, $2, '2151 AB', '1', 'Teststraat', 'Nieuw-Vennep', $3, 'u-sanne')`,
      [h.id, h.name, area?.area_id],
    );
    for (let m = 0; m < h.members; m++) {
      const personId = `p-${h.id}-${m}`;
      await q(
        `insert into person (tenant_id, id, first_name, last_name, birth_date) values ('0394', $1, 'Lid', 'A', '1980-01-01')`,
        [personId],
      );
      await q(
        `insert into household_member (tenant_id, household_id, person_id, member_role, since)
         values ('0394', $1, $2, 'parent', '2020-01-01')`,
        [h.id, personId],
      );
    }
  }
});
afterAll(() => t?.close());

describe("the coordinator's home over a caseload longer than its short list", () => {
  it('shows the first 8 with their members and area, counts all 12 and audits all 12', async () => {
    const res = await (await as('u-sanne')).request({ url: '/api/home' });
    expect(res.statusCode).toBe(200);
    const { caseload } = res.json();
    expect(caseload.total).toBe(12);
    expect(caseload.items).toHaveLength(8);
    expect(caseload.items.map((i: { name: string; memberCount: number }) => [i.name, i.memberCount])).toEqual(
      extra.slice(0, 8).map((h) => [h.name, h.members]),
    );
    expect(caseload.items.every((i: { areaName: string | null }) => i.areaName !== null)).toBe(true);
    const [listed] = await t.database.ownerQuery<{ subject_ids: string[] }>(
      `select subject_ids from audit_log where action = 'household.list' and actor_user_id = 'u-sanne'
        order by id desc limit 1`,
    );
    expect(listed?.subject_ids).toHaveLength(12);
  });

  it('still gives the caseload page every household of the page in detail', async () => {
    const res = await (await as('u-sanne')).request({ url: '/api/households' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const items: Array<{ householdId: string; memberCount: number }> = body.items;
    expect(items.length).toBeGreaterThanOrEqual(12);
    expect(items.every((i) => i.memberCount > 0)).toBe(true);
  });
});
