/** Destruction of a household's intakes, preparations and self-reliance scores (retention and erasure). */
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { intake, intakeDomain, intakePreparation, selfRelianceScore } from './schema.ts';

export async function destroyHouseholdData(tx: Executor, tenantId: string, householdId: string) {
  const intakes = await tx
    .select({ id: intake.id })
    .from(intake)
    .where(and(eq(intake.tenantId, tenantId), eq(intake.householdId, householdId)));
  const ids = intakes.map((i) => i.id);
  const domains =
    ids.length === 0
      ? []
      : await tx
          .delete(intakeDomain)
          .where(and(eq(intakeDomain.tenantId, tenantId), inArray(intakeDomain.intakeId, ids)))
          .returning({ id: intakeDomain.intakeId });
  const scores = await tx
    .delete(selfRelianceScore)
    .where(and(eq(selfRelianceScore.tenantId, tenantId), eq(selfRelianceScore.householdId, householdId)))
    .returning({ id: selfRelianceScore.id });
  if (ids.length > 0)
    await tx.delete(intake).where(and(eq(intake.tenantId, tenantId), inArray(intake.id, ids)));
  const preparations = await tx
    .delete(intakePreparation)
    .where(and(eq(intakePreparation.tenantId, tenantId), eq(intakePreparation.householdId, householdId)))
    .returning({ id: intakePreparation.householdId });
  return {
    intake: ids.length,
    intake_domain: domains.length,
    self_reliance_score: scores.length,
    intake_preparation: preparations.length,
  };
}

/** Erasure of one person (AVG art. 17): their self-reliance scores go; the household's intake stays. */
export async function erasePersonData(tx: Executor, tenantId: string, householdId: string, personId: string) {
  const scores = await tx
    .delete(selfRelianceScore)
    .where(
      and(
        eq(selfRelianceScore.tenantId, tenantId),
        eq(selfRelianceScore.householdId, householdId),
        eq(selfRelianceScore.personId, personId),
      ),
    )
    .returning({ id: selfRelianceScore.id });
  return { self_reliance_scores: scores.length };
}
