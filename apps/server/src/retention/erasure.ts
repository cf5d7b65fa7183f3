/**
 * Erasure on request (Jeugdwet 7.3.9): a parent, or the young person from 12, asks for the
 * dossier to be destroyed. Decided within three months; refused where the law requires keeping
 * (the legal holds); executed by the same destruction path as an expired term.
 */
import { randomUUID } from 'node:crypto';
import {
  type DecideErasureRequest,
  type ErasureRequest,
  type ErasureRequestList,
  mayRequestErasure,
  type NewErasureRequest,
} from '@een-plan/contracts';
import { and, asc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import { householdPeople } from '../households/retention.ts';
import { ProblemError } from '../http/problems.ts';
import { addMonthsAndDays } from '../plans/closure.ts';
import type { Actor } from '../policy/actor.ts';
import { isWorkingDay } from '../referrals/working-days.ts';
import { destroyDossiers } from './destroy.ts';
import { legalHoldsOf } from './legal-holds.ts';
import { erasureRequest } from './schema.ts';
import { todayInAmsterdam } from './service.ts';

const parentRoles = new Set(['gezagsdrager', 'partner']);
export const isParentRole = (memberRole: string) => parentRoles.has(memberRole);

/** Three months (Jeugdwet 7.3.9 lid 2); a term ending on a weekend or holiday runs on to the next working day (Algemene termijnenwet). */
export function erasureDecideBy(receivedOn: string): string {
  let day = addMonthsAndDays(receivedOn, 3);
  while (!isWorkingDay(day)) day = addMonthsAndDays(day, 0, 1);
  return day;
}

type Row = typeof erasureRequest.$inferSelect;
const view = (r: Row): ErasureRequest => ({
  id: r.id,
  householdId: r.householdId,
  requesterKind: r.requesterKind as ErasureRequest['requesterKind'],
  receivedOn: r.receivedOn,
  decideBy: r.decideBy,
  status: r.status as ErasureRequest['status'],
  refusalGrounds: r.refusalGrounds,
  decidedAt: r.decidedAt?.toISOString() ?? null,
  traceId: r.traceId,
});

export async function listErasureRequests(db: Db, tenantId: string): Promise<ErasureRequestList> {
  const rows = await db
    .select()
    .from(erasureRequest)
    .where(eq(erasureRequest.tenantId, tenantId))
    .orderBy(asc(erasureRequest.decideBy))
    .limit(500);
  return { requests: rows.map(view) };
}

export async function recordErasureRequest(
  db: Db,
  actor: Actor,
  requestId: string,
  input: NewErasureRequest,
) {
  const people = await householdPeople(db, actor.tenantId, input.householdId);
  if (people.length === 0) throw new ProblemError('not_found');
  const requester = people.find((p) => p.personId === input.requesterPersonId);
  const allowed =
    requester &&
    mayRequestErasure(
      input.requesterKind,
      { isParent: isParentRole(requester.memberRole), birthDate: requester.birthDate },
      input.receivedOn,
    );
  if (!allowed) {
    await recordAudit(db, {
      tenantId: actor.tenantId,
      actor,
      action: 'retention.erasure_requested',
      outcome: 'denied',
      subjectType: 'household',
      subjectId: input.householdId,
      requestId,
      details: { reason: 'requester_invalid', requesterKind: input.requesterKind },
    });
    throw new ProblemError('erasure_requester_invalid');
  }
  const id = randomUUID();
  const [row] = await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(erasureRequest)
      .values({
        tenantId: actor.tenantId,
        id,
        householdId: input.householdId,
        requesterKind: input.requesterKind,
        requesterPersonId: input.requesterPersonId,
        receivedOn: input.receivedOn,
        decideBy: erasureDecideBy(input.receivedOn),
        recordedBy: actor.userId,
      })
      .returning();
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor,
      action: 'retention.erasure_requested',
      outcome: 'success',
      subjectType: 'erasure_request',
      subjectId: id,
      requestId,
      details: { householdId: input.householdId, requesterKind: input.requesterKind },
    });
    return inserted;
  });
  return view(row as Row);
}

async function decided(db: Db, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(erasureRequest)
    .where(and(eq(erasureRequest.tenantId, tenantId), eq(erasureRequest.id, id)));
  return view(row as Row);
}

export async function decideErasureRequest(
  db: Db,
  actor: Actor,
  requestId: string,
  id: string,
  input: DecideErasureRequest,
  today = todayInAmsterdam(),
): Promise<ErasureRequest> {
  const [request] = await db
    .select()
    .from(erasureRequest)
    .where(and(eq(erasureRequest.tenantId, actor.tenantId), eq(erasureRequest.id, id)));
  if (!request) throw new ProblemError('not_found');
  if (request.status !== 'open' || !request.householdId) throw new ProblemError('erasure_not_open');
  const householdId = request.householdId;
  const holds = await legalHoldsOf(db, actor.tenantId, householdId, today);
  if (input.decision === 'refuse' || holds.length > 0) {
    const grounds = [...new Set([...holds, ...(input.decision === 'refuse' ? (input.grounds ?? []) : [])])];
    if (grounds.length === 0) throw new ProblemError('erasure_grounds_required');
    await db.transaction(async (tx) => {
      await tx
        .update(erasureRequest)
        .set({ status: 'refused', refusalGrounds: grounds, decidedBy: actor.userId, decidedAt: new Date() })
        .where(and(eq(erasureRequest.tenantId, actor.tenantId), eq(erasureRequest.id, id)));
      await recordAudit(tx, {
        tenantId: actor.tenantId,
        actor,
        action: 'retention.erasure_refused',
        outcome: 'success',
        subjectType: 'erasure_request',
        subjectId: id,
        requestId,
        details: { householdId, grounds: grounds.join(','), legalHold: holds.length > 0 },
      });
    });
    return decided(db, actor.tenantId, id);
  }
  if (input.confirmed !== true) throw new ProblemError('retention_confirmation_required');
  await db.transaction(async (tx) => {
    // A hold that arose since the check above (care assigned a moment ago) still stops it.
    if ((await legalHoldsOf(tx, actor.tenantId, householdId, today)).length > 0) {
      throw new ProblemError('retention_not_due');
    }
    await tx
      .update(erasureRequest)
      .set({ decidedBy: actor.userId, decidedAt: new Date() })
      .where(and(eq(erasureRequest.tenantId, actor.tenantId), eq(erasureRequest.id, id)));
    await destroyDossiers(tx, actor, requestId, 'erasure_request', [
      { householdId, recordTypes: ['youth_care_dossier'], helpEndedYear: null },
    ]);
  });
  return decided(db, actor.tenantId, id);
}
