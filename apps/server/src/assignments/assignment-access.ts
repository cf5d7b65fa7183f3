import type { Executor } from '../db/database.ts';
import { findHouseholdFacts } from '../households/membership.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/authorize.ts';
import { type AssignmentAction, decideAssignment } from '../policy/decide-assignment.ts';
import type { RequestOrigin } from '../policy/request-context.ts';

/**
 * Decides an assignment action on a household through the policy; a refusal is audited and thrown
 * (404 for a household that does not exist). Returns the household's facts.
 */
export async function authorizeHousehold(
  db: Executor,
  actor: Actor,
  householdId: string,
  action: AssignmentAction,
  audit: { action: string },
  ctx: RequestOrigin,
) {
  const { facts } = await authorize(db, actor, ctx, {
    load: () => findHouseholdFacts(db, actor.tenantId, householdId),
    decide: (f) => decideAssignment(actor, action, { tenantId: actor.tenantId, ...f }),
    attempt: {
      action: audit.action,
      subjectType: 'household',
      subjectId: householdId,
      dataCategory: 'assignment',
      purpose: 'youth_care_assignment',
    },
  });
  return facts;
}

/** An assignment action that went through, for `recordAccess`: on a household or on one assignment. */
export function assignmentAccess(action: string, subject: { household: string } | { assignment: string }) {
  const [subjectType, subjectId] =
    'household' in subject ? ['household', subject.household] : ['assignment', subject.assignment];
  return { action, subjectType, subjectId, dataCategory: 'assignment', purpose: 'youth_care_assignment' };
}

/** A provider's (or approver's) list of assignments, as one audit event naming them (decision 0028). */
export const PROVIDER_ASSIGNMENTS_READ = {
  action: 'assignment.read',
  subjectType: 'assignment',
  dataCategory: 'assignment',
  purpose: 'youth_care_delivery',
};

/** A provider's list of its own requests, as one audit event naming them (decision 0028). */
export const PROVIDER_REQUESTS_READ = {
  ...PROVIDER_ASSIGNMENTS_READ,
  action: 'assignment_request.read',
  subjectType: 'assignment_request',
};
