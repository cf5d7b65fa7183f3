import { type AnyColumn, and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { preparedOnce } from '../db/prepared.ts';
import { ProblemError } from '../http/problems.ts';
import { plan } from './schema.ts';

export type PlanRow = typeof plan.$inferSelect;

// The household's newest plan. Read on every plan request, and locked on every plan write: each
// built once per process (db/prepared.ts).
const newest = (db: Executor) =>
  db
    .select()
    .from(plan)
    .where(
      and(
        eq(plan.tenantId, sql.placeholder('tenantId')),
        eq(plan.householdId, sql.placeholder('householdId')),
      ),
    )
    .orderBy(desc(plan.createdAt), desc(plan.id))
    .limit(1);
const currentStatement = (db: Executor) => newest(db).prepare('plan_current');
const lockedStatement = (db: Executor) => newest(db).for('update').prepare('plan_current_locked');

/**
 * "This is the household's current plan", as the condition of a join of `plan` to the caller's
 * household query: the same newest plan `currentPlan` answers.
 */
export function isCurrentPlanOf(tenantId: AnyColumn, householdId: AnyColumn): SQL {
  return sql`${plan.tenantId} = ${tenantId} and ${plan.id} = (select c.id from ${plan} c
    where c.tenant_id = ${tenantId} and c.household_id = ${householdId}
    order by c.created_at desc, c.id desc limit 1)`;
}

/** The household's current plan: the newest one (a closed plan stays until a new one starts). */
export async function currentPlan(
  db: Executor,
  tenantId: string,
  householdId: string,
): Promise<PlanRow | null> {
  const [p] = await preparedOnce(db, 'plan_current', currentStatement).execute({ tenantId, householdId });
  return p ?? null;
}

export async function requirePlan(
  db: Executor,
  tenantId: string,
  householdId: string,
  lock = false,
): Promise<PlanRow> {
  if (!lock) {
    const p = await currentPlan(db, tenantId, householdId);
    if (!p) throw new ProblemError('plan_not_found');
    return p;
  }
  // Found and locked in one statement: FOR UPDATE waits for a concurrent writer and answers the row
  // as that writer committed it, so the caller's version check sees the latest version.
  const [locked] = await preparedOnce(db, 'plan_current_locked', lockedStatement).execute({
    tenantId,
    householdId,
  });
  if (!locked) throw new ProblemError('plan_not_found');
  return locked;
}

export function checkVersion(p: PlanRow, version: number) {
  if (p.version !== version) {
    throw new ProblemError('version_conflict', `plan is at version ${p.version}`, undefined, p.version);
  }
}
