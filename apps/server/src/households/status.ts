import { and, eq } from 'drizzle-orm';
import { recordAccess } from '../audit/record.ts';
import type { Executor } from '../db/database.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { household } from './schema.ts';

type HouseholdStatus = typeof household.$inferSelect.status;

/**
 * Moves the household (locked for the caller's transaction) to `to` when `from` allows its current
 * status, and audits it as `action` with the status it came from. Nothing happens otherwise.
 */
async function changeStatus(
  tx: Executor,
  actor: Actor,
  ctx: RequestOrigin,
  householdId: string,
  change: {
    action: string;
    from: (status: HouseholdStatus) => boolean;
    to: { status: HouseholdStatus; closedOn: string | null };
  },
): Promise<void> {
  const ofHousehold = and(eq(household.tenantId, actor.tenantId), eq(household.id, householdId));
  const [h] = await tx
    .select({ status: household.status, version: household.version })
    .from(household)
    .where(ofHousehold)
    .for('update')
    .limit(1);
  if (!h || !change.from(h.status)) return;
  await tx
    .update(household)
    .set({ ...change.to, version: h.version + 1 })
    .where(ofHousehold);
  const access = {
    action: change.action,
    subjectType: 'household',
    subjectId: householdId,
    dataCategory: 'household',
    purpose: 'family_plan',
  };
  await recordAccess(tx, actor, ctx, access, {
    from: h.status,
    ...(change.to.closedOn ? { closedOn: change.to.closedOn } : {}),
  });
}

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
  await changeStatus(tx, actor, ctx, householdId, {
    action: 'household.close',
    from: () => true,
    to: { status: 'closed', closedOn },
  });
}

/** A closed household gets a new plan: its support starts again (status planning, no closing date). */
export async function reopenHousehold(
  tx: Executor,
  actor: Actor,
  householdId: string,
  ctx: RequestOrigin,
): Promise<void> {
  await changeStatus(tx, actor, ctx, householdId, {
    action: 'household.reopen',
    from: (status) => status === 'closed',
    to: { status: 'planning', closedOn: null },
  });
}
