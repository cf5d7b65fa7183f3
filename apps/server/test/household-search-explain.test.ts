import type { HouseholdSearchRequest } from '@een-plan/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBsn } from '../src/demo/test-bsn.ts';
import { searchQuery } from '../src/households/search.ts';
import type { Actor } from '../src/policy/actor.ts';
import { createTestDatabase, type TestDatabase } from './helpers/test-database.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ demoData: true });
  // Some bulk so the statistics look like a real register, not like four families.
  await t.database.ownerQuery(`
    insert into person (tenant_id, id, first_name, last_name, birth_date)
    select '0394', 'p-bulk-' || g, 'Voornaam' || g, 'Achternaam' || g, date '1950-01-01' + (g % 20000)
      from generate_series(1, 5000) g`);
  await t.database.ownerQuery('analyze');
});
afterAll(() => t?.drop());

const sanne: Actor = {
  userId: 'u-sanne',
  sessionId: 'explain',
  tenantId: '0394',
  role: 'coordinator',
  displayName: 'Sanne de Vries',
  organisationId: 'org-sociaal-team',
  teamId: 'team-nieuw-vennep',
  personId: null,
};

/**
 * EXPLAIN of exactly the query the search runs. `enable_seqscan = off` makes the plan
 * deterministic on a test database that, even with the bulk above, fits in a few pages: there the
 * planner may rightly prefer reading the whole table. With sequential scans priced out, a plan
 * still shows a Seq Scan when no index can answer the condition, so the assertion keeps its teeth.
 */
async function explain(request: HouseholdSearchRequest): Promise<string> {
  return t.database.ownerDb.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    const result = await tx.execute(sql`explain ${searchQuery(tx, sanne, request)}`);
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<
      Record<string, string>
    >;
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  });
}

describe('household search uses an index for every criterion', () => {
  const cases: Array<[string, HouseholdSearchRequest, RegExp, RegExp]> = [
    ['name prefix', { kind: 'name', name: 'Jans' }, /person_last_name_prefix_idx/, /Seq Scan on person/],
    [
      'birth date',
      { kind: 'birthDate', birthDate: '2014-03-15' },
      /person_name_birth_idx/,
      /Seq Scan on person/,
    ],
    [
      'postcode + house number',
      { kind: 'address', postcode: '2151 ab', houseNumber: '12' },
      /household_address_idx/,
      /Seq Scan on household/,
    ],
    ['exact BSN', { kind: 'bsn', bsn: testBsn(3) }, /person_bsn_idx/, /Seq Scan on person/],
  ];
  for (const [label, request, index, seqScan] of cases) {
    it(label, async () => {
      const plan = await explain(request);
      expect(plan, plan).toMatch(index);
      expect(plan, plan).not.toMatch(seqScan);
    });
  }

  it('uses both name indexes for a first or last name', async () => {
    const plan = await explain({ kind: 'name', name: 'tom' });
    expect(plan, plan).toMatch(/person_first_name_prefix_idx/);
    expect(plan, plan).toMatch(/person_last_name_prefix_idx/);
    expect(plan, plan).not.toMatch(/Seq Scan on person/);
  });
});
