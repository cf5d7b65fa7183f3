/**
 * Facts the task rules ask of consents: a consent in force that ends between today and `until`,
 * and that no later consent (same household, person and grantee) renews.
 */
import { and, eq, gte, isNull, lte, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { consent } from './schema.ts';

export async function consentsExpiring(
  db: Executor,
  tenantId: string,
  today: string,
  until: string,
  householdId?: string,
) {
  return db
    .select({ id: consent.id, householdId: consent.householdId, dueDate: consent.validUntil })
    .from(consent)
    .where(
      and(
        eq(consent.tenantId, tenantId),
        isNull(consent.revokedAt),
        gte(consent.validUntil, today),
        lte(consent.validUntil, until),
        householdId ? eq(consent.householdId, householdId) : undefined,
        sql`not exists (select 1 from consent renewal
              where renewal.tenant_id = ${consent.tenantId}
                and renewal.household_id = ${consent.householdId}
                and renewal.subject_person_id = ${consent.subjectPersonId}
                and renewal.grantee_kind = ${consent.granteeKind}
                and renewal.grantee_ref = ${consent.granteeRef}
                and renewal.revoked_at is null
                and renewal.valid_until > ${consent.validUntil})`,
      ),
    );
}
