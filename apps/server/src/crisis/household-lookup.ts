/**
 * The exact household lookup of the crisis service and the certified institution (decided in
 * policy/decide-lookup.ts): the same lookup Veilig Thuis uses before break-glass, audited with its
 * own action and purpose; a refusal is audited too. It answers with the person found as well.
 */
import type { BreakGlassLookup, HouseholdLookupCandidate } from '@een-plan/contracts';
import { lookupExactAudited } from '../consent/break-glass-lookup.ts';
import type { Db } from '../db/database.ts';
import { refuse } from '../policy/authorize.ts';
import { decideHouseholdLookup } from '../policy/decide-lookup.ts';
import type { RequestContext } from '../policy/request-context.ts';

export async function lookupHousehold(
  db: Db,
  ctx: RequestContext,
  lookup: BreakGlassLookup,
): Promise<HouseholdLookupCandidate[]> {
  const decision = decideHouseholdLookup(ctx.actor);
  if (!decision.allowed) {
    return refuse(
      db,
      ctx.actor,
      ctx,
      {
        action: 'household.lookup',
        subjectType: 'tenant',
        subjectId: ctx.tenantId,
        dataCategory: 'household.summary',
        purpose: 'lookup',
      },
      decision.reason,
    );
  }
  const rows = await lookupExactAudited(db, ctx.actor, lookup, ctx, {
    action: 'household.lookup',
    purpose: decision.purpose,
  });
  // The person they named by BSN or name (to make the episode or measure about them); no one else.
  return rows.map(({ personId, firstName, ...household }) => ({
    ...household,
    person: { personId, firstName },
  }));
}
