import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { recordAuditMany } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import { loginFailure } from './login-lock-schema.ts';

/** Who tries to log in: the identity they assert, and the tenant accounts it belongs to (if any). */
export interface LoginAttempt {
  /** `demo:<user id>` or `oidc:<subject>`: the same person through the same door. */
  account: string;
  accounts: Array<{ tenantId: string; userId: string }>;
  requestId: string;
  clientAddress: string;
}

interface LockPolicy {
  failures: number;
  minutes: number;
}

function accountKey(account: string): string {
  return createHash('sha256').update(account).digest('hex');
}

/**
 * Refuses a login on a locked account, before anything else is checked, and audits the refusal in
 * every tenant where the asserted identity has an account.
 */
export async function assertLoginNotLocked(db: Db, attempt: LoginAttempt): Promise<void> {
  const [row] = await db
    .select({ lockedUntil: loginFailure.lockedUntil })
    .from(loginFailure)
    .where(eq(loginFailure.accountKey, accountKey(attempt.account)));
  if (!row?.lockedUntil || row.lockedUntil.getTime() <= Date.now()) return;
  await auditAttempt(db, attempt, 'auth.login_refused_locked', {
    lockedUntil: row.lockedUntil.toISOString(),
  });
  throw new ProblemError('account_locked', `locked until ${row.lockedUntil.toISOString()}`);
}

/**
 * Counts a failed login. Failures older than the lock period no longer count; the failure that
 * reaches the limit locks the account for the period and is audited as such.
 */
export async function recordLoginFailure(db: Db, attempt: LoginAttempt, policy: LockPolicy): Promise<void> {
  const windowMs = policy.minutes * 60_000;
  const now = new Date();
  const windowStart = new Date(now.getTime() - windowMs);
  const lockUntil = new Date(now.getTime() + windowMs);
  // One statement, so concurrent failures from several processes all count.
  const [row] = await db
    .insert(loginFailure)
    .values({ accountKey: accountKey(attempt.account), failures: 1, firstFailureAt: now })
    .onConflictDoUpdate({
      target: loginFailure.accountKey,
      set: {
        failures: sql`case when ${loginFailure.firstFailureAt} < ${windowStart} then 1 else ${loginFailure.failures} + 1 end`,
        firstFailureAt: sql`case when ${loginFailure.firstFailureAt} < ${windowStart} then ${now} else ${loginFailure.firstFailureAt} end`,
      },
    })
    .returning({ failures: loginFailure.failures });
  const failures = row?.failures ?? 1;
  if (failures < policy.failures) {
    await auditAttempt(db, attempt, 'auth.login_failed', { failures });
    return;
  }
  await db
    .update(loginFailure)
    .set({ lockedUntil: lockUntil, failures: 0, firstFailureAt: now })
    .where(eq(loginFailure.accountKey, accountKey(attempt.account)));
  await auditAttempt(db, attempt, 'auth.account_locked', { failures, lockedUntil: lockUntil.toISOString() });
}

/** A successful login starts the count afresh. */
export async function clearLoginFailures(db: Db, account: string): Promise<void> {
  await db.delete(loginFailure).where(eq(loginFailure.accountKey, accountKey(account)));
}

/**
 * An identity with no account in any tenant has no audit log to be written into; the server log
 * gets the hashed key instead (never the identity itself).
 */
async function auditAttempt(
  db: Db,
  attempt: LoginAttempt,
  action: string,
  details: Record<string, string | number>,
): Promise<void> {
  await recordAuditMany(
    db,
    attempt.accounts.map((a) => ({
      tenantId: a.tenantId,
      actor: null,
      action,
      outcome: 'denied' as const,
      subjectType: 'user',
      subjectId: a.userId,
      dataCategory: 'authentication',
      purpose: 'security',
      requestId: attempt.requestId,
      clientAddress: attempt.clientAddress,
      details,
    })),
  );
}
