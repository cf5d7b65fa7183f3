/**
 * A plan opened by a hand-over from Veilig Thuis (issue 14): Veilig Thuis hands a family back to
 * the social team or a provider, and the hand-over must land in the household's plan. Veilig Thuis
 * may not edit a plan, so this does not authorize itself: the caller has decided the hand-over
 * (policy/decide-safety.ts) and calls it inside its own transaction.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { reopenHousehold } from '../households/status.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { auditSuccess } from './access.ts';
import { seal, sealSnapshot } from './crypto.ts';
import { currentPlan } from './current-plan.ts';
import { plan, planVersion } from './schema.ts';

/** Inserts version 1 of a new concept plan (shared with createPlan). */
export async function insertNewPlan(tx: Executor, actor: Actor, householdId: string, vision: string) {
  const id = randomUUID();
  await tx.insert(plan).values({
    tenantId: actor.tenantId,
    id,
    householdId,
    vision: seal(vision),
    version: 1,
    createdBy: actor.userId,
  });
  await tx.insert(planVersion).values({
    tenantId: actor.tenantId,
    planId: id,
    version: 1,
    snapshot: sealSnapshot({ vision, goals: [] }),
    createdBy: actor.userId,
    changeSummary: 'created',
  });
  return id;
}

/** The household's open plan, or a new empty concept plan when it has none (or only a closed one). */
export async function openPlanForHandover(
  tx: Executor,
  actor: Actor,
  householdId: string,
  ctx: RequestOrigin,
): Promise<{ planId: string; created: boolean }> {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`plan:${actor.tenantId}:${householdId}`}, 0))`,
  );
  const existing = await currentPlan(tx, actor.tenantId, householdId);
  if (existing && existing.state !== 'closed') return { planId: existing.id, created: false };
  const planId = await insertNewPlan(tx, actor, householdId, '');
  if (existing) await reopenHousehold(tx, actor, householdId, ctx);
  await auditSuccess(tx, actor, ctx, householdId, 'plan.create', { planId, version: 1, via: 'handover' });
  return { planId, created: true };
}
