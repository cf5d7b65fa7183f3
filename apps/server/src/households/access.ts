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
  return requireHouseholdOf(db, actor, ctx, { householdId, policyAction, audit }, () =>
    findHouseholdFacts(db, actor.tenantId, householdId),
  );
}

/**
 * `requireHousehold` for a read that loads the household's facts together with what it shows
 * (`householdFactsColumns` beside its own columns, one round trip): the same decision, the same
 * refusal and its audit row; nothing of what was loaded leaves when the answer is no.
 */
export async function requireHouseholdOf<F extends HouseholdRow>(
  db: Executor,
  actor: Actor,
  ctx: RequestOrigin,
  asked: { householdId: string; policyAction: HouseholdAction; audit: AccessAudit },
  load: () => Promise<F | null>,
): Promise<F> {
  const { facts } = await authorize(db, actor, ctx, {
    load,
    decide: (h) => decideFor(actor, asked.policyAction, h),
    attempt: { ...asked.audit, subjectType: 'household', subjectId: asked.householdId },
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
