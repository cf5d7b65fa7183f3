import { sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';

/** Rows one seal chains at most, so each seal is one short transaction. */
const SEAL_MAX_ROWS = 1_000;

/**
 * Chains committed unsealed audit rows (decision 0047): one statement, `audit_seal` (drizzle/0052),
 * under each tenant's advisory lock, committing on its own. Without `wait`, a tenant another process
 * is sealing is skipped; with it, this waits for that seal (a short statement, never a caller's
 * transaction) and so chains every row committed before it started. Returns the rows it sealed.
 * Never inside a caller's transaction: the lock and the chain's new rows would wait for its COMMIT.
 */
async function sealAuditRows(
  db: Db,
  opts: { tenantId?: string | undefined; wait?: boolean; maxRows?: number } = {},
): Promise<number> {
  const maxRows = opts.maxRows ?? SEAL_MAX_ROWS;
  const result = await db.execute(
    sql`select audit_seal(${opts.tenantId ?? null}::text, ${maxRows}::int, ${opts.wait ?? false}::boolean) as sealed`,
  );
  const rows = (result as unknown as { rows: Array<{ sealed: number | string }> }).rows;
  return Number(rows[0]?.sealed ?? 0);
}

/**
 * Seals every row committed so far (of one tenant, or of all), waiting for another process's seal
 * rather than skipping it: what `audit:verify`, a checkpoint and the family's access log read next
 * is the whole chain up to now.
 */
export async function sealAllAuditRows(db: Db, tenantId?: string): Promise<number> {
  let total = 0;
  for (;;) {
    const sealed = await sealAuditRows(db, { tenantId, wait: true });
    total += sealed;
    if (sealed < SEAL_MAX_ROWS) return total;
  }
}

interface SealerOptions {
  /** After an append, a seal follows within this many milliseconds (appends in between join it). */
  delayMs?: number;
  /** And every this many milliseconds regardless: rows committed in callers' transactions, other processes' rows. */
  intervalMs?: number;
  onError?: (error: unknown) => void;
}

/** The sealer each open database has in this process; appends nudge it. */
const sealers = new WeakMap<Db, AuditSealer>();

/**
 * The sequencer of this server process: it seals shortly after this process appended and on a
 * timer. Every process runs one; the advisory lock lets one of them seal a tenant at a time and the
 * others skip it, so an unsealed row waits at most about `intervalMs` plus one seal.
 */
class AuditSealer {
  readonly #db: Db;
  readonly #delayMs: number;
  readonly #intervalMs: number;
  readonly #onError: (error: unknown) => void;
  #timer: NodeJS.Timeout | undefined;
  #dueAt = Number.POSITIVE_INFINITY;
  #running: Promise<void> | undefined;
  #stopped = false;

  constructor(db: Db, opts: SealerOptions) {
    this.#db = db;
    this.#delayMs = opts.delayMs ?? 50;
    this.#intervalMs = opts.intervalMs ?? 250;
    this.#onError = opts.onError ?? (() => undefined);
  }

  start() {
    this.#schedule(this.#intervalMs);
  }

  nudge() {
    this.#schedule(this.#delayMs);
  }

  #schedule(ms: number) {
    if (this.#stopped) return;
    const due = Date.now() + ms;
    if (this.#timer && this.#dueAt <= due) return;
    if (this.#timer) clearTimeout(this.#timer);
    this.#dueAt = due;
    this.#timer = setTimeout(() => this.#run(), ms);
    this.#timer.unref();
  }

  #run() {
    this.#timer = undefined;
    this.#dueAt = Number.POSITIVE_INFINITY;
    if (this.#running) {
      // A seal is under way: the rows it did not see get the next one.
      this.#schedule(this.#delayMs);
      return;
    }
    this.#running = (async () => {
      try {
        // A backlog (more than one seal's rows) is sealed at once, seal after seal.
        while (!this.#stopped && (await sealAuditRows(this.#db)) >= SEAL_MAX_ROWS) {}
      } catch (error) {
        if (!this.#stopped) this.#onError(error);
      } finally {
        this.#running = undefined;
        this.#schedule(this.#intervalMs);
      }
    })();
  }

  async stop() {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.#running;
    if (sealers.get(this.#db) === this) sealers.delete(this.#db);
  }
}

/** Starts this process's sequencer for the database; `stop()` before the database closes. */
export function startAuditSealer(db: Db, opts: SealerOptions = {}): { stop(): Promise<void> } {
  const sealer = new AuditSealer(db, opts);
  sealers.set(db, sealer);
  sealer.start();
  return sealer;
}

/** Rows were appended through `db`: seal them soon (when this process runs a sealer for it). */
export function nudgeAuditSealer(db: Db): void {
  sealers.get(db)?.nudge();
}
