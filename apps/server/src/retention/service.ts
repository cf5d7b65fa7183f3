/** Due list, dry run and confirmed destruction for the administrator (all audited). */
import type { DestroyRequest, DryRun, DueList, TraceList } from '@een-plan/contracts';
import { desc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestContext } from '../policy/request-context.ts';
import { amsterdamDate } from '../referrals/working-days.ts';
import { countDestruction, destroyDossiers } from './destroy.ts';
import { dossierParts } from './dossier-parts.ts';
import { listDue } from './due.ts';
import { namesForList } from './names.ts';
import { retentionTrace } from './schema.ts';

export const todayInAmsterdam = () => amsterdamDate(new Date());

/** The due dossiers with their family names (each name shown is audited with the purpose). */
export async function dueList(db: Db, ctx: RequestContext, today = todayInAmsterdam()): Promise<DueList> {
  const dossiers = await listDue(db, ctx.tenantId, today);
  await recordAudit(db, {
    tenantId: ctx.tenantId,
    actor: ctx.actor,
    action: 'retention.due_listed',
    outcome: 'success',
    subjectType: 'retention',
    requestId: ctx.requestId,
    details: { due: dossiers.length },
  });
  const { households } = await namesForList(
    db,
    ctx,
    'retention',
    dossiers.map((d) => d.householdId),
  );
  return {
    asOf: today,
    dossiers: dossiers.map((d) => ({ ...d, householdName: households.get(d.householdId) ?? null })),
  };
}

/** Runs the real destruction for each due dossier and rolls it back: counts what would go. */
export async function dryRun(
  db: Db,
  actor: Actor,
  requestId: string,
  today = todayInAmsterdam(),
): Promise<DryRun> {
  const due = await listDue(db, actor.tenantId, today);
  const dossiers: DryRun['dossiers'] = [];
  for (const d of due) {
    const counts = await countDestruction(db, actor.tenantId, d.householdId);
    dossiers.push({ ...d, whatGoes: dossierParts(counts), counts });
  }
  await recordAudit(db, {
    tenantId: actor.tenantId,
    actor,
    action: 'retention.dry_run',
    outcome: 'success',
    subjectType: 'retention',
    requestId,
    details: { due: dossiers.length },
  });
  return { asOf: today, dossiers };
}

async function refused(
  db: Db,
  actor: Actor,
  requestId: string,
  reason: string,
  code: 'retention_confirmation_required' | 'retention_not_due',
) {
  await recordAudit(db, {
    tenantId: actor.tenantId,
    actor,
    action: 'retention.destroy',
    outcome: 'denied',
    subjectType: 'retention',
    requestId,
    details: { reason },
  });
  throw new ProblemError(code);
}

/** Destroys the chosen due dossiers after explicit confirmation; each must be due and free of holds. */
export async function destroyDue(
  db: Db,
  actor: Actor,
  requestId: string,
  input: DestroyRequest,
  today = todayInAmsterdam(),
) {
  if (input.confirmed !== true)
    return refused(db, actor, requestId, 'not_confirmed', 'retention_confirmation_required');
  const wanted = [...new Set(input.householdIds)];
  const NOT_READY = Symbol('not ready');
  try {
    // Re-checked inside the transaction, so care assigned a moment ago still stops it.
    return await db.transaction(async (tx) => {
      const due = await listDue(tx, actor.tenantId, today, wanted);
      const ready = due.filter((d) => d.legalHolds.length === 0);
      if (ready.length !== wanted.length) throw NOT_READY;
      return destroyDossiers(
        tx,
        actor,
        requestId,
        'retention_term',
        ready.map((d) => ({
          householdId: d.householdId,
          recordTypes: [...new Set(d.parts.map((p) => p.recordType))],
          helpEndedYear:
            Number(
              d.parts
                .map((p) => p.endedOn)
                .sort()
                .at(-1)
                ?.slice(0, 4),
            ) || null,
        })),
      );
    });
  } catch (error) {
    if (error === NOT_READY) return refused(db, actor, requestId, 'not_due_or_held', 'retention_not_due');
    throw error;
  }
}

export async function listTraces(db: Db, tenantId: string): Promise<TraceList> {
  const rows = await db
    .select()
    .from(retentionTrace)
    .where(eq(retentionTrace.tenantId, tenantId))
    .orderBy(desc(retentionTrace.destroyedAt))
    .limit(200);
  return {
    traces: rows.map((t) => ({
      id: t.id,
      ground: t.ground,
      recordTypes: t.recordTypes,
      helpEndedYear: t.helpEndedYear,
      destroyedAt: t.destroyedAt.toISOString(),
      destroyedBy: t.destroyedBy,
      counts: t.counts,
    })),
  };
}
