import type { Executor } from '../db/database.ts';
import { findHouseholdFacts, type HouseholdRow } from '../households/membership.ts';
import type { Actor } from '../policy/actor.ts';
import { type Attempt, authorize } from '../policy/authorize.ts';
import { decideConsentManage } from '../policy/decide-consent-manage.ts';
import type { RequestOrigin } from '../policy/request-context.ts';

/** Household relationship for managing consents: the family itself, its coordinator/team (read for team lead). */
export async function requireManage(
  db: Executor,
  actor: Actor,
  ctx: RequestOrigin,
  householdId: string,
  write: boolean,
  auditAction: string,
): Promise<HouseholdRow> {
  const { facts } = await authorize(db, actor, ctx, {
    load: () => findHouseholdFacts(db, actor.tenantId, householdId),
    decide: (h) => decideConsentManage(actor, write, { ...h, tenantId: actor.tenantId }),
    attempt: consentAttempt(auditAction, householdId),
    answer: 'not_found',
  });
  return facts;
}

/** A refused consent action as the audit log records it. */
export function consentAttempt(action: string, householdId: string): Attempt {
  return {
    action,
    subjectType: 'household',
    subjectId: householdId,
    dataCategory: 'consent',
    purpose: 'denied',
  };
}

/** A consent action that went through, as the audit log records it (for `recordAccess`). */
export function consentAccess(action: string, householdId: string, purpose: string) {
  return { ...consentAttempt(action, householdId), purpose };
}
