/**
 * Legal holds: reasons the law requires a dossier to be kept, whatever its term or an erasure
 * request says (Jeugdwet 7.3.9 lid 3 / 7.3.10: an open child-protection measure, a Veilig Thuis
 * case, care still going on). Each owning module exports a check returning hold codes; this list
 * is the ONE extension point: a module that can hold a dossier adds its check here.
 */
import { openAssignmentHold } from '../assignments/retention-facts.ts';
import type { Executor } from '../db/database.ts';
import type { LegalHoldCheck } from '../db/legal-hold.ts';
import { activePlanHold } from '../plans/retention-facts.ts';
import { openMeasureHold } from '../protection/retention.ts';
import { openSafetyHold } from '../safety/retention.ts';

const LEGAL_HOLDS: readonly LegalHoldCheck[] = [
  openAssignmentHold,
  (db, tenantId, householdId) => activePlanHold(db, tenantId, householdId),
  openMeasureHold,
  (db, tenantId, householdId) => openSafetyHold(db, tenantId, householdId),
];

/** Every hold on a household's dossier; empty when the law lets it go. */
export async function legalHoldsOf(db: Executor, tenantId: string, householdId: string, today: string) {
  const found = await Promise.all(LEGAL_HOLDS.map((check) => check(db, tenantId, householdId, today)));
  return [...new Set(found.flat())].sort();
}
