// The household search's own rows (drizzle/0053, decision 0049) are kept by triggers: after every
// kind of change to a person, a household or a membership they equal what they are derived from,
// and the search finds by the new facts at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchQuery } from '../src/households/search.ts';
import { SANNE_ACTOR } from './helpers/demo-users.ts';
import { createTestDatabase, type TestDatabase } from './helpers/test-database.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ demoData: true });
}, 180_000);
afterAll(() => t?.drop());

/** Every current membership with its person's name keys and its household's area and coordinator. */
const derived = `select m.tenant_id, m.person_id, m.household_id, h.area_id, h.coordinator_id,
    lower(p.last_name) as last_name_key, lower(p.first_name) as first_name_key
  from household_member m
  join person p on p.tenant_id = m.tenant_id and p.id = m.person_id
  join household h on h.tenant_id = m.tenant_id and h.id = m.household_id
  where m.until is null`;
const kept = `select tenant_id, person_id, household_id, area_id, coordinator_id, last_name_key, first_name_key
  from household_member_search`;

async function expectInStep() {
  const order = ' order by 1, 2';
  const [want, have] = await Promise.all([
    t.database.ownerQuery(derived + order),
    t.database.ownerQuery(kept + order),
  ]);
  expect(have.length).toBeGreaterThan(0);
  expect(have).toEqual(want);
}

async function foundBySanne(name: string): Promise<string[]> {
  const rows = await searchQuery(t.database.ownerDb, SANNE_ACTOR, { kind: 'name', name });
  return rows.map((r) => `${r.householdId}:${r.firstName}`);
}

describe('household_member_search follows its sources', () => {
  it('holds every current membership after the demo story', async () => {
    await expectInStep();
  });

  it('follows a new name', async () => {
    await t.database.ownerQuery(`update person set last_name = 'Zwanenburg' where id = 'p-tom'`);
    await expectInStep();
    expect(await foundBySanne('zwanen')).toEqual(['hh-jansen:Tom']);
    // A write that leaves the name alone leaves the row alone.
    await t.database.ownerQuery(`update person set phone = '0612345678' where id = 'p-tom'`);
    await expectInStep();
  });

  it('follows a household to another area and coordinator, out of the searcher’s scope and back', async () => {
    await t.database.ownerQuery(
      `update household set area_id = 'area-hoofddorp-oost', coordinator_id = 'u-mohamed' where id = 'hh-jansen'`,
    );
    await expectInStep();
    expect(await foundBySanne('zwanen')).toEqual([]);
    await t.database.ownerQuery(
      `update household set area_id = 'area-nieuw-vennep', coordinator_id = 'u-sanne' where id = 'hh-jansen'`,
    );
    await expectInStep();
    expect(await foundBySanne('zwanen')).toEqual(['hh-jansen:Tom']);
  });

  it('follows a member who leaves, moves and comes back', async () => {
    await t.database.ownerQuery(
      `update household_member set until = current_date where person_id = 'p-tom' and until is null`,
    );
    await expectInStep();
    expect(await foundBySanne('zwanen')).toEqual([]);
    // Moves into another household of the team, as a new membership.
    await t.database.ownerQuery(`insert into household (tenant_id, id, name, postcode, house_number, street, city, area_id)
      values ('0394', 'hh-zwanenburg', 'Gezin Zwanenburg', '2151 AB', '3', 'Bulkstraat', 'Nieuw-Vennep', 'area-nieuw-vennep')`);
    await t.database.ownerQuery(`insert into household_member (tenant_id, household_id, person_id, member_role, since)
      values ('0394', 'hh-zwanenburg', 'p-tom', 'ouder', current_date + 1)`);
    await expectInStep();
    expect(await foundBySanne('zwanen')).toEqual(['hh-zwanenburg:Tom']);
    // A membership row removed (never done by the application, which ends them) takes its row along.
    await t.database.ownerQuery(`delete from household_member where household_id = 'hh-zwanenburg'`);
    await expectInStep();
    expect(await foundBySanne('zwanen')).toEqual([]);
  });
});
