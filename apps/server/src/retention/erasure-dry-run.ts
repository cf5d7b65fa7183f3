/**
 * The dry run of one erasure request: what executing it would remove, by running the real path
 * and rolling it back — the whole dossier's parts, or what of one person goes and what stays —
 * with the legal holds that would refuse it today. Changes nothing; audited.
 */
import type { ErasureDryRun } from '@een-plan/contracts';
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import type { RequestContext } from '../policy/request-context.ts';
import { countDestruction } from './destroy.ts';
import { dossierParts } from './dossier-parts.ts';
import { holdsOfRequest } from './erasure.ts';
import { countPersonErasure, PERSON_STAYS, personParts } from './person-erasure.ts';
import { erasureRequest } from './schema.ts';
import { todayInAmsterdam } from './service.ts';

export async function erasureDryRun(
  db: Db,
  ctx: RequestContext,
  id: string,
  today = todayInAmsterdam(),
): Promise<ErasureDryRun> {
  const [request] = await db
    .select()
    .from(erasureRequest)
    .where(and(eq(erasureRequest.tenantId, ctx.tenantId), eq(erasureRequest.id, id)));
  if (!request) throw new ProblemError('not_found');
  const householdId = request.householdId;
  if (request.status !== 'open' || !householdId) throw new ProblemError('erasure_not_open');
  const legalHolds = await holdsOfRequest(db, ctx.tenantId, request, today);
  const subject = request.subjectPersonId;
  const result: ErasureDryRun = subject
    ? {
        requestId: id,
        scope: 'person',
        legalHolds,
        whatGoes: [],
        personGoes: personParts(await countPersonErasure(db, ctx.tenantId, householdId, subject)),
        personStays: [...PERSON_STAYS],
      }
    : {
        requestId: id,
        scope: 'dossier',
        legalHolds,
        whatGoes: dossierParts(await countDestruction(db, ctx.tenantId, householdId)),
        personGoes: [],
        personStays: [],
      };
  await recordAudit(db, {
    tenantId: ctx.tenantId,
    actor: ctx.actor,
    action: 'retention.erasure_dry_run',
    outcome: 'success',
    subjectType: 'erasure_request',
    subjectId: id,
    purpose: 'erasure_request',
    requestId: ctx.requestId,
    clientAddress: ctx.clientAddress,
    details: { householdId, scope: result.scope, holds: legalHolds.length },
  });
  return result;
}
