import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import type { Db } from '../../apps/server/src/db/database.ts';
import { searchStatement } from '../../apps/server/src/households/search.ts';
import { keptPlacesQuery } from '../../apps/server/src/placements/kept-places.ts';
import { TENANT_ID } from '../seed/plan.ts';

/** The Plekvrij scenario's search, the worst case: from Hoofddorp, 100 km holds nearly every place. */
export const PLACE_SEARCH = { postcode: '2132', age: '10', maxKm: '100' } as const;

// The statement listCaseload (apps/server/src/households/service.ts) sends for a coordinator,
// written out by hand: keep the two in step when the service's query changes.
const CASELOAD_QUERY = `
  select household.id, household.name, household.status, household.coordinator_id, area.team_id, area.name,
         count(household_member.person_id)
    from household
    left join area on area.tenant_id = household.tenant_id and area.id = household.area_id
    left join household_member
      on household_member.tenant_id = household.tenant_id and household_member.household_id = household.id
   where household.tenant_id = $1 and household.coordinator_id = $2
   group by household.id, household.tenant_id, area.team_id, area.name
   order by household.name asc
   limit 200`;

// What audit_seal reads once per seal and tenant to find the tail of the hash chain (decision 0047).
const AUDIT_TAIL_QUERY =
  'select seq, hash from audit_log where tenant_id = $1 and seq is not null order by seq desc limit 1';

async function explain(pool: pg.Pool, sql: string, params: unknown[]): Promise<string> {
  const { rows } = await pool.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${sql}`, params);
  return rows.map((r) => r['QUERY PLAN']).join('\n');
}

/**
 * The statement that reads the tenant's searchable places for the Plekvrij search (decision 0051:
 * read once per search version, searched in memory), as the server builds it: only the free, not
 * withdrawn places of the tenant, each organisation's name looked up once.
 */
async function explainPlaceSearch(pool: pg.Pool): Promise<string> {
  const db = drizzle({ client: pool }) as unknown as Db;
  const { sql, params } = keptPlacesQuery(db, TENANT_ID);
  return explain(pool, sql, params);
}

/**
 * The household search's prepared statement (searchStatement, the server's own) for the search
 * scenario's name prefix, planned the way the server runs it on PostgreSQL: once for any value
 * (planGenerically, decision 0046). It should walk household_member_search_last_name_idx (decision 0049) and stop at its limit.
 */
export async function explainHouseholdSearch(pool: pg.Pool, coordinatorId: string, namePrefix: string) {
  const { rows } = await pool.query<{ team_id: string | null }>(
    'select team_id from app_user where tenant_id = $1 and id = $2',
    [TENANT_ID, coordinatorId],
  );
  const actor = {
    userId: coordinatorId,
    sessionId: 'bench',
    tenantId: TENANT_ID,
    role: 'coordinator' as const,
    displayName: coordinatorId,
    organisationId: null,
    teamId: rows[0]?.team_id ?? null,
    personId: null,
  };
  const db = drizzle({ client: pool }) as unknown as Db;
  const { text, values } = searchStatement(db, actor, { kind: 'name', name: namePrefix });
  const literals = values.map((v) => `'${String(v).replaceAll("'", "''")}'`).join(', ');
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query('set local plan_cache_mode = force_generic_plan');
    await client.query(`prepare bench_household_search as ${text}`);
    const plan = await client.query<{ 'QUERY PLAN': string }>(
      `explain (analyze, buffers) execute bench_household_search(${literals})`,
    );
    const shown = plan.rows.map((r) => r['QUERY PLAN']).join('\n');
    return {
      householdSearch: shown,
      householdSearchUsesIndex:
        shown.includes('household_member_search_last_name_idx') &&
        !/Seq Scan on (person|household|household_member_search)\b/.test(shown),
    };
  } finally {
    await client.query('rollback');
    client.release();
  }
}

export async function explainHotQueries(pool: pg.Pool, coordinatorId: string) {
  const caseload = await explain(pool, CASELOAD_QUERY, [TENANT_ID, coordinatorId]);
  const auditTail = await explain(pool, AUDIT_TAIL_QUERY, [TENANT_ID]);
  const placeSearch = await explainPlaceSearch(pool);
  return {
    caseload,
    caseloadUsesIndex: caseload.includes('household_coordinator_idx'),
    auditTail,
    placeSearch,
    // With one tenant's places in the table a sequential scan is the cheaper plan; with several the
    // planner takes placement_place_search_idx (placement-search-explain.test.ts).
    placeSearchRows: Number(/on placement_place .*rows=(\d+)/.exec(placeSearch)?.[1] ?? Number.NaN),
  };
}
