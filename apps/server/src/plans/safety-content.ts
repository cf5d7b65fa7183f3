import type { SafetySection } from '@een-plan/contracts';
import { and, eq } from 'drizzle-orm';
import { decryptText, encryptText } from '../crypto/data-encryption.ts';
import type { Executor } from '../db/database.ts';
import { planSafety } from './schema.ts';

/** The plan's current safety section, stored encrypted like the version snapshots. */
export async function loadSafety(
  db: Executor,
  tenantId: string,
  planId: string,
): Promise<SafetySection | null> {
  const [row] = await db
    .select({ content: planSafety.content })
    .from(planSafety)
    .where(and(eq(planSafety.tenantId, tenantId), eq(planSafety.planId, planId)))
    .limit(1);
  return row ? openSafety(row.content) : null;
}

/** The stored (encrypted) safety section as it was saved. */
export function openSafety(stored: unknown): SafetySection {
  return JSON.parse(decryptText((stored as { enc: string }).enc)) as SafetySection;
}

export async function saveSafety(db: Executor, tenantId: string, planId: string, section: SafetySection) {
  const content = { enc: encryptText(JSON.stringify(section)) };
  await db
    .insert(planSafety)
    .values({ tenantId, planId, content })
    .onConflictDoUpdate({
      target: [planSafety.tenantId, planSafety.planId],
      set: { content, updatedAt: new Date() },
    });
}

export function isEmptySafety(s: SafetySection): boolean {
  return (
    s.worries.length + s.strengths.length + s.goals.length + s.networkRoles.length + s.checks.length === 0
  );
}
