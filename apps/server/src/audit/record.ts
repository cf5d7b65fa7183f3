import { type Placeholder, type SQL, sql } from 'drizzle-orm';
import { type Db, type Executor, isTransaction } from '../db/database.ts';
import { preparedSql } from '../db/prepared.ts';
import type { Actor } from '../policy/actor.ts';
import { appendAuditRows, auditBatchParam, auditRowJson } from './insert-rows.ts';
import { nudgeAuditSealer } from './seal.ts';

export type AuditOutcome = 'success' | 'denied' | 'failed';

export interface AuditEvent {
  tenantId: string;
  actor: Actor | null;
  action: string;
  outcome: AuditOutcome;
  subjectType?: string;
  subjectId?: string;
  /**
   * Every subject a list or search showed, as one event: the family's access log still finds it per
   * subject (audit_log_subject_ids_idx), and a page of 34 households appends one row, not 34.
   */
  subjectIds?: readonly string[];
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
 * Appends events (e.g. every household shown in a list) to their tenants' logs. The rows are
 * inserted unsealed, without a lock (audit_append, decision 0047): concurrent appenders of one tenant
 * never wait on each other; the tenant's sequencer chains them shortly after (audit/seal.ts).
 *
 * Inside a caller's transaction the events commit (or roll back) with the caller's change. Outside
 * one they go through the group commit: concurrent requests' events share one statement and one
 * commit. Either way the promise settles only once the rows are durable.
 */
export async function recordAuditMany(executor: Executor, events: AuditEvent[]): Promise<void> {
  if (events.length === 0) return;
  if (isTransaction(executor)) return appendAll(executor, events);
  await groupCommit(executor, events);
  nudgeAuditSealer(executor);
}

/**
 * Builds every row (and its canonical text) here, then inserts them in one statement; the database
 * chains them later with exactly that text (audit_seal).
 */
async function appendAll(executor: Executor, events: AuditEvent[]): Promise<void> {
  await preparedSql(executor, 'audit_append', appendStatement).execute({ auditBatch: batchOf(events) });
}

// One text for every batch: prepared once, sent by name (decision 0037).
const appendStatement = () => appendAuditRows(sql.placeholder('auditBatch'));

function batchOf(events: AuditEvent[]): string {
  const occurredAt = new Date();
  return auditBatchParam(events.map((event) => auditRowJson(auditContent(event, occurredAt))));
}

// An uncorrelated scalar subquery is an InitPlan: it runs once, at the first row written.
// The builder's SQL, not the builder: drizzle would put a subquery's parentheses around it.
const withAudit = (write: { getSQL(): SQL }, batch: string | Placeholder) =>
  sql`with written as (${write.getSQL()}) select (${appendAuditRows(batch)}) as audit_appended, written.* from written`;

const withoutAppended = (rows: Array<Record<string, unknown>>) =>
  rows.map(({ audit_appended: _appended, ...row }) => row);

/**
 * A write (an `insert … returning` or `update … returning`) and its audit events as one statement
 * (decision 0043): the events are appended, unsealed, by the statement that writes. On its own
 * (autocommit) the two commit together or not at all — without a transaction's BEGIN and COMMIT
 * round trips; inside a caller's transaction they commit with it. The rows come back as the
 * database names their columns. The events are appended once, when the write returned a row: a
 * write that touched nothing audits nothing (and changed nothing).
 */
export async function writeAudited(
  executor: Executor,
  write: { getSQL(): SQL },
  events: AuditEvent[],
): Promise<Array<Record<string, unknown>>> {
  const result = await executor.execute(withAudit(write, batchOf(events)));
  // Both drivers (node-postgres, PGlite) answer a raw statement with `{ rows }`.
  if (!(result && typeof result === 'object' && 'rows' in result && Array.isArray(result.rows))) {
    throw new Error('a raw statement answered without rows');
  }
  if (!isTransaction(executor)) nudgeAuditSealer(executor);
  return withoutAppended(result.rows);
}

/**
 * `writeAudited` for a write a route repeats: its statement is built once per database handle under
 * `name` (`preparedSql`), the write's values are `sql.placeholder`s given in `values`, so a request
 * costs no SQL building. The same statement, atomicity and answer as `writeAudited`.
 */
export async function writeAuditedPrepared(
  executor: Executor,
  name: string,
  write: (db: Executor) => { getSQL(): SQL },
  values: Record<string, unknown>,
  events: AuditEvent[],
): Promise<Array<Record<string, unknown>>> {
  const statement = preparedSql(executor, name, () =>
    withAudit(write(executor), sql.placeholder('auditBatch')),
  );
  const rows = withoutAppended(await statement.execute({ ...values, auditBatch: batchOf(events) }));
  if (!isTransaction(executor)) nudgeAuditSealer(executor);
  return rows;
}

/**
 * The audit append of a write that is more than one `insert|update … returning` (several
 * data-modifying CTEs, which PostgreSQL does not nest inside `writeAudited`'s CTE): `sql` goes into
 * the caller's statement as an uncorrelated scalar subquery (an InitPlan: it runs once, at the first
 * row the caller's select returns, and not at all when it returns none); `values` binds its
 * placeholder; `appended` follows the statement (outside a transaction it nudges the sequencer).
 * The same atomicity as `writeAudited`: the events commit with the write or not at all.
 */
export const auditAppendPart = {
  sql: () => appendAuditRows(sql.placeholder('auditBatch')),
  values: (events: AuditEvent[]) => ({ auditBatch: batchOf(events) }),
  appended(executor: Executor) {
    if (!isTransaction(executor)) nudgeAuditSealer(executor);
  },
};

function auditContent(event: AuditEvent, occurredAt: Date) {
  return {
    tenantId: event.tenantId,
    occurredAt,
    actorUserId: event.actor?.userId ?? null,
    actorRole: event.actor?.role ?? null,
    actorOrganisationId: event.actor?.organisationId ?? null,
    onBehalfOf: event.onBehalfOf ?? null,
    subjectType: event.subjectType ?? null,
    subjectId: event.subjectId ?? null,
    subjectIds: event.subjectIds ?? null,
    action: event.action,
    dataCategory: event.dataCategory ?? null,
    purpose: event.purpose ?? null,
    outcome: event.outcome,
    requestId: event.requestId ?? null,
    clientAddress: event.clientAddress ?? null,
    details: event.details ?? null,
  };
}

interface Waiting {
  events: AuditEvent[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

interface Queue {
  waiting: Waiting[];
  flushing: boolean;
  /** Callers that announced an append (`auditComing`) and have not appended or given up yet. */
  coming: number;
  /** Wakes a flush that gathers the announced appends (set only while one waits). */
  wake: (() => void) | undefined;
}

/** Keyed by the database handle, so test files with their own database never share a batch. */
const queues = new WeakMap<Db, Queue>();

/** Caps one shared transaction; a caseload page writes tens of rows, a batch holds hundreds. */
const MAX_BATCH_EVENTS = 2_000;

function queueOf(db: Db): Queue {
  let queue = queues.get(db);
  if (!queue) {
    queue = { waiting: [], flushing: false, coming: 0, wake: undefined };
    queues.set(db, queue);
  }
  return queue;
}

function groupCommit(db: Db, events: AuditEvent[]): Promise<void> {
  const q = queueOf(db);
  return new Promise<void>((resolve, reject) => {
    q.waiting.push({ events, resolve, reject });
    if (!q.flushing) {
      q.flushing = true;
      void flush(db, q);
    }
  });
}

async function flush(db: Db, queue: Queue): Promise<void> {
  try {
    // Lets callers of the same tick (e.g. Promise.all over a list) join the first batch.
    await Promise.resolve();
    while (queue.waiting.length > 0) {
      if (queue.coming > 0) await gather(queue);
      const batch = takeBatch(queue);
      try {
        await appendAll(
          db,
          batch.flatMap((w) => w.events),
        );
        for (const w of batch) w.resolve();
      } catch (error) {
        if (batch.length === 1) {
          batch[0]?.reject(error);
          continue;
        }
        // One caller's bad event must not fail the others: each goes again on its own.
        for (const w of batch) {
          await appendAll(db, w.events).then(w.resolve, w.reject);
        }
      }
    }
  } finally {
    queue.flushing = false;
  }
}

/**
 * The longest a batch waits for announced appends. A commit costs PostgreSQL about 0.35 ms of CPU
 * (its WAL flush) plus a statement's overhead, whatever the batch holds; a caseload read takes a
 * few milliseconds under load, so waiting for the reads already running lets their events share
 * the commit (decision 0054). A caller alone (nothing announced) never waits.
 */
const GATHER_MS = 4;

/** Until every announced append has arrived or given up, or GATHER_MS passed. */
function gather(queue: Queue): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(done, GATHER_MS);
    function done() {
      clearTimeout(timer);
      queue.wake = undefined;
      resolve();
    }
    queue.wake = done;
  });
}

