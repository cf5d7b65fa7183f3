/** Reading and changing toekomstplannen: every read and refusal audited, every write version-checked. */
import type {
  ContinuityDecisionInput,
  FuturePlan,
  FuturePlanHelperInput,
  FuturePlanHelperOptions,
  FuturePlanList,
  FuturePlanTopicUpdate,
} from '@een-plan/contracts';
import { and, eq, sql } from 'drizzle-orm';
import { recordAccess } from '../audit/record.ts';
import { encryptOptional } from '../crypto/data-encryption.ts';
import type { Db, Executor } from '../db/database.ts';
import { requireHousehold } from '../households/access.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import { decideFuturePlan } from '../policy/decide-future-plan.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { amsterdamDate } from '../referrals/working-days.ts';
import {
  auditListRefusal,
  FUTURE_PLAN_AUDIT,
  householdConsents,
  type LoadedPlan,
  loadPlanFacts,
  mayIn,
  plansOfHousehold,
  requireFuturePlan,
} from './access.ts';
import { dayAtAgeMonths } from './dates.ts';
import { futurePlan, futurePlanTopic } from './schema.ts';
import { topicDefinitions } from './settings.ts';
import { helperOptions, toFuturePlanView } from './view.ts';

function view(db: Executor, actor: Actor, p: LoadedPlan, now: Date): Promise<FuturePlan> {
  return toFuturePlanView(db, actor.tenantId, {
    row: p.row,
    youth: p.youth,
    coordinatorId: p.household.coordinatorId,
    today: amsterdamDate(now),
    may: mayIn(actor, p.facts, now),
  });
}

/** The household's toekomstplannen the actor may read; each read and each refusal is audited. */
export async function listFuturePlans(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  householdId: string,
  now = new Date(),
): Promise<FuturePlanList> {
  const household = await requireHousehold(db, actor, ctx, householdId, 'household.read', {
    action: 'future_plan.read',
    ...FUTURE_PLAN_AUDIT,
  });
  const consents = await householdConsents(db, actor, household, now);
  const plans: FuturePlan[] = [];
  for (const row of await plansOfHousehold(db, actor.tenantId, householdId)) {
    const loaded = await loadPlanFacts(db, actor.tenantId, row, household, consents);
    if (!loaded) continue;
    const decision = decideFuturePlan(actor, 'future_plan.read', loaded.facts, now);
    if (!decision.allowed) {
      await auditListRefusal(db, actor, ctx, row.id, decision.reason);
      continue;
    }
    plans.push(await view(db, actor, loaded, now));
    await recordAccess(
      db,
      actor,
      ctx,
      { action: 'future_plan.read', subjectType: 'future_plan', subjectId: row.id, ...FUTURE_PLAN_AUDIT },
      { basis: decision.basis, householdId },
    );
  }
  return { plans };
}

export async function listHelperOptions(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  householdId: string,
  planId: string,
  now = new Date(),
): Promise<FuturePlanHelperOptions> {
  const p = await requireFuturePlan(db, actor, ctx, householdId, planId, 'future_plan.choose_helper', now);
  const options = await helperOptions(db, actor.tenantId, householdId, p.household.coordinatorId);
  await recordAccess(db, actor, ctx, {
    action: 'future_plan.helper_options_read',
    subjectType: 'future_plan',
    subjectId: planId,
    dataCategory: 'household.network',
    purpose: FUTURE_PLAN_AUDIT.purpose,
  });
  return { options };
}

function checkVersion(p: LoadedPlan, version: number) {
  if (p.row.version !== version)
    throw new ProblemError('version_conflict', undefined, undefined, p.row.version);
}

/** Bumps the version (only if it is still the one the change was based on) and audits the write. */
async function bumpAndAudit(
  tx: Executor,
  actor: Actor,
  ctx: RequestOrigin,
  p: LoadedPlan,
  action: string,
  set: Partial<typeof futurePlan.$inferInsert>,
  details: Record<string, string | number | boolean | null>,
) {
  const updated = await tx
    .update(futurePlan)
    .set({ ...set, version: sql`${futurePlan.version} + 1` })
    .where(
      and(
        eq(futurePlan.tenantId, actor.tenantId),
        eq(futurePlan.id, p.row.id),
        eq(futurePlan.version, p.row.version),
      ),
    )
    .returning({ id: futurePlan.id });
  if (updated.length === 0) throw new ProblemError('version_conflict');
  await recordAccess(
    tx,
    actor,
    ctx,
    { action, subjectType: 'future_plan', subjectId: p.row.id, ...FUTURE_PLAN_AUDIT },
    details,
  );
}

