/**
 * The family names the retention lists show ("Familie Jansen" instead of an id), read through the
 * households module's functions and audited as one event naming every household shown (decision
 * 0028), with the list's purpose. The first names of the people an erasure request is about are read
 * and audited the same way.
 */
import { recordListed } from '../audit/record.ts';
import type { Executor } from '../db/database.ts';
import { firstNamesOf, householdNames } from '../households/home-queries.ts';
import type { RequestContext } from '../policy/request-context.ts';

type ListPurpose = 'retention' | 'erasure_request';

export async function namesForList(
  db: Executor,
  ctx: RequestContext,
  purpose: ListPurpose,
  householdIds: string[],
  personIds: string[] = [],
) {
  const [households, firstNames] = await Promise.all([
    householdNames(db, ctx.tenantId, householdIds),
    firstNamesOf(db, ctx.tenantId, [...new Set(personIds)]),
  ]);
  // One event per kind of name shown, naming every household (person) in it (decision 0028).
  await Promise.all([
    recordListed(
      db,
      ctx.actor,
      ctx,
      { action: 'household.list', subjectType: 'household', dataCategory: 'household.summary', purpose },
      [...households.keys()],
    ),
    recordListed(
      db,
      ctx.actor,
      ctx,
      { action: 'household.members', subjectType: 'person', dataCategory: 'person.first_name', purpose },
      [...firstNames.keys()],
    ),
  ]);
  return { households, firstNames };
}
