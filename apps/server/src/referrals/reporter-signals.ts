import { and, desc, eq } from 'drizzle-orm';
import { recordListed } from '../audit/record.ts';
import type { Executor } from '../db/database.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { teamNameOf } from '../tenancy/fragments.ts';
import { referral } from './schema.ts';

/** The signals this reporter filed. */
export const filedBy = (actor: Actor) =>
  and(eq(referral.tenantId, actor.tenantId), eq(referral.reporterUserId, actor.userId));

/**
 * A reporter's own signals, newest first, with the team that has each — what the reporter may know
 * of them (the first name they gave, the date, the status), for their list and their home.
 */
export function reporterSignals(db: Executor, actor: Actor, limit: number) {
  return db
    .select({
      id: referral.id,
      subjectFirstName: referral.subjectFirstName,
      receivedAt: referral.receivedAt,
      status: referral.status,
      teamName: teamNameOf<string>(referral.tenantId, referral.teamId),
    })
    .from(referral)
    .where(filedBy(actor))
    .orderBy(desc(referral.receivedAt), desc(referral.id))
    .limit(limit);
}

/** The reporter saw these signals' status: one audit event naming them all (decision 0028). */
export function recordOwnSignalsShown(
  db: Executor,
  actor: Actor,
  ctx: RequestOrigin,
  shown: ReadonlyArray<{ id: string }>,
): Promise<void> {
  return recordListed(
    db,
    actor,
    ctx,
    {
      action: 'referral.status_read',
      subjectType: 'referral',
      dataCategory: 'referral.status',
      purpose: 'reporter_feedback',
    },
    shown.map((r) => r.id),
  );
}
