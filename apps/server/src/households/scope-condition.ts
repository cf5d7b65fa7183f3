import { and, eq, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import type { HouseholdScope } from '../policy/household-scope.ts';
import { area } from '../tenancy/schema.ts';
import { household } from './schema.ts';

/** The WHERE condition for a scope; the query must join `area` on the household's area. */
export function householdScopeCondition(scope: HouseholdScope): SQL {
  const parts = [
    scope.coordinatorId ? eq(household.coordinatorId, scope.coordinatorId) : undefined,
    scope.teamId ? eq(area.teamId, scope.teamId) : undefined,
  ].filter((p): p is SQL => p !== undefined);
  const [first, ...rest] = parts;
  if (!first) return sql`false`;
  return rest.length === 0 ? first : (or(first, ...rest) ?? first);
}

/**
 * The ids of the households in a scope, as a subquery another module filters its own rows on
 * (`inArray(row.householdId, …)`), so a paged list stays one query without reading `household`.
 */
export function householdIdsInScope(db: Executor, tenantId: string, scope: HouseholdScope) {
  return db
    .select({ id: household.id })
    .from(household)
    .leftJoin(area, and(eq(area.tenantId, household.tenantId), eq(area.id, household.areaId)))
    .where(and(eq(household.tenantId, tenantId), householdScopeCondition(scope)));
}
