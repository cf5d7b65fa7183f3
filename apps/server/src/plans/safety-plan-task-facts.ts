/**
 * Facts the task rules ask of the safety section: checks whose date passed without being recorded,
 * and plans where someone's latest score on the safety scale is at or below the threshold.
 */
import { and, eq, ne } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { loadSafety } from './safety-content.ts';
import { checksDoneOf, scaleThreshold, scoresOf } from './safety-plan-records.ts';
import { plan, planSafety } from './schema.ts';

async function openPlans(
  db: Executor,
  tenantId: string,
  householdId: string | undefined,
  withSafety: boolean,
) {
  const q = db.select({ id: plan.id, householdId: plan.householdId }).from(plan);
  const joined = withSafety
    ? q.innerJoin(planSafety, and(eq(planSafety.tenantId, plan.tenantId), eq(planSafety.planId, plan.id)))
    : q;
  return joined
    .where(
      and(
        eq(plan.tenantId, tenantId),
        ne(plan.state, 'closed'),
        householdId ? eq(plan.householdId, householdId) : undefined,
      ),
    )
    .limit(5000);
}

/** Checks due before `today` with no check recorded: one row per check. */
export async function safetyChecksMissed(
  db: Executor,
  tenantId: string,
  today: string,
  householdId?: string,
) {
  const rows: Array<{ id: string; householdId: string; dueDate: string }> = [];
  for (const p of await openPlans(db, tenantId, householdId, true)) {
    const safety = await loadSafety(db, tenantId, p.id);
    const done = new Set((await checksDoneOf(db, tenantId, p.id)).map((d) => d.checkId));
    for (const c of safety?.checks ?? [])
      if (c.dueDate < today && !done.has(c.id))
        rows.push({ id: c.id, householdId: p.householdId, dueDate: c.dueDate });
  }
  return rows;
}

/** Plans where a participant's latest score is at or below the tenant's threshold (due: that day). */
export async function safetyScalesLow(db: Executor, tenantId: string, householdId?: string) {
  const threshold = await scaleThreshold(db, tenantId);
  const rows: Array<{ id: string; householdId: string; dueDate: string }> = [];
  for (const p of await openPlans(db, tenantId, householdId, false)) {
    const latest = new Map<string, { score: number; scoredOn: string }>();
    for (const s of await scoresOf(db, tenantId, p.id))
      latest.set(`${s.participant.kind}:${s.participant.ref}`, s);
    const low = [...latest.values()].filter((s) => s.score <= threshold);
    if (low.length > 0)
      rows.push({
        id: p.id,
        householdId: p.householdId,
        dueDate: low.map((s) => s.scoredOn).sort()[0] as string,
      });
  }
  return rows;
}
