/**
 * Facts the outcomes module asks of referrals, without names or addresses: one row per signal
 * received in a window, read in pages (keyset on id) so a nightly run over a million households
 * stays bounded in memory.
 */
import { and, asc, eq, gt, gte, lt } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { householdEventsQuery } from '../db/household-events.ts';
import { referral } from './schema.ts';
import { loadReferralNorms } from './settings.ts';
import { computeWaitingTimes } from './waiting-times.ts';

interface SignalFact {
  id: string;
  receivedAt: Date;
  areaId: string | null;
  teamId: string;
  /** Triage level (0/1/2); null while not triaged. */
  level: number | null;
  /** Who signalled: the reporter's role (source, coordinator, …). */
  source: string;
  householdId: string | null;
  workingDaysToFirstContact: number | null;
  firstContactWithinNorm: boolean | null;
}

export async function signalFactsPage(
  db: Executor,
  tenantId: string,
  window: { from: Date; to: Date },
  after: string | null,
  pageSize: number,
  planAgreedAt: (householdIds: string[]) => Promise<Map<string, Date>>,
): Promise<Array<SignalFact & { workingDaysToPlanAgreed: number | null }>> {
  const rows = await db
    .select({
      id: referral.id,
      receivedAt: referral.receivedAt,
      firstContactAt: referral.firstContactAt,
      urgency: referral.urgency,
      areaId: referral.areaId,
      teamId: referral.teamId,
      level: referral.level,
      source: referral.reporterRole,
      householdId: referral.householdId,
    })
    .from(referral)
    .where(
      and(
        eq(referral.tenantId, tenantId),
        gte(referral.receivedAt, window.from),
        lt(referral.receivedAt, window.to),
        after ? gt(referral.id, after) : undefined,
      ),
    )
    .orderBy(asc(referral.id))
    .limit(pageSize);
  const norms = await loadReferralNorms(db, tenantId);
  const agreed = await planAgreedAt([
    ...new Set(rows.flatMap((r) => (r.householdId ? [r.householdId] : []))),
  ]);
  return rows.map((r) => {
    const planAgreed = r.householdId ? (agreed.get(r.householdId) ?? null) : null;
    const w = computeWaitingTimes(
      {
        urgency: r.urgency,
        receivedAt: r.receivedAt,
        firstContactAt: r.firstContactAt,
        // An agreed plan from before this signal belongs to an earlier episode.
        planAgreedAt: planAgreed && planAgreed >= r.receivedAt ? planAgreed : null,
      },
      norms,
      r.receivedAt,
    );
    return {
      id: r.id,
      receivedAt: r.receivedAt,
      areaId: r.areaId,
      teamId: r.teamId,
      level: r.level,
      source: r.source,
      householdId: r.householdId,
      workingDaysToFirstContact: w.workingDaysToFirstContact,
      firstContactWithinNorm: r.firstContactAt ? !w.firstContactOverdue : null,
      workingDaysToPlanAgreed: w.workingDaysToPlanAgreed,
    };
  });
}

/** When each of `householdIds` had a signal received after a moment (see `householdEventsSince`). */
export const signalsOfHouseholdsSince = householdEventsQuery({
  table: referral,
  tenantId: referral.tenantId,
  householdId: referral.householdId,
  at: referral.receivedAt,
});
