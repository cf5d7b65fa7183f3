import { type AuditEvent, accessEvent, recordAudit } from '../audit/record.ts';
import type { Executor } from '../db/database.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/authorize.ts';
import { type Decision, decideHousehold, type HouseholdAction } from '../policy/decide.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { findHouseholdFacts, type HouseholdRow } from './membership.ts';

export function decideFor(actor: Actor, action: HouseholdAction, h: HouseholdRow): Decision {
  return decideHousehold(actor, action, {
    tenantId: actor.tenantId,
    coordinatorId: h.coordinatorId,
    teamId: h.teamId,
    memberPersonIds: h.memberPersonIds,
  });
}

interface AccessAudit {
  /** The audit action, e.g. `household.read`. */
  action: string;
  dataCategory: string;
  purpose: string;
}

/**
 * Loads a household the actor may act on, or answers 404 — the same answer whether it does not
 * exist or may not be seen, so nothing leaks. A denial is audited right away; the caller audits
 * the success when the read or write has happened (for writes: in the same transaction).
 */
export async function requireHousehold(
  db: Executor,
  actor: Actor,
  ctx: RequestOrigin,
  householdId: string,
  policyAction: HouseholdAction,
  audit: AccessAudit,
): Promise<HouseholdRow> {
  const { facts } = await authorize(db, actor, ctx, {
    load: () => findHouseholdFacts(db, actor.tenantId, householdId),
    decide: (h) => decideFor(actor, policyAction, h),
    attempt: { ...audit, subjectType: 'household', subjectId: householdId },
    answer: 'not_found',
  });
  return facts;
}

export async function auditSuccess(
  db: Executor,
  actor: Actor,
  ctx: RequestOrigin,
  householdId: string,
  audit: AccessAudit,
  details?: Record<string, string | number | boolean | null>,
) {
  await recordAudit(db, successEvent(actor, ctx, householdId, audit, details));
}

/** The event `auditSuccess` appends, for a write that appends it in its own statement (`writeAudited`). */
export function successEvent(
  actor: Actor,
  ctx: RequestOrigin,
  householdId: string,
  audit: AccessAudit,
  details?: Record<string, string | number | boolean | null>,
): AuditEvent {
  return accessEvent(actor, ctx, { ...audit, subjectType: 'household', subjectId: householdId }, details);
}
