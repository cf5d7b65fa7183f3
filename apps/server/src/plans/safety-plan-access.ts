/**
 * The one way to the safety section: facts loaded (household, consents, break-glass, measures),
 * decided in policy/decide-safety-plan.ts, refusals audited by the policy's authorize, successes
 * audited by the caller under the data category `safety_plan`.
 */
import { recordAccess } from '../audit/record.ts';
import { basisOf, loadSectionFacts } from '../consent/access.ts';
import type { Executor } from '../db/database.ts';
import { findHouseholdFacts } from '../households/membership.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/authorize.ts';
import { decideSection } from '../policy/decide-consent.ts';
import { planPurpose } from '../policy/decide-plan.ts';
import {
  decideSafetyPlan,
  type SafetyPlanAction,
  type SafetyPlanBasis,
  type SafetyPlanFacts,
} from '../policy/decide-safety-plan.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { organisationsWithOpenMeasure } from '../protection/household-facts.ts';
import { type HouseholdFacts, loadHousehold } from './access.ts';

const CATEGORY = 'safety_plan';

function purpose(actor: Actor): string {
  return planPurpose(actor) === 'portal' ? 'portal' : 'safety_plan';
}

/** The basis of an allowed access with its audit purpose and details. */
interface Via {
  basis: SafetyPlanBasis;
  purpose: string;
  details: Record<string, string>;
}

async function loadSafetyFacts(db: Executor, actor: Actor, householdId: string, now: Date) {
  const row = await findHouseholdFacts(db, actor.tenantId, householdId);
  const h = row ? await loadHousehold(db, actor.tenantId, householdId) : null;
  if (!row || !h) return null;
  const section = await loadSectionFacts(db, actor, row, now);
  const measureOrganisationIds = await organisationsWithOpenMeasure(db, actor.tenantId, householdId);
  const me = h.members.find((m) => m.personId === actor.personId);
  const actorMember = me ? { role: me.role, age: me.age } : null;
  return { h, facts: { ...section.facts, measureOrganisationIds, actorMember } };
}

/** The audit basis of a safety-section read, or the caller's own purpose when it is no consent/glass. */
function viaOf(actor: Actor, basis: SafetyPlanBasis, facts: SafetyPlanFacts, now: Date): Via {
  // Through a consent or break-glass the audit row names which one, as the consent module's reads
  // do: the family's access log leaves out a break-glass withheld from the family by its id.
  const section = decideSection(actor, 'safety', facts, now);
  return (basis === 'consent' || basis === 'break_glass') && section.allowed
    ? { basis, ...basisOf(section) }
    : { basis, purpose: purpose(actor), details: { basis } };
}

/**
 * For a document that holds the plan (PDF, version difference): whether the safety section goes
 * in, by the same decision as reading it. A reader it refuses gets the rest of the plan without
 * it — the document is not refused — so there is no refusal to audit; an inclusion is audited by
 * the caller with the returned basis.
 */
export async function safetyPlanReadable(
  db: Executor,
  actor: Actor,
  householdId: string,
  now = new Date(),
): Promise<(Via & { h: HouseholdFacts }) | null> {
  const loaded = await loadSafetyFacts(db, actor, householdId, now);
  if (!loaded) return null;
  const decision = decideSafetyPlan(actor, 'safety_plan.read', loaded.facts, now);
  if (!decision.allowed) return null;
  return { ...viaOf(actor, decision.basis, loaded.facts, now), h: loaded.h };
}

export async function authorizeSafetyPlan(
  db: Executor,
  actor: Actor,
  householdId: string,
  action: SafetyPlanAction,
  ctx: RequestOrigin,
  auditAction: string,
  now = new Date(),
): Promise<{ h: HouseholdFacts; facts: SafetyPlanFacts; basis: SafetyPlanBasis; via: Via }> {
  const { facts, decision } = await authorize(db, actor, ctx, {
    load: () => loadSafetyFacts(db, actor, householdId, now),
    decide: (f) => decideSafetyPlan(actor, action, f.facts, now),
    attempt: {
      action: auditAction,
      subjectType: 'household',
      subjectId: householdId,
      dataCategory: CATEGORY,
      purpose: purpose(actor),
    },
    // Reading: whether a household has a safety plan is itself sensitive. Writing is for those who
    // know the household already (the route admits only coordinators and team leads).
    answer:
      action === 'safety_plan.edit' || action === 'safety_plan.record' || action === 'safety_plan.score_own'
        ? 'forbidden'
        : 'not_found',
  });
  const basis = decision.basis;
  const via = viaOf(actor, basis, facts.facts, now);
  return { h: facts.h, facts: facts.facts, basis, via };
}

export async function auditSafetyPlan(
  db: Executor,
  actor: Actor,
  ctx: RequestOrigin,
  householdId: string,
  action: string,
  via: Via,
  details: Record<string, string | number | boolean | null> = {},
) {
  await recordAccess(
    db,
    actor,
    ctx,
    {
      action,
      subjectType: 'household',
      subjectId: householdId,
      dataCategory: CATEGORY,
      purpose: via.purpose,
    },
    { ...via.details, ...details },
  );
}
