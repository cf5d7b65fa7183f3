import type { SourceSignal, WaitingSignal } from '@een-plan/contracts';
import { and, asc, count, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Executor } from '../db/database.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { recordReferralsListed } from './list-audit.ts';
import { filedBy, recordOwnSignalsShown, reporterSignals } from './reporter-signals.ts';
import { referral } from './schema.ts';
import { OPEN_STATUSES } from './service.ts';
import { loadReferralNorms } from './settings.ts';
import { computeWaitingTimes } from './waiting-times.ts';

type Short<T> = { items: T[]; total: number };

/** The reporter's most recent signals and their status (the home's short list), audited. */
export async function listRecentOwnReferrals(
  db: Executor,
  actor: Actor,
  ctx: RequestOrigin,
  limit: number,
): Promise<Short<z.infer<typeof SourceSignal>>> {
  const [rows, [total]] = await Promise.all([
    reporterSignals(db, actor, limit),
    db.select({ n: count() }).from(referral).where(filedBy(actor)),
  ]);
  await recordOwnSignalsShown(db, actor, ctx, rows);
  return {
    total: Number(total?.n ?? 0),
    items: rows.map((r) => ({ ...r, receivedAt: r.receivedAt.toISOString() })),
  };
}

/**
 * The team's waiting list: open signals without a first contact, most urgent and longest waiting
 * first, each against the tenant's norm (working days).
 */
export async function listTeamWaitingList(
  db: Executor,
  actor: Actor,
  teamId: string,
  ctx: RequestOrigin,
  limit: number,
  now = new Date(),
): Promise<Short<z.infer<typeof WaitingSignal>> & { overdue: number }> {
  const waiting = and(
    eq(referral.tenantId, actor.tenantId),
    eq(referral.teamId, teamId),
    inArray(referral.status, OPEN_STATUSES),
    isNull(referral.firstContactAt),
  );
  // A team's open list is small (its own queue), bounded all the same.
  const rows = await db
    .select()
    .from(referral)
    .where(waiting)
    .orderBy(sql`case when ${referral.urgency} = 'urgent' then 0 else 1 end`, asc(referral.receivedAt))
    .limit(500);
  const norms = await loadReferralNorms(db, actor.tenantId);
  const all = rows.map((r) => {
    const w = computeWaitingTimes({ ...r, planAgreedAt: null }, norms, now);
    return {
      referralId: r.id,
      subjectName: `${r.subjectFirstName} ${r.subjectLastName}`,
      urgency: r.urgency,
      receivedAt: r.receivedAt.toISOString(),
      workingDaysWaiting: w.workingDaysWaitingSoFar,
      normDays: w.firstContactNormDays,
      dueDate: w.firstContactDueDate,
      overdue: w.firstContactOverdue,
    };
  });
  // Overdue first, then as the queue orders them.
  const items = [...all.filter((i) => i.overdue), ...all.filter((i) => !i.overdue)].slice(0, limit);
  await recordReferralsListed(
    db,
    actor,
    ctx,
    { dataCategory: 'referral.summary', purpose: 'waiting_list' },
    items.map((i) => i.referralId),
  );
  return { items, total: all.length, overdue: all.filter((i) => i.overdue).length };
}

/** Figures: signals received in the last 12 months and open signals without first contact, per area. */
export async function countReferralsByArea(
  db: Executor,
  tenantId: string,
  now = new Date(),
): Promise<Map<string, { signals: number; waiting: number }>> {
  const since = new Date(now.getTime() - 365 * 86_400_000);
  const rows = await db
    .select({
      areaId: referral.areaId,
      signals: sql<number>`count(*) filter (where ${gte(referral.receivedAt, since)})::int`,
      waiting: sql<number>`count(*) filter (where ${and(
        inArray(referral.status, OPEN_STATUSES),
        isNull(referral.firstContactAt),
      )})::int`,
    })
    .from(referral)
    .where(eq(referral.tenantId, tenantId))
    .groupBy(referral.areaId);
  return new Map(
    rows.map((r) => [r.areaId ?? '', { signals: Number(r.signals), waiting: Number(r.waiting) }]),
  );
}
