/** Requests to the Raad voor de Kinderbescherming (verzoek tot onderzoek) and the Raad's answers. */
import { randomUUID } from 'node:crypto';
import type { RaadAnswerInput, RaadRequestInput } from '@een-plan/contracts';
import { and, eq } from 'drizzle-orm';
import { encryptText } from '../crypto/data-encryption.ts';
import type { Db } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { auditTrack, requireTrack } from './access.ts';
import { raadAnswer, raadRequest } from './schema.ts';

export async function requestRaad(
  db: Db,
  actor: Actor,
  origin: RequestOrigin,
  trackId: string,
  input: RaadRequestInput,
  now = new Date(),
): Promise<{ id: string }> {
  const loaded = await requireTrack(db, actor, origin, trackId, 'track.escalate', now);
  const id = randomUUID();
  await db.transaction(async (tx) => {
    await tx.insert(raadRequest).values({
      tenantId: actor.tenantId,
      id,
      trackId,
      requestedBy: actor.userId,
      requestedAt: now,
      groundsEnc: encryptText(JSON.stringify(input.grounds)),
    });
    await auditTrack(tx, actor, origin, trackId, 'raad.request', loaded.decision.basis, {
      raadRequestId: id,
    });
  });
  return { id };
}

/** Records the Raad's answer; whoever may escalate the track records it, once. */
export async function answerRaad(
  db: Db,
  actor: Actor,
  origin: RequestOrigin,
  requestId: string,
  input: RaadAnswerInput,
  now = new Date(),
): Promise<{ id: string }> {
  const [request] = await db
    .select({ trackId: raadRequest.trackId })
    .from(raadRequest)
    .where(and(eq(raadRequest.tenantId, actor.tenantId), eq(raadRequest.id, requestId)))
    .limit(1);
  // An unknown request is refused like an unknown track, so the refusal is audited all the same.
  const loaded = await requireTrack(
    db,
    actor,
    origin,
    request?.trackId ?? `raad:${requestId}`,
    'track.escalate',
    now,
  );
  await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(raadAnswer)
      .values({
        tenantId: actor.tenantId,
        requestId,
        answer: input.answer,
        noteEnc: encryptText(input.note),
        recordedBy: actor.userId,
        recordedAt: now,
      })
      .onConflictDoNothing()
      .returning({ requestId: raadAnswer.requestId });
    if (inserted.length === 0) throw new ProblemError('raad_already_answered');
    await auditTrack(tx, actor, origin, loaded.track.id, 'raad.answer', loaded.decision.basis, {
      raadRequestId: requestId,
      answer: input.answer,
    });
  });
  return { id: requestId };
}
