import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Executor } from '../db/database.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { household } from './schema.ts';

/**
 * The household's support has ended (its plan closed): status `closed` with the closing date. It
 * shows as "Afgesloten" in the dossier and the caseload. In the caller's transaction, audited.
 */
export async function closeHousehold(
  tx: Executor,
  actor: Actor,
  householdId: string,
  closedOn: string,
  ctx: RequestOrigin,
): Promise<void> {
  const [h] = await tx
    .select({ status: household.status, version: household.version })
    .from(household)
    .where(and(eq(household.tenantId, actor.tenantId), eq(household.id, householdId)))
    .for('update')
    .limit(1);
  if (!h) return;
  await tx
    .update(household)
    .set({ status: 'closed', closedOn, version: h.version + 1 })
    .where(and(eq(household.tenantId, actor.tenantId), eq(household.id, householdId)));
  await recordAudit(tx, {
    tenantId: actor.tenantId,
    actor,
    action: 'household.close',
    outcome: 'success',
    subjectType: 'household',
    subjectId: householdId,
    dataCategory: 'household',
    purpose: 'family_plan',
    ...ctx,
    details: { from: h.status, closedOn },
  });
}

/** A closed household gets a new plan: its support starts again (status planning, no closing date). */
export async function reopenHousehold(
  tx: Executor,
  actor: Actor,
  householdId: string,
  ctx: RequestOrigin,
): Promise<void> {
  const [h] = await tx
    .select({ status: household.status, version: household.version })
    .from(household)
    .where(and(eq(household.tenantId, actor.tenantId), eq(household.id, householdId)))
    .for('update')
    .limit(1);
  if (h?.status !== 'closed') return;
  await tx
    .update(household)
    .set({ status: 'planning', closedOn: null, version: h.version + 1 })
    .where(and(eq(household.tenantId, actor.tenantId), eq(household.id, householdId)));
  await recordAudit(tx, {
    tenantId: actor.tenantId,
    actor,
    action: 'household.reopen',
    outcome: 'success',
    subjectType: 'household',
    subjectId: householdId,
    dataCategory: 'household',
    purpose: 'family_plan',
    ...ctx,
    details: { from: h.status },
  });
}
