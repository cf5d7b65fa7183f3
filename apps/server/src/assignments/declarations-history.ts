import type { DeclarationHistory, DeclarationHistoryEntry, DeclarationStatus } from '@een-plan/contracts';
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { declaration, declarationLine } from './declarations-schema.ts';
import { declarationOfLine } from './fact-joins.ts';
import { auditProvider } from './message-log.ts';
import { isIssuedTo } from './provider-visibility.ts';
import { assignment } from './schema.ts';

/** A provider declares at most monthly, so this covers years of one assignment. */
const MAX_LINES = 500;

function statusOf(lines: DeclarationHistoryEntry['lines']): DeclarationStatus {
  const approved = lines.filter((l) => l.status === 'approved').length;
  if (approved === lines.length) return 'approved';
  return approved === 0 ? 'rejected' : 'partly_approved';
}

/**
 * The provider's earlier declarations for one assignment of its own organisation, newest first,
 * with the municipality's judgement per prestatie — so a rejected month can be corrected without
 * guessing what was sent before.
 */
export async function declarationHistory(
  db: Db,
  actor: Actor,
  assignmentId: string,
  ctx: RequestOrigin,
): Promise<DeclarationHistory> {
  const tenantId = actor.tenantId;
  const [owner] = await db
    .select({ organisationId: assignment.organisationId, status: assignment.status })
    .from(assignment)
    .where(and(eq(assignment.tenantId, tenantId), eq(assignment.id, assignmentId)))
    .limit(1);
  if (!owner || !actor.organisationId || !isIssuedTo(owner, actor.organisationId)) {
    throw new ProblemError('not_found');
  }
  const rows = await db
    .select({
      declarationId: declaration.id,
      declarationNumber: declaration.declarationNumber,
      declaredAt: declaration.createdAt,
      referenceNumber: declarationLine.referenceNumber,
      periodStart: declarationLine.periodStart,
      periodEnd: declarationLine.periodEnd,
      volume: declarationLine.volume,
      amountCents: declarationLine.amountCents,
      debitCredit: declarationLine.debitCredit,
      status: declarationLine.status,
      rejectionCodes: declarationLine.rejectionCodes,
    })
    .from(declarationLine)
    .innerJoin(declaration, declarationOfLine)
    .where(
      and(
        eq(declarationLine.tenantId, tenantId),
        eq(declarationLine.assignmentId, assignmentId),
        eq(declarationLine.organisationId, actor.organisationId),
      ),
    )
    .orderBy(desc(declaration.createdAt), declarationLine.clientIndex, declarationLine.prestatieIndex)
    .limit(MAX_LINES);

  const byDeclaration = new Map<string, DeclarationHistoryEntry>();
  for (const r of rows) {
    let entry = byDeclaration.get(r.declarationId);
    if (!entry) {
      entry = {
        declarationNumber: r.declarationNumber,
        declaredAt: r.declaredAt.toISOString(),
        status: 'approved',
        submittedCents: 0,
        approvedCents: 0,
        declarationCodes: [],
        lines: [],
      };
      byDeclaration.set(r.declarationId, entry);
    }
    // A credit line lowers the total: amounts are stored unsigned with their D/C indicator.
    const signed = r.debitCredit === 'C' ? -r.amountCents : r.amountCents;
    entry.submittedCents += signed;
    if (r.status === 'approved') entry.approvedCents += signed;
    entry.lines.push({
      referenceNumber: r.referenceNumber,
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      volume: r.volume,
      amountCents: signed,
      status: r.status === 'approved' ? 'approved' : 'rejected',
      rejectionCodes: r.rejectionCodes,
    });
  }
  const declarations = [...byDeclaration.values()].map((d) => ({ ...d, status: statusOf(d.lines) }));
  await auditProvider(db, actor, ctx, 'declaration.read', assignmentId, {
    declarations: declarations.length,
  });
  return { declarations };
}
