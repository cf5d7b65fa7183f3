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
  mayAskErasureOf,
  mayRequestErasure,
  type NewErasureRequest,
} from '@een-plan/contracts';
import { and, asc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Db, Executor } from '../db/database.ts';
import { householdPeople } from '../households/retention.ts';
import { ProblemError } from '../http/problems.ts';
import { addMonthsAndDays } from '../plans/closure.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestContext } from '../policy/request-context.ts';
import { isWorkingDay } from '../referrals/working-days.ts';
import { destroyDossiers } from './destroy.ts';
import { legalHoldsOf } from './legal-holds.ts';
import { namesForList } from './names.ts';
import { erasePerson, personLegalHoldsOf } from './person-erasure.ts';
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
  scope: r.subjectPersonId ? 'person' : 'dossier',
  subjectPersonId: r.subjectPersonId,
  requesterKind: r.requesterKind,
  receivedOn: r.receivedOn,
  decideBy: r.decideBy,
  status: r.status,
  refusalGrounds: r.refusalGrounds,
  decidedAt: r.decidedAt?.toISOString() ?? null,
  traceId: r.traceId,
});

/** The requests with the family's name (and the person's first name while on file), audited. */
export async function listErasureRequests(db: Db, ctx: RequestContext): Promise<ErasureRequestList> {
  const rows = await db
    .select()
    .from(erasureRequest)
    .where(eq(erasureRequest.tenantId, ctx.tenantId))
    .orderBy(asc(erasureRequest.decideBy))
    .limit(500);
  const open = rows.filter((r) => r.status === 'open');
  const names = await namesForList(
    db,
    ctx,
    'erasure_request',
    rows.flatMap((r) => (r.householdId ? [r.householdId] : [])),
    open.flatMap((r) => (r.subjectPersonId ? [r.subjectPersonId] : [])),
  );
  return {
    requests: rows.map((r) => ({
      ...view(r),
      householdName: (r.householdId && names.households.get(r.householdId)) || null,
      subjectFirstName:
        (r.status === 'open' && r.subjectPersonId && names.firstNames.get(r.subjectPersonId)) || null,
    })),
  };
}

/** Open requests that a new one would double: the whole dossier, or the same person. */
async function openRequestsInTheWay(db: Db, tenantId: string, householdId: string, subjectPersonId?: string) {
  const open = await db
    .select({ id: erasureRequest.id, subjectPersonId: erasureRequest.subjectPersonId })
    .from(erasureRequest)
    .where(
      and(
        eq(erasureRequest.tenantId, tenantId),
        eq(erasureRequest.householdId, householdId),
        eq(erasureRequest.status, 'open'),
      ),
    );
  return open.filter(
    (r) => !subjectPersonId || r.subjectPersonId === null || r.subjectPersonId === subjectPersonId,
  );
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
  const subject = input.subjectPersonId
    ? people.find((p) => p.personId === input.subjectPersonId)
    : undefined;
  const member = (p: { personId: string; memberRole: string }) => ({
    personId: p.personId,
    isParent: isParentRole(p.memberRole),
  });
  const reason = !allowed
    ? 'requester_invalid'
    : input.subjectPersonId && !(subject && mayAskErasureOf(member(requester), member(subject)))
      ? 'subject_invalid'
      : (await openRequestsInTheWay(db, actor.tenantId, input.householdId, input.subjectPersonId)).length > 0
        ? 'already_open'
        : null;
  if (reason) {
    await recordAudit(db, {
      tenantId: actor.tenantId,
      actor,
      action: 'retention.erasure_requested',
      outcome: 'denied',
      subjectType: 'household',
      subjectId: input.householdId,
      requestId,
      details: { reason, requesterKind: input.requesterKind },
    });
    throw new ProblemError(
      reason === 'already_open'
        ? 'erasure_already_open'
        : reason === 'subject_invalid'
          ? 'erasure_subject_invalid'
          : 'erasure_requester_invalid',
    );
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
        subjectPersonId: input.subjectPersonId ?? null,
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
      details: {
        householdId: input.householdId,
        requesterKind: input.requesterKind,
        scope: input.subjectPersonId ? 'person' : 'dossier',
      },
    });
    return inserted;
  });
  return view(row as Row);
}

/**
 * The legal holds on what a request is about: the whole dossier's, or one person's (decision
 * 0022). Erasure on request is not held by the retention term itself (Jeugdwet 7.3.9 lets a
 * dossier go before its 7.3.8 term ends), for one person as for the whole dossier.
 */
export async function holdsOfRequest(db: Executor, tenantId: string, request: Row, today: string) {
  const householdId = request.householdId;
  if (!householdId) return [];
  const subject = request.subjectPersonId;
  if (!subject) return legalHoldsOf(db, tenantId, householdId, today);
  const memberships = (await householdPeople(db, tenantId, householdId)).filter(
    (p) => p.personId === subject,
  );
  const stillMember = memberships.some((m) => m.until === null || m.until >= today);
  return personLegalHoldsOf(db, tenantId, householdId, { personId: subject, stillMember }, today);
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
  const holds = await holdsOfRequest(db, actor.tenantId, request, today);
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
    if ((await holdsOfRequest(tx, actor.tenantId, request, today)).length > 0) {
      throw new ProblemError('retention_not_due');
    }
    const subject = request.subjectPersonId;
    await tx
      .update(erasureRequest)
      .set({ decidedBy: actor.userId, decidedAt: new Date(), ...(subject ? { status: 'executed' } : {}) })
      .where(and(eq(erasureRequest.tenantId, actor.tenantId), eq(erasureRequest.id, id)));
    if (subject) {
      const counts = await erasePerson(tx, actor.tenantId, householdId, subject);
      await recordAudit(tx, {
        tenantId: actor.tenantId,
        actor,
        action: 'retention.person_erased',
        outcome: 'success',
        subjectType: 'person',
        subjectId: subject,
        dataCategory: 'person',
        purpose: 'erasure_request',
        requestId,
        details: {
          householdId,
          erasureRequestId: id,
          rows: Object.values(counts).reduce((a, b) => a + b, 0),
        },
      });
      return;
    }
    await destroyDossiers(tx, actor, requestId, 'erasure_request', [
      { householdId, recordTypes: ['youth_care_dossier'], helpEndedYear: null },
    ]);
  });
  return decided(db, actor.tenantId, id);
}
