/**
 * The family names the retention lists show ("Familie Jansen" instead of an id), read through the
 * households module's functions and audited per household shown, with the list's purpose. The
 * first name of a person an erasure request is about is read and audited the same way.
 */
import { type AuditEvent, recordAuditMany } from '../audit/record.ts';
import type { Executor } from '../db/database.ts';
import { firstNamesOf, householdNames } from '../households/home-queries.ts';
import type { RequestContext } from '../policy/request-context.ts';

export type ListPurpose = 'retention' | 'erasure_request';

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
  const base = {
    tenantId: ctx.tenantId,
    actor: ctx.actor,
    outcome: 'success' as const,
    purpose,
    requestId: ctx.requestId,
    clientAddress: ctx.clientAddress,
  };
  // One row per name shown, written as one batch (a list can hold hundreds).
  await recordAuditMany(db, [
    ...[...households.keys()].map(
      (id): AuditEvent => ({
        ...base,
        action: 'household.list',
        subjectType: 'household',
        subjectId: id,
        dataCategory: 'household.summary',
      }),
    ),
    ...[...firstNames.keys()].map(
      (id): AuditEvent => ({
        ...base,
        action: 'household.members',
        subjectType: 'person',
        subjectId: id,
        dataCategory: 'person.first_name',
      }),
    ),
  ]);
  return { households, firstNames };
}
