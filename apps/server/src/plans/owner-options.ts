import type { PlanOwnerOption } from '@een-plan/contracts';
import { listCaseworkers } from '../auth/users.ts';
import type { Db } from '../db/database.ts';
import { listActiveNetworkNames } from '../network/service.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { listOfferNames } from '../socialMap/service.ts';
import { listOrganisations } from '../tenancy/organisations.ts';
import { auditSuccess, authorizePlan } from './access.ts';

/** Who can own an action: household members, the professionals and providers of the tenant. */
export async function ownerOptions(
  db: Db,
  actor: Actor,
  householdId: string,
  ctx: RequestOrigin,
): Promise<PlanOwnerOption[]> {
  const { h } = await authorizePlan(db, actor, householdId, 'plan.edit', ctx, {
    action: 'plan.owner_options',
  });
  const users = await listCaseworkers(db, actor.tenantId);
  const orgs = await listOrganisations(db, actor.tenantId, 'municipality');
  // Network members (network module) and social-map offers (social map module) are referred to by
  // id with a label snapshot, so the plan has no foreign key into those modules.
  const network = await listActiveNetworkNames(db, actor.tenantId, householdId);
  const offers = await listOfferNames(db, actor.tenantId);
  await auditSuccess(db, actor, ctx, householdId, 'plan.owner_options');
  return [
    ...h.members.map((m) => ({ kind: 'household_member' as const, ref: m.personId, label: m.firstName })),
    ...network.map((n) => ({ kind: 'network_member' as const, ref: n.id, label: n.name })),
    ...offers.map((o) => ({ kind: 'social_map_offer' as const, ref: o.id, label: o.name })),
    ...users.map((u) => ({ kind: 'professional' as const, ref: u.id, label: u.displayName })),
    ...orgs.map((o) => ({ kind: 'provider' as const, ref: o.id, label: o.name })),
  ];
}