/** One announced append fewer; the gathering flush goes once none is left. */
function arrived(queue: Queue) {
  queue.coming -= 1;
  if (queue.coming === 0) queue.wake?.();
}

/**
 * Announces an append this caller will make through the group commit shortly, e.g. a list read
 * whose audit event names what the read returns: a batch being committed meanwhile waits for it
 * (at most GATHER_MS) instead of committing without it, so concurrent lists share one commit. Call
 * the returned function once the read is done, in the same synchronous step that then appends
 * (or on failure); it is idempotent. Inside a transaction the events commit with the caller's
 * transaction, so there is nothing to announce.
 */
export function auditComing(executor: Executor): () => void {
  if (isTransaction(executor)) return () => undefined;
  const q = queueOf(executor);
  q.coming += 1;
  let done = false;
  return () => {
    if (done) return;
    done = true;
    // The append follows in this synchronous step: the flush's wake-up runs after it, and sees it.
    arrived(q);
  };
}

function takeBatch(queue: Queue): Waiting[] {
  let count = 0;
  let n = 0;
  while (n < queue.waiting.length) {
    const size = queue.waiting[n]?.events.length ?? 0;
    if (n > 0 && count + size > MAX_BATCH_EVENTS) break;
    count += size;
    n += 1;
  }
  return queue.waiting.splice(0, n);
}

