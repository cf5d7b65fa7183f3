/**
 * Child-protection measures for the CBS Beleidsinformatie Jeugd delivery: those in force at some
 * day of a window. Identifiers and codes only.
 */
import { and, asc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { protectionMeasure } from './schema.ts';

interface MeasureFact {
  id: string;
  householdId: string;
  personId: string;
  kind: string;
  startDate: string;
  /** The day it ended early, or its end date once passed; null while in force past the window. */
  endedOn: string | null;
  endReason: string | null;
}

export async function measuresInWindow(
  db: Executor,
  tenantId: string,
  window: { from: string; to: string },
  limit = 50_000,
): Promise<MeasureFact[]> {
  const rows = await db
    .select({
      id: protectionMeasure.id,
      householdId: protectionMeasure.householdId,
      personId: protectionMeasure.personId,
      kind: protectionMeasure.kind,
      startDate: protectionMeasure.startDate,
      endDate: protectionMeasure.endDate,
      endedOn: protectionMeasure.endedOn,
      endReason: protectionMeasure.endReason,
    })
    .from(protectionMeasure)
    .where(
      and(
        eq(protectionMeasure.tenantId, tenantId),
        lte(protectionMeasure.startDate, window.to),
        or(isNull(protectionMeasure.endedOn), gte(protectionMeasure.endedOn, window.from)),
        gte(sql`coalesce(${protectionMeasure.endedOn}, ${protectionMeasure.endDate})`, window.from),
      ),
    )
    .orderBy(asc(protectionMeasure.id))
    .limit(limit);
  return rows.map((r) => ({
    id: r.id,
    householdId: r.householdId,
    personId: r.personId,
    kind: r.kind,
    startDate: r.startDate,
    endedOn: r.endedOn ?? (r.endDate <= window.to ? r.endDate : null),
    endReason: r.endReason,
  }));
}
