import { and, count, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { breakGlass } from './schema.ts';

/** How many break-glass openings wait for this reviewer's judgement (a count, no names). */
export async function countBreakGlassToReview(db: Executor, tenantId: string, reviewerId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(breakGlass)
    .where(
      and(
        eq(breakGlass.tenantId, tenantId),
        eq(breakGlass.reviewerId, reviewerId),
        isNull(breakGlass.reviewedAt),
      ),
    );
  return Number(row?.n ?? 0);
}
