import type { PlanDiff, PlanSnapshot } from '@een-plan/contracts';
import { and, desc, eq } from 'drizzle-orm';
import type { Db, Executor } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { auditSuccess, authorizePlan } from './access.ts';
import { openSnapshot } from './crypto.ts';
import { requirePlan } from './current-plan.ts';
import { diffSnapshots } from './diff.ts';
import { userNames } from './names.ts';
import { diffSafety } from './safety-diff.ts';
import { auditSafetyPlan, safetyPlanReadable } from './safety-plan-access.ts';
import { planAgreement, planVersion } from './schema.ts';
import { versionRedactions } from './version-redaction.ts';

export async function listVersions(db: Db, actor: Actor, householdId: string, ctx: RequestOrigin) {
  const { h } = await authorizePlan(db, actor, householdId, 'plan.read', ctx, { action: 'plan.versions' });
  const p = await requirePlan(db, actor.tenantId, householdId);
  const rows = await db
    .select({
      version: planVersion.version,
      createdAt: planVersion.createdAt,
      createdBy: planVersion.createdBy,
      changeSummary: planVersion.changeSummary,
    })
    .from(planVersion)
    .where(and(eq(planVersion.tenantId, actor.tenantId), eq(planVersion.planId, p.id)))
    .orderBy(desc(planVersion.version))
    .limit(200);
  const agreements = await db
    .select({
      version: planAgreement.version,
      party: planAgreement.party,
      personId: planAgreement.personId,
      recordedBy: planAgreement.recordedBy,
    })
    .from(planAgreement)
    .where(and(eq(planAgreement.tenantId, actor.tenantId), eq(planAgreement.planId, p.id)))
    .limit(500);
  const names = await userNames(db, actor.tenantId, [
    ...rows.map((r) => r.createdBy),
    ...agreements.map((a) => a.recordedBy),
  ]);
  const redactions = await versionRedactions(db, actor.tenantId, p.id);
  await auditSuccess(db, actor, ctx, householdId, 'plan.versions', { planId: p.id });
  return {
    versions: rows.map((r) => ({
      version: r.version,
      createdAt: r.createdAt.toISOString(),
      createdByName: names.get(r.createdBy) ?? '',
      changeSummary: r.changeSummary,
      agreedBy: agreements
        .filter((a) => a.version === r.version)
        .map((a) =>
          a.party === 'coordinator'
            ? (names.get(a.recordedBy) ?? '')
            : (h.members.find((m) => m.personId === a.personId)?.firstName ?? ''),
        ),
      redaction: redactions.get(r.version) ?? null,
    })),
  };
}

async function snapshotOf(
  db: Executor,
  tenantId: string,
  planId: string,
  version: number,
): Promise<{ snapshot: PlanSnapshot; createdAt: Date }> {
  const [row] = await db
    .select({ snapshot: planVersion.snapshot, createdAt: planVersion.createdAt })
    .from(planVersion)
    .where(
      and(
        eq(planVersion.tenantId, tenantId),
        eq(planVersion.planId, planId),
        eq(planVersion.version, version),
      ),
    )
    .limit(1);
  if (!row) throw new ProblemError('not_found');
  return { snapshot: openSnapshot(row.snapshot), createdAt: row.createdAt };
}

export async function getVersion(
  db: Db,
  actor: Actor,
  householdId: string,
  version: number,
  ctx: RequestOrigin,
) {
  await authorizePlan(db, actor, householdId, 'plan.edit', ctx, { action: 'plan.version.read' });
  const p = await requirePlan(db, actor.tenantId, householdId);
  const v = await snapshotOf(db, actor.tenantId, p.id, version);
  const redaction = (await versionRedactions(db, actor.tenantId, p.id)).get(version) ?? null;
  await auditSuccess(db, actor, ctx, householdId, 'plan.version.read', { planId: p.id, version });
  return { version, createdAt: v.createdAt.toISOString(), snapshot: v.snapshot, redaction };
}

export async function diffVersions(
  db: Db,
  actor: Actor,
  householdId: string,
  from: number,
  to: number,
  ctx: RequestOrigin,
): Promise<PlanDiff> {
  await authorizePlan(db, actor, householdId, 'plan.edit', ctx, { action: 'plan.diff' });
  const p = await requirePlan(db, actor.tenantId, householdId);
  const a = await snapshotOf(db, actor.tenantId, p.id, from);
  const b = await snapshotOf(db, actor.tenantId, p.id, to);
  await auditSuccess(db, actor, ctx, householdId, 'plan.diff', { planId: p.id, from, to });
  const diff = diffSnapshots(from, a.snapshot, to, b.snapshot);
  // The safety section's changes only for whom the safety-plan policy lets read it, audited as such.
  const via = await safetyPlanReadable(db, actor, householdId);
  if (!via) return diff;
  await auditSafetyPlan(db, actor, ctx, householdId, 'safety_plan.diff', via, { planId: p.id, from, to });
  return { ...diff, safety: diffSafety(a.snapshot.safety, b.snapshot.safety) };
}
