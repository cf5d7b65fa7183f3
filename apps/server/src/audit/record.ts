import { desc, eq, sql } from 'drizzle-orm';
import type { Db, Executor } from '../db/database.ts';
import type { Actor } from '../policy/actor.ts';
import { auditRowHash, GENESIS_HASH } from './hash.ts';
import { auditLog } from './schema.ts';

export type AuditOutcome = 'success' | 'denied' | 'failed';

export interface AuditEvent {
  tenantId: string;
  actor: Actor | null;
  action: string;
  outcome: AuditOutcome;
  subjectType?: string;
  subjectId?: string;
  dataCategory?: string;
  purpose?: string;
  onBehalfOf?: string;
  requestId?: string;
  clientAddress?: string;
  /** Never names, BSNs or free text: identifiers, counts and codes only. */
  details?: Record<string, string | number | boolean | null>;
}

/** Appends one event to its tenant's hash chain. */
export async function recordAudit(executor: Executor, event: AuditEvent): Promise<void> {
  await recordAuditMany(executor, [event]);
}

/**
 * Appends events (e.g. every household shown in a list) to their tenants' hash chains. Per tenant
 * one advisory lock serialises appenders across all server processes, so the chain never forks;
 * the chain is computed here and written in one INSERT, so the lock is held for few round trips.
 */
export async function recordAuditMany(executor: Executor, events: AuditEvent[]): Promise<void> {
  if (events.length === 0) return;
  const tenants = [...new Set(events.map((e) => e.tenantId))].sort();
  await runInTransaction(executor, async (tx) => {
    for (const tenantId of tenants) {
      await appendToChain(
        tx,
        tenantId,
        events.filter((e) => e.tenantId === tenantId),
      );
    }
  });
}

async function appendToChain(tx: Executor, tenantId: string, events: AuditEvent[]) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`audit:${tenantId}`}, 0))`);
  const [last] = await tx
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .where(eq(auditLog.tenantId, tenantId))
    .orderBy(desc(auditLog.seq))
    .limit(1);
  let seq = last?.seq ?? 0;
  let prevHash = last?.hash ?? GENESIS_HASH;
  const occurredAt = new Date();
  const rows = events.map((event) => {
    const content = {
      tenantId,
      seq: ++seq,
      occurredAt,
      actorUserId: event.actor?.userId ?? null,
      actorRole: event.actor?.role ?? null,
      actorOrganisationId: event.actor?.organisationId ?? null,
      onBehalfOf: event.onBehalfOf ?? null,
      subjectType: event.subjectType ?? null,
      subjectId: event.subjectId ?? null,
      action: event.action,
      dataCategory: event.dataCategory ?? null,
      purpose: event.purpose ?? null,
      outcome: event.outcome,
      requestId: event.requestId ?? null,
      clientAddress: event.clientAddress ?? null,
      details: event.details ?? null,
      prevHash,
    };
    prevHash = auditRowHash(content);
    return { ...content, hash: prevHash };
  });
  await tx.insert(auditLog).values(rows);
}

async function runInTransaction(executor: Executor, fn: (tx: Executor) => Promise<void>) {
  // Inside a caller's transaction (it has `rollback`) the lock lives until that one commits.
  if ('rollback' in executor) return fn(executor);
  return (executor as Db).transaction(fn);
}
