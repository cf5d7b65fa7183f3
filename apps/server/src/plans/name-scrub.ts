/**
 * The name scrub of an erasure of one person in the household's plans (decision 0027): every
 * free text of the plans that stays — vision, goals and actions, comments, proposals, evaluation
 * next steps, notes of safety checks, the safety section — and the stored versions. A version
 * whose words change gets a redaction record with the content key of what was written and
 * agreed (version-redaction.ts), so agreements keep pointing at a provable original.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/database.ts';
import { type ErasedSubject, scrubTextColumns } from '../households/name-scrub.ts';
import { open, seal } from './crypto.ts';
import { countingScrub, scrubSafetyWith } from './name-scrub-content.ts';
import { loadSafety, saveSafety } from './safety-content.ts';
import {
  plan,
  planAction,
  planComment,
  planEvaluation,
  planGoal,
  planProposal,
  planSafetyCheckDone,
} from './schema.ts';
import { redactVersions } from './version-redaction.ts';

type PlanChildTable = PgTable & { tenantId: PgColumn; id: PgColumn; planId: PgColumn };

/** The plans' rows with encrypted free text: the table and its text columns. */
const SEALED_TEXTS: ReadonlyArray<readonly [PlanChildTable, Record<string, PgColumn>]> = [
  [planGoal, { description: planGoal.description, achievedWhen: planGoal.achievedWhen }],
  [planAction, { description: planAction.description }],
  [planComment, { text: planComment.text }],
  [planProposal, { text: planProposal.text }],
  [planEvaluation, { nextSteps: planEvaluation.nextSteps }],
  [planSafetyCheckDone, { note: planSafetyCheckDone.note }],
];

/** Scrubs the name from the text columns of the table's rows of these plans; rows changed. */
const scrubTexts = (
  tx: Executor,
  tenantId: string,
  planIds: string[],
  [table, texts]: readonly [PlanChildTable, Record<string, PgColumn>],
  subject: ErasedSubject,
) =>
  scrubTextColumns(
    tx,
    {
      table,
      keys: { tenantId: table.tenantId, id: table.id },
      texts,
      where: and(eq(table.tenantId, tenantId), inArray(table.planId, planIds)),
      codec: { open, seal },
    },
    subject.scrub,
  );

/** The plan's vision and its current safety section (stored as one encrypted document). */
async function scrubPlanItself(
  tx: Executor,
  tenantId: string,
  planId: string,
  vision: string,
  subject: ErasedSubject,
) {
  let changed = 0;
  const r = subject.scrub(open(vision));
  if (r.count > 0) {
    await tx
      .update(plan)
      .set({ vision: seal(r.text) })
      .where(and(eq(plan.tenantId, tenantId), eq(plan.id, planId)));
    changed += 1;
  }
  const safety = await loadSafety(tx, tenantId, planId);
  if (safety) {
    const s = countingScrub(subject.scrub);
    const scrubbed = scrubSafetyWith(safety, subject.personId, s);
    if (s.count() > 0) {
      await saveSafety(tx, tenantId, planId, scrubbed);
      changed += 1;
    }
  }
  return changed;
}

export async function scrubPlanNames(
  tx: Executor,
  tenantId: string,
  householdId: string,
  subject: ErasedSubject,
) {
  const plans = await tx
    .select({ id: plan.id, vision: plan.vision })
    .from(plan)
    .where(and(eq(plan.tenantId, tenantId), eq(plan.householdId, householdId)));
  const planIds = plans.map((p) => p.id);
  if (planIds.length === 0) return { name_in_texts: 0, name_in_versions: 0 };
  let texts = 0;
  for (const sealed of SEALED_TEXTS) texts += await scrubTexts(tx, tenantId, planIds, sealed, subject);
  let versions = 0;
  for (const p of plans) {
    texts += await scrubPlanItself(tx, tenantId, p.id, p.vision, subject);
    versions += await redactVersions(tx, tenantId, p.id, subject);
  }
  return { name_in_texts: texts, name_in_versions: versions };
}
