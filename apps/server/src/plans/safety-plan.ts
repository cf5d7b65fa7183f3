/**
 * The safety section of the family plan: read it (with its checks and scale), edit it as the
 * coordinator, set bottom-line conditions as Veilig Thuis or the GI. Every edit is a new plan
 * version (writeVersion), so agreement covers the safety section like the rest of the plan.
 */

import { randomUUID } from 'node:crypto';
import {
  EMPTY_SAFETY_SECTION,
  type SafetyConditionsInput,
  type SafetyPlanView,
  type SafetySection,
} from '@een-plan/contracts';
import type { z } from 'zod';
import type { Db, Executor } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import { listActiveNetworkNames } from '../network/service.ts';
import type { Actor } from '../policy/actor.ts';
import { conditionSetter, decideSafetyPlan } from '../policy/decide-safety-plan.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { loadContent, writeVersion } from './content.ts';
import { checkVersion, currentPlan, requirePlan } from './current-plan.ts';
import { auditSafetyPlan, authorizeSafetyPlan } from './safety-plan-access.ts';
import { checksDoneOf, scaleThreshold, scoresOf } from './safety-plan-records.ts';
import { type ParsedSafetyInput, resolveSafetyInput } from './safety-plan-resolve.ts';
import { visibleSafety } from './safety-visible.ts';

export async function getSafetyPlan(
  db: Db,
  actor: Actor,
  householdId: string,
  ctx: RequestOrigin,
  now = new Date(),
): Promise<{ safetyPlan: SafetyPlanView | null }> {
  const { h, facts, basis, via } = await authorizeSafetyPlan(
    db,
    actor,
    householdId,
    'safety_plan.read',
    ctx,
    'safety_plan.read',
    now,
  );
  const p = await currentPlan(db, actor.tenantId, householdId);
  await auditSafetyPlan(db, actor, ctx, householdId, 'safety_plan.read', via, { planId: p?.id ?? null });
  if (!p) return { safetyPlan: null };
  const content = await loadContent(db, actor.tenantId, p);
  const open = p.state !== 'closed';
  const may = (a: 'safety_plan.edit' | 'safety_plan.set_conditions' | 'safety_plan.score_own') =>
    open && decideSafetyPlan(actor, a, facts, now).allowed;
  const seen = await visibleSafety(db, actor, h, basis, content.safety ?? EMPTY_SAFETY_SECTION, {
    checksDone: await checksDoneOf(db, actor.tenantId, p.id),
    scores: await scoresOf(db, actor.tenantId, p.id),
  });
  return {
    safetyPlan: {
      planId: p.id,
      householdId,
      householdName: h.name,
      version: p.version,
      agreedVersion: p.agreedVersion,
      section: seen.section,
      checksDone: seen.records.checksDone,
      scores: seen.records.scores,
      threshold: await scaleThreshold(db, actor.tenantId),
      networkMembers: (await listActiveNetworkNames(db, actor.tenantId, householdId)).map((n) => ({
        id: n.id,
        label: n.name,
      })),
      members: h.members.map((m) => ({ personId: m.personId, firstName: m.firstName })),
      basis,
      partial: seen.partial,
      can: {
        edit: may('safety_plan.edit'),
        setConditions: may('safety_plan.set_conditions'),
        record: may('safety_plan.edit'),
        recordOwnScore: may('safety_plan.score_own'),
      },
    },
  };
}

async function saveSection(
  db: Db,
  actor: Actor,
  householdId: string,
  version: number,
  ctx: RequestOrigin,
  action: 'safety_plan.edit' | 'safety_plan.set_conditions',
  make: (
    existing: SafetySection,
    h: Awaited<ReturnType<typeof authorizeSafetyPlan>>['h'],
    tx: Executor,
  ) => Promise<SafetySection>,
) {
  await db.transaction(async (tx) => {
    const { h, via } = await authorizeSafetyPlan(tx, actor, householdId, action, ctx, action);
    const p = await requirePlan(tx, actor.tenantId, householdId, true);
    if (p.state === 'closed') throw new ProblemError('plan_closed');
    checkVersion(p, version);
    const content = await loadContent(tx, actor.tenantId, p);
    const safety = await make(content.safety ?? EMPTY_SAFETY_SECTION, h, tx);
    const updated = await writeVersion(tx, actor, p, { ...content, safety }, 'safety');
    await auditSafetyPlan(tx, actor, ctx, householdId, action, via, {
      planId: p.id,
      version: updated.version,
    });
  });
}

export async function updateSafetySection(
  db: Db,
  actor: Actor,
  householdId: string,
  input: ParsedSafetyInput,
  ctx: RequestOrigin,
) {
  await saveSection(db, actor, householdId, input.version, ctx, 'safety_plan.edit', (existing, h, tx) =>
    resolveSafetyInput(tx, actor.tenantId, h, existing, input),
  );
}

/** Veilig Thuis or the GI replaces its own conditions; the other goals and conditions stay. */
export async function setSafetyConditions(
  db: Db,
  actor: Actor,
  householdId: string,
  input: z.output<typeof SafetyConditionsInput>,
  ctx: RequestOrigin,
) {
  const setBy = conditionSetter(actor);
  await saveSection(
    db,
    actor,
    householdId,
    input.version,
    ctx,
    'safety_plan.set_conditions',
    async (existing) => {
      // The policy admits only Veilig Thuis and the GI here; anyone else has no conditions of their own.
      if (!setBy) throw new ProblemError('not_found');
      const own = new Set(existing.goals.filter((g) => g.setBy === setBy).map((g) => g.id));
      const kept = existing.goals.filter((g) => g.setBy !== setBy);
      const conditions = input.conditions.map((c) => ({
        id: c.id && own.has(c.id) ? c.id : randomUUID(),
        text: c.text,
        setBy,
      }));
      return { ...existing, goals: [...kept, ...conditions] };
    },
  );
}
