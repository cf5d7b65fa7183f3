import { and, eq, inArray, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Executor } from '../db/database.ts';
import type { Actor } from '../policy/actor.ts';
import type { HouseholdScope } from '../policy/household-scope.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { household } from './schema.ts';
import { householdScopeCondition } from './scope-condition.ts';

/**
 * Hands the household (its caseload entry) to another coordinator, e.g. after a resident's
 * agreed request for another coordinator. In the caller's transaction, audited; the caller has
 * checked who may decide it and that the new coordinator belongs to the household's team.
 * Returns the previous coordinator.
 */
export async function changeCoordinator(
  tx: Executor,
  actor: Actor,
  householdId: string,
  coordinatorId: string,
  ctx: RequestOrigin,
): Promise<string | null> {
  const [h] = await tx
    .select({ coordinatorId: household.coordinatorId })
    .from(household)
    .where(and(eq(household.tenantId, actor.tenantId), eq(household.id, householdId)))
    .for('update')
    .limit(1);
  if (!h) return null;
  await tx
    .update(household)
    .set({ coordinatorId, version: sql`${household.version} + 1` })
    .where(and(eq(household.tenantId, actor.tenantId), eq(household.id, householdId)));
  await recordAudit(tx, {
    tenantId: actor.tenantId,
    actor,
    action: 'household.coordinator_change',
    outcome: 'success',
    subjectType: 'household',
    subjectId: householdId,
    dataCategory: 'household',
    purpose: 'care_coordination',
    ...ctx,
    details: { from: h.coordinatorId, to: coordinatorId },
  });
  return h.coordinatorId;
}

/**
 * The ids of the households in `scope` as a subquery, for `inArray(theirHouseholdId, …)`: another
 * module filters its own rows by the scope in one bounded query instead of first loading every
 * household of a team (tens of thousands in a large municipality) and sending their ids back.
 */
export function householdIdsInScope(db: Executor, tenantId: string, scope: HouseholdScope) {
  return db
    .select({ id: household.id })
    .from(household)
    .where(and(eq(household.tenantId, tenantId), householdScopeCondition(scope)));
}

/** The households in a professional's scope (ids and names), optionally limited to some ids. */
export async function householdsInScope(
  db: Executor,
  tenantId: string,
  scope: HouseholdScope,
  ids?: readonly string[],
): Promise<Array<{ id: string; name: string }>> {
  if (ids && ids.length === 0) return [];
  return db
    .select({ id: household.id, name: household.name })
    .from(household)
    .where(
      and(
        eq(household.tenantId, tenantId),
        householdScopeCondition(scope),
        ids ? inArray(household.id, [...ids]) : undefined,
      ),
    );
}
