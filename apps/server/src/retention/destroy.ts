/**
 * The one destruction path: a dossier goes as a whole, in one transaction, every owning module
 * removing its own rows in foreign-key order (rows that name a household or person first, the
 * household and its people last). Only a trace without personal data remains; the audit log keeps
 * its rows, which hold identifiers only (decision 0016).
 */
import { randomUUID } from 'node:crypto';
import type { DestroyResult } from '@een-plan/contracts';
import { and, eq, sql } from 'drizzle-orm';
import { destroyHouseholdData as destroyAssignments } from '../assignments/retention-facts.ts';
import { recordAudit } from '../audit/record.ts';
import { destroyHouseholdData as destroyConsent } from '../consent/retention.ts';
import { destroyHouseholdData as destroyCrisis } from '../crisis/retention.ts';
import type { Db, Executor } from '../db/database.ts';
import { destroyHouseholdData as destroyFuturePlan } from '../futurePlan/retention.ts';
import { destroyHouseholdData as destroyHousehold } from '../households/retention.ts';
import { ProblemError } from '../http/problems.ts';
import { destroyHouseholdData as destroyIntake } from '../intake/retention.ts';
import { destroyHouseholdData as destroyNetwork } from '../network/retention.ts';
import { destroyHouseholdData as destroyPlacements } from '../placements/retention.ts';
import { destroyHouseholdData as destroyPlans } from '../plans/retention-facts.ts';
import type { Actor } from '../policy/actor.ts';
import { destroyHouseholdData as destroyProtection } from '../protection/retention.ts';
import { destroyHouseholdData as destroyReferrals } from '../referrals/retention.ts';
import { destroyHouseholdData as destroyRights } from '../rights/retention.ts';
import { destroyHouseholdData as destroySafety } from '../safety/retention.ts';
import { destroyHouseholdData as destroyTasks } from '../tasks/retention.ts';
import { erasureRequest, retentionTrace } from './schema.ts';

type Destroyer = (tx: Executor, tenantId: string, householdId: string) => Promise<Record<string, number>>;

/**
 * FK-safe order: a module's rows go before the rows they point at; households last. Reservations
 * name plan actions and assignments, so they go before plans and assignments.
 */
const DESTROYERS: readonly Destroyer[] = [
  destroyTasks,
  destroyPlacements,
  destroyCrisis,
  destroyProtection,
  destroySafety,
  destroyFuturePlan,
  destroyRights,
  destroyReferrals,
  destroyAssignments,
  destroyConsent,
  destroyPlans,
  destroyIntake,
  destroyNetwork,
  destroyHousehold,
];

/** Removes every row of one household's dossier; the caller's transaction makes it whole or nothing. */
async function destroyDossier(tx: Executor, tenantId: string, householdId: string) {
  const counts: Record<string, number> = {};
  for (const destroy of DESTROYERS) Object.assign(counts, await destroy(tx, tenantId, householdId));
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
}

class DryRunRollback extends Error {}

/** What destroying would remove, counted by running the real path and rolling it back. */
export async function countDestruction(db: Db, tenantId: string, householdId: string) {
  let counts: Record<string, number> = {};
  try {
    await db.transaction(async (tx) => {
      counts = await destroyDossier(tx, tenantId, householdId);
      throw new DryRunRollback();
    });
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  return counts;
}

type Ground = 'retention_term' | 'erasure_request';

interface Destruction {
  householdId: string;
  recordTypes: string[];
  helpEndedYear: number | null;
}

/** Destroys the dossiers inside the caller's transaction, leaving a trace and an audit row each. */
export async function destroyDossiers(
  tx: Executor,
  actor: Actor,
  requestId: string,
  ground: Ground,
  dossiers: Destruction[],
): Promise<DestroyResult> {
  const destroyed: DestroyResult['destroyed'] = [];
  for (const d of dossiers) {
    const counts = await destroyDossier(tx, actor.tenantId, d.householdId);
    if (!counts.household) throw new ProblemError('not_found');
    const traceId = randomUUID();
    const [trace] = await tx
      .insert(retentionTrace)
      .values({
        tenantId: actor.tenantId,
        id: traceId,
        ground,
        recordTypes: d.recordTypes,
        helpEndedYear: d.helpEndedYear,
        destroyedBy: actor.userId,
        counts,
      })
      .returning();
    // Requests about this household keep only their outcome and the trace they led to.
    await tx
      .update(erasureRequest)
      .set({
        householdId: null,
        requesterPersonId: null,
        traceId,
        status: sql`case when ${erasureRequest.status} = 'open' then 'executed' else ${erasureRequest.status} end`,
      })
      .where(and(eq(erasureRequest.tenantId, actor.tenantId), eq(erasureRequest.householdId, d.householdId)));
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor,
      action: 'retention.dossier_destroyed',
      outcome: 'success',
      subjectType: 'household',
      subjectId: d.householdId,
      dataCategory: 'dossier',
      purpose: ground,
      requestId,
      details: { traceId, rows: Object.values(counts).reduce((a, b) => a + b, 0) },
    });
    if (!trace) throw new Error('trace not written');
    destroyed.push({
      id: trace.id,
      ground: trace.ground,
      recordTypes: trace.recordTypes,
      helpEndedYear: trace.helpEndedYear,
      destroyedAt: trace.destroyedAt.toISOString(),
      destroyedBy: trace.destroyedBy,
      counts: trace.counts,
    });
  }
  return { destroyed };
}
