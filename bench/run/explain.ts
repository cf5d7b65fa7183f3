import type pg from 'pg';
import { TENANT_ID } from '../seed/plan.ts';

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

// What recordAuditMany runs once per request and tenant to find the tail of the hash chain.
const AUDIT_TAIL_QUERY = 'select seq, hash from audit_log where tenant_id = $1 order by seq desc limit 1';

async function explain(pool: pg.Pool, sql: string, params: unknown[]): Promise<string> {
  const { rows } = await pool.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${sql}`, params);
  return rows.map((r) => r['QUERY PLAN']).join('\n');
}

export async function explainHotQueries(pool: pg.Pool, coordinatorId: string) {
  const caseload = await explain(pool, CASELOAD_QUERY, [TENANT_ID, coordinatorId]);
  const auditTail = await explain(pool, AUDIT_TAIL_QUERY, [TENANT_ID]);
  return {
    caseload,
    caseloadUsesIndex: caseload.includes('household_coordinator_idx'),
    auditTail,
  };
}
