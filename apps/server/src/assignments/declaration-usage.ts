import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { declarationLine } from './declarations-schema.ts';

/** Volume used per assignment: approved debet lines minus approved credit lines (TR322's sum). */
async function volumeUsedByAssignment(
  db: Executor,
  tenantId: string,
  assignmentIds: readonly string[],
): Promise<Map<string, number>> {
  if (assignmentIds.length === 0) return new Map();
  const rows = await db
    .select({
      assignmentId: declarationLine.assignmentId,
      used: sql<string>`coalesce(sum(case when ${declarationLine.debitCredit} = 'C' then -${declarationLine.volume} else ${declarationLine.volume} end), 0)`,
    })
    .from(declarationLine)
    .where(
      and(
        eq(declarationLine.tenantId, tenantId),
        inArray(declarationLine.assignmentId, [...assignmentIds]),
        eq(declarationLine.status, 'approved'),
      ),
    )
    .groupBy(declarationLine.assignmentId);
  return new Map(rows.map((r) => [r.assignmentId as string, Number(r.used)]));
}

/** Adds volumeUsed to listed assignments (0 when nothing was declared yet). */
export async function withVolumeUsed<T extends { id: string }>(
  db: Executor,
  tenantId: string,
  list: T[],
): Promise<Array<T & { volumeUsed: number }>> {
  const used = await volumeUsedByAssignment(
    db,
    tenantId,
    list.map((a) => a.id),
  );
  return list.map((a) => ({ ...a, volumeUsed: used.get(a.id) ?? 0 }));
}
