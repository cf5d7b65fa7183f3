/**
 * Facts the outcomes module asks of crisis episodes, without names: per episode called in a window
 * its area and how it came in. Read in pages (keyset on id) so the nightly figures stay bounded.
 */
import { and, asc, eq, gt, gte, lt } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { householdAreaSubquery } from '../households/home-queries.ts';
import { crisisEpisode } from './schema.ts';

interface CrisisFact {
  id: string;
  calledAt: Date;
  areaId: string | null;
  /** phone | professional */
  reportedVia: string;
}

export async function crisisFactsPage(
  db: Executor,
  tenantId: string,
  window: { from: Date; to: Date },
  after: string | null,
  pageSize: number,
): Promise<CrisisFact[]> {
  const householdArea = householdAreaSubquery(db, tenantId);
  return db
    .select({
      id: crisisEpisode.id,
      calledAt: crisisEpisode.calledAt,
      areaId: householdArea.areaId,
      reportedVia: crisisEpisode.reportedVia,
    })
    .from(crisisEpisode)
    .leftJoin(householdArea, eq(householdArea.householdId, crisisEpisode.householdId))
    .where(
      and(
        eq(crisisEpisode.tenantId, tenantId),
        gte(crisisEpisode.calledAt, window.from),
        lt(crisisEpisode.calledAt, window.to),
        after ? gt(crisisEpisode.id, after) : undefined,
      ),
    )
    .orderBy(asc(crisisEpisode.id))
    .limit(pageSize);
}
