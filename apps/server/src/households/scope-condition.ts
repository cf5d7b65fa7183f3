import { eq, or, type SQL, sql } from 'drizzle-orm';
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