async function reread(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  householdId: string,
  planId: string,
  now: Date,
) {
  const p = await requireFuturePlan(db, actor, ctx, householdId, planId, 'future_plan.read', now);
  return view(db, actor, p, now);
}

export async function chooseHelper(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  householdId: string,
  planId: string,
  input: FuturePlanHelperInput,
  now = new Date(),
): Promise<FuturePlan> {
  // Decided outside the transaction, so a refusal's audit row is not rolled back with it.
  const p = await requireFuturePlan(db, actor, ctx, householdId, planId, 'future_plan.choose_helper', now);
  checkVersion(p, input.version);
  await db.transaction(async (tx) => {
    const options = await helperOptions(tx, actor.tenantId, householdId, p.household.coordinatorId);
    if (!options.some((o) => o.kind === input.kind && o.ref === input.ref)) {
      throw new ProblemError('future_plan_helper_not_available');
    }
    await bumpAndAudit(
      tx,
      actor,
      ctx,
      p,
      'future_plan.helper_chosen',
      { helperKind: input.kind, helperRef: input.ref },
      { helperKind: input.kind, basis: p.decision.basis },
    );
  });
  return reread(db, actor, ctx, householdId, planId, now);
}

export async function updateTopic(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  householdId: string,
  planId: string,
  topicKey: string,
  input: FuturePlanTopicUpdate,
  now = new Date(),
): Promise<FuturePlan> {
  // Decided outside the transaction, so a refusal's audit row is not rolled back with it.
  const p = await requireFuturePlan(db, actor, ctx, householdId, planId, 'future_plan.update_topic', now);
  checkVersion(p, input.version);
  await db.transaction(async (tx) => {
    const def = (await topicDefinitions(tx, actor.tenantId)).find((d) => d.key === topicKey);
    if (!def) throw new ProblemError('future_plan_unknown_topic');
    if (!def.active) throw new ProblemError('future_plan_topic_inactive');
    const [current] = await tx
      .select({ owner: futurePlanTopic.owner })
      .from(futurePlanTopic)
      .where(
        and(
          eq(futurePlanTopic.tenantId, actor.tenantId),
          eq(futurePlanTopic.planId, planId),
          eq(futurePlanTopic.topicKey, topicKey),
        ),
      )
      .limit(1);
    const values = {
      status: input.status,
      owner: input.owner ?? current?.owner ?? 'youth',
      updatedBy: actor.userId,
      updatedAt: now,
    };
    await tx
      .insert(futurePlanTopic)
      .values({ tenantId: actor.tenantId, planId, topicKey, ...values })
      .onConflictDoUpdate({
        target: [futurePlanTopic.tenantId, futurePlanTopic.planId, futurePlanTopic.topicKey],
        set: values,
      });
    await bumpAndAudit(
      tx,
      actor,
      ctx,
      p,
      'future_plan.topic_updated',
      {},
      {
        topic: topicKey,
        status: input.status,
        basis: p.decision.basis,
      },
    );
  });
  return reread(db, actor, ctx, householdId, planId, now);
}

/** Extended youth care ends by default at 21 for foster care; the law allows it up to 23. */
function continuityUntil(birthDate: string, careType: string, until: string | undefined): string {
  const limit = dayAtAgeMonths(birthDate, 23 * 12);
  const chosen = until ?? (careType === 'foster_care' ? dayAtAgeMonths(birthDate, 21 * 12) : limit);
  if (chosen <= dayAtAgeMonths(birthDate, 18 * 12) || chosen > limit) {
    throw new ProblemError('future_plan_continuity_until_invalid');
  }
  return chosen;
}

export async function decideContinuity(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  householdId: string,
  planId: string,
  input: ContinuityDecisionInput,
  now = new Date(),
): Promise<FuturePlan> {
  const p = await requireFuturePlan(
    db,
    actor,
    ctx,
    householdId,
    planId,
    'future_plan.decide_continuity',
    now,
  );
  checkVersion(p, input.version);
  await db.transaction(async (tx) => {
    const extended = input.decision === 'extended_youth_care';
    await bumpAndAudit(
      tx,
      actor,
      ctx,
      p,
      'future_plan.continuity_decided',
      {
        continuityDecision: input.decision,
        continuityCareType: extended ? input.careType : null,
        continuityUntil: extended ? continuityUntil(p.youth.birthDate, input.careType, input.until) : null,
        continuityHandoverTo: input.decision === 'handover_adult_care' ? input.handoverTo.join(',') : null,
        continuityNoteEnc: encryptOptional(input.note),
        continuityDecidedBy: actor.userId,
        continuityDecidedAt: now,
      },
      { decision: input.decision },
    );
  });
  return reread(db, actor, ctx, householdId, planId, now);
}
