/**
 * The erasure form's household picker: the administrator searches by name or postcode and picks
 * the household and the requester from its members. Policy-checked (decideErasureLookup) and
 * audited like any household search: the kind of criterion (never the value) and the households
 * shown, with the purpose.
 */
import type { ErasureCandidateList, ErasureHouseholdSearch } from '@een-plan/contracts';
import { recordAudit } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import { erasureCandidates } from '../households/erasure-candidates.ts';
import { refuse } from '../policy/authorize.ts';
import { decideErasureLookup } from '../policy/decide-lookup.ts';
import type { RequestContext } from '../policy/request-context.ts';
import { isParentRole } from './erasure.ts';

export async function searchErasureHouseholds(
  db: Db,
  ctx: RequestContext,
  search: ErasureHouseholdSearch,
): Promise<ErasureCandidateList> {
  const attempt = {
    action: 'household.search',
    subjectType: 'tenant',
    subjectId: ctx.tenantId,
    dataCategory: 'household.summary',
    purpose: 'erasure_request',
  };
  const decision = decideErasureLookup(ctx.actor);
  if (!decision.allowed) return refuse(db, ctx.actor, ctx, attempt, decision.reason);
  const { households, limited } = await erasureCandidates(db, ctx.tenantId, search);
  const items = households.map((h) => {
    const seen = new Set<string>();
    const members = h.members.filter((m) => !seen.has(m.personId) && Boolean(seen.add(m.personId)));
    return {
      householdId: h.householdId,
      name: h.name,
      postcode: h.postcode,
      houseNumber: h.houseNumber,
      city: h.city,
      members: members.map((m) => ({
        personId: m.personId,
        firstName: m.firstName,
        lastName: m.lastName,
        birthDate: m.birthDate,
        memberRole: m.memberRole,
        isParent: isParentRole(m.memberRole),
      })),
    };
  });
  const base = {
    tenantId: ctx.tenantId,
    actor: ctx.actor,
    action: attempt.action,
    outcome: 'success' as const,
    dataCategory: attempt.dataCategory,
    purpose: decision.purpose,
    requestId: ctx.requestId,
    clientAddress: ctx.clientAddress,
  };
  // One event: the search and every household it showed (decision 0028).
  await recordAudit(db, {
    ...base,
    ...(items.length > 0 ? { subjectType: 'household', subjectIds: items.map((h) => h.householdId) } : {}),
    details: { criterion: search.kind, results: items.length },
  });
  return { items, limited };
}
