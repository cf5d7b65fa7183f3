import { passesElevenTest } from '@een-plan/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDatabaseEmpty, loadDemoData } from '../src/demo/load-demo-data.ts';
import { testBsn } from '../src/demo/test-bsn.ts';
import { postcode4, routeAreaIdForPostcode } from '../src/tenancy/routing.ts';
import { createTestDatabase, type TestDatabase } from './helpers/test-database.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.drop());

const TABLES = [
  'tenant',
  'organisation',
  'team',
  'area',
  'area_postcode',
  'app_user',
  'household',
  'person',
  'household_member',
];

async function counts() {
  const result: Record<string, number> = {};
  for (const table of TABLES) {
    const [row] = await t.database.ownerQuery<{ n: number }>(`select count(*)::int as n from ${table}`);
    result[table] = row!.n;
  }
  return result;
}

describe('demo data', () => {
  it('loads into an empty database and is idempotent', async () => {
    expect(await isDatabaseEmpty(t.database.db)).toBe(true);
    await loadDemoData(t.database.db);
    expect(await isDatabaseEmpty(t.database.db)).toBe(false);
    const first = await counts();
    expect(first.household).toBeGreaterThanOrEqual(4);
    await loadDemoData(t.database.db);
    expect(await counts()).toEqual(first);
  });

  it('follows the story: tenant 0394, three areas with teams, the finding places and Tom', async () => {
    const [tenant] = await t.database.ownerQuery<{ name: string }>(
      `select name from tenant where tenant_id = '0394'`,
    );
    expect(tenant?.name).toBe('Gemeente Haarlemmermeer');
    const areas = await t.database.ownerQuery<{ name: string }>('select name from area order by name');
    expect(areas.map((a) => a.name)).toEqual(['Badhoevedorp', 'Hoofddorp-Oost', 'Nieuw-Vennep']);
    const kinds = await t.database.ownerQuery<{ kind: string; agb_code: string | null }>(
      'select kind, agb_code from organisation',
    );
    for (const kind of ['school', 'gp', 'youth_care_provider', 'veilig_thuis', 'cjg']) {
      expect(kinds.map((k) => k.kind)).toContain(kind);
    }
    expect(kinds.find((k) => k.kind === 'youth_care_provider')?.agb_code).toMatch(/^\d{8}$/);
    const tom = await t.database.ownerQuery<{ household_id: string; area_id: string }>(
      `select m.household_id, h.area_id from person p join household_member m using (tenant_id) join household h on h.tenant_id = m.tenant_id and h.id = m.household_id
        where m.person_id = p.id and p.first_name = 'Tom'`,
    );
    expect(tom).toEqual([{ household_id: 'hh-jansen', area_id: 'area-nieuw-vennep' }]);
  });

  it('uses only synthetic test BSNs that pass the 11-proef', async () => {
    const people = await t.database.ownerQuery<{ bsn: string }>('select bsn from person');
    expect(people.length).toBeGreaterThan(8);
    for (const { bsn } of people) {
      expect(bsn).toMatch(/^9999/);
      expect(passesElevenTest(bsn)).toBe(true);
    }
    expect(new Set(people.map((p) => p.bsn)).size).toBe(people.length);
  });

  it('routes a postcode to exactly one area, and an outside postcode to none', async () => {
    expect(postcode4('2151 AB')).toBe('2151');
    expect(postcode4('2151ab')).toBe('2151');
    expect(postcode4('0151 AB')).toBeUndefined();
    expect(postcode4('21511')).toBeUndefined();
    expect(await routeAreaIdForPostcode(t.database.db, '0394', '2152 XY')).toBe('area-nieuw-vennep');
    expect(await routeAreaIdForPostcode(t.database.db, '0394', '1171 AA')).toBe('area-badhoevedorp');
    expect(await routeAreaIdForPostcode(t.database.db, '0394', '9999 ZZ')).toBeNull();
    expect(await routeAreaIdForPostcode(t.database.db, '0363', '2151 AB')).toBeNull();
  });
});

describe('11-proef', () => {
  it('accepts the test numbers it generates and rejects corrupted ones', () => {
    for (let i = 0; i < 20; i++) {
      const bsn = testBsn(i);
      expect(passesElevenTest(bsn)).toBe(true);
      const corrupted = `${bsn.slice(0, 8)}${(Number(bsn[8]) + 1) % 10}`;
      expect(passesElevenTest(corrupted)).toBe(false);
    }
    expect(passesElevenTest('111222333')).toBe(true);
    expect(passesElevenTest('123456789')).toBe(false);
    expect(passesElevenTest('000000000')).toBe(false);
    expect(passesElevenTest('12345678')).toBe(false);
  });
});
