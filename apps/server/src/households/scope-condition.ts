import { type AnyColumn, and, eq, or, type Placeholder, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import type { HouseholdScope } from '../policy/household-scope.ts';
import { areaOfTeam } from '../tenancy/fragments.ts';
import { household } from './schema.ts';

/** A scope whose values may be a prepared statement's placeholders. */
export type BoundScope = { [K in keyof HouseholdScope]: HouseholdScope[K] | Placeholder };

/** The columns a scope is decided on: a household's, or a row that carries them (the search rows). */
interface ScopeColumns {
  tenantId: AnyColumn | Placeholder | string;
  areaId: AnyColumn;
  coordinatorId: AnyColumn;
}

const householdColumns: ScopeColumns = {
  tenantId: household.tenantId,
  areaId: household.areaId,
  coordinatorId: household.coordinatorId,
};

/**
 * The WHERE condition for a scope, over the query's `household` rows or over other columns that
 * hold a household's area and coordinator. A bound `tenantId` (not a column) makes the team's
 * areas a subquery PostgreSQL runs once per statement instead of once per row.
 */
export function householdScopeCondition(scope: BoundScope, columns: ScopeColumns = householdColumns): SQL {
  const parts = [
    scope.coordinatorId ? eq(columns.coordinatorId, scope.coordinatorId) : undefined,
    scope.teamId ? areaOfTeam(columns.tenantId, columns.areaId, scope.teamId) : undefined,
  ].filter((p): p is SQL => p !== undefined);
  const [first, ...rest] = parts;
  if (!first) return sql`false`;
  return rest.length === 0 ? first : (or(first, ...rest) ?? first);
}

/**
 * The ids of the households in a scope, as a subquery another module filters its own rows on
 * (`inArray(row.householdId, …)`), so a paged list stays one query without reading `household`.
 */
export function householdIdsInScope(db: Executor, tenantId: string | Placeholder, scope: BoundScope) {
  return db
    .select({ id: household.id })
    .from(household)
    .where(and(eq(household.tenantId, tenantId), householdScopeCondition(scope)));
}