/** This actor did `action` on this subject for this purpose, and it succeeded (a read or a write). */
export async function recordAccess(
  executor: Executor,
  actor: Actor,
  origin: { requestId: string; clientAddress: string },
  access: Access,
  details?: Record<string, string | number | boolean | null>,
): Promise<void> {
  await recordAudit(executor, accessEvent(actor, origin, access, details));
}

type Access = {
  action: string;
  subjectType: string;
  subjectId: string;
  dataCategory: string;
  purpose: string;
};

/** The event `recordAccess` appends, for a caller that appends it with its write (`writeAudited`). */
export function accessEvent(
  actor: Actor,
  origin: { requestId: string; clientAddress: string },
  access: Access,
  details?: Record<string, string | number | boolean | null>,
): AuditEvent {
  return {
    tenantId: actor.tenantId,
    actor,
    outcome: 'success',
    ...access,
    requestId: origin.requestId,
    clientAddress: origin.clientAddress,
    ...(details ? { details } : {}),
  };
}

/** What a list or search showed: the action, the kind of subject it lists, and why. */
export interface ListedAccess {
  action: string;
  subjectType: string;
  dataCategory: string;
  purpose: string;
}

/**
 * One event naming every subject a list showed, in the order shown (decision 0028): the family's
 * access log still finds it per subject, and a page of fifty appends one row, not fifty. An empty
 * list showed nobody and writes nothing.
 */
export async function recordListed(
  executor: Executor,
  actor: Actor,
  origin: { requestId: string; clientAddress: string },
  listed: ListedAccess,
  subjectIds: readonly string[],
  details?: Record<string, string | number | boolean | null>,
): Promise<void> {
  if (subjectIds.length === 0) return;
  await recordAudit(executor, {
    tenantId: actor.tenantId,
    actor,
    outcome: 'success',
    ...listed,
    subjectIds: [...new Set(subjectIds)],
    requestId: origin.requestId,
    clientAddress: origin.clientAddress,
    ...(details ? { details } : {}),
  });
}
