/**
 * Crisis calls for the CBS Beleidsinformatie Jeugd delivery ("started with crisis"): per household
 * (and person, when the episode is about one member) the Amsterdam day of the call. No free text.
 */
import { and, eq, gte, lte } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { amsterdamDate } from '../referrals/working-days.ts';
import { crisisEpisode } from './schema.ts';

interface CrisisCall {
  householdId: string;
  personId: string | null;
  calledOn: string;
}

export async function crisisCallsBetween(
  db: Executor,
  tenantId: string,
  from: Date,
  to: Date,
  limit = 50_000,
): Promise<CrisisCall[]> {
  const rows = await db
    .select({
      householdId: crisisEpisode.householdId,
      personId: crisisEpisode.personId,
      calledAt: crisisEpisode.calledAt,
    })
    .from(crisisEpisode)
    .where(
      and(
        eq(crisisEpisode.tenantId, tenantId),
        gte(crisisEpisode.calledAt, from),
        lte(crisisEpisode.calledAt, to),
      ),
    )
    .limit(limit);
  return rows.map((r) => ({
    householdId: r.householdId,
    personId: r.personId,
    calledOn: amsterdamDate(r.calledAt),
  }));
}
