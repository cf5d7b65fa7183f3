import { eq } from 'drizzle-orm';
import type { PgColumn, PgInsertValue, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { recordAudit } from '../audit/record.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import type { Db, Executor } from './database.ts';

/** What the audit entry keeps of a change: the new values. */
type AuditDetails = Record<string, string | number | boolean | null>;

/** A table of per-tenant settings: one row per tenant, keyed by `tenant_id`. */
type TenantSettingTable = PgTable & { tenantId: PgColumn };

/**
 * The tenant's settings row, or undefined when the tenant never saved one (the caller then uses its
 * defaults, so a new tenant works without a row).
 */
export async function tenantSettingRow<T extends TenantSettingTable>(
  db: Executor,
  table: T,
  tenantId: string,
): Promise<T['$inferSelect'] | undefined> {
  const rows = await db
    .select()
    .from(table as PgTable)
    .where(eq(table.tenantId, tenantId))
    .limit(1);
  return rows[0] as T['$inferSelect'] | undefined;
}

/** Saves the tenant's settings (validated at the edge) and audits the change in one transaction. */
export async function saveTenantSetting<T extends TenantSettingTable>(
  db: Db,
  table: T,
  change: { actor: Actor; origin: RequestOrigin; action: string; dataCategory: string },
  input: Partial<T['$inferInsert']> & AuditDetails,
): Promise<void> {
  const { actor, origin } = change;
  await db.transaction(async (tx) => {
    // The generic table hides its column types from drizzle; `input` is typed by the caller's table.
    await tx
      .insert(table)
      .values({ ...input, tenantId: actor.tenantId } as PgInsertValue<T>)
      .onConflictDoUpdate({ target: table.tenantId, set: input as PgUpdateSetSource<T> });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor,
      action: change.action,
      outcome: 'success',
      subjectType: 'tenant',
      subjectId: actor.tenantId,
      dataCategory: change.dataCategory,
      purpose: 'administration',
      requestId: origin.requestId,
      clientAddress: origin.clientAddress,
      details: { ...input },
    });
  });
}
