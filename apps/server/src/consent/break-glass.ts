import { randomUUID } from 'node:crypto';
import type { BreakGlassInput } from '@een-plan/contracts';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { findTeamLead, findUserNames } from '../auth/users.ts';
import { decryptText, encryptText } from '../crypto/data-encryption.ts';
import type { Db } from '../db/database.ts';
import { householdNames } from '../households/home-queries.ts';
import { findHouseholdFacts } from '../households/membership.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { breakGlass } from './schema.ts';

const BREAK_GLASS_HOURS = 24;

/**
 * Opens a household without consent for 24 hours after a written reason (meldcode). The team
 * lead of the household's team is asked to review; with a legal ground that forbids telling the
 * family the access is hidden from the family's log and the review is mandatory.
 */
export async function openBreakGlass(
  db: Db,
  actor: Actor,
  householdId: string,
  input: BreakGlassInput,
  ctx: RequestOrigin,
  now = new Date(),
) {
  const h = await findHouseholdFacts(db, actor.tenantId, householdId);
  if (!h) {
    await recordAudit(db, {
      tenantId: actor.tenantId,
      actor,
      action: 'break_glass.open',
      outcome: 'denied',
      subjectType: 'household',
      subjectId: householdId,
      dataCategory: 'household',
      purpose: 'break_glass',
      requestId: ctx.requestId,
      clientAddress: ctx.clientAddress,
      details: { reason: 'not_found' },
    });
    throw new ProblemError('not_found');
  }
  const lead = h.teamId ? await findTeamLead(db, actor.tenantId, h.teamId) : undefined;
  const id = randomUUID();
  const expiresAt = new Date(now.getTime() + BREAK_GLASS_HOURS * 3600_000);
  await db.transaction(async (tx) => {
    await tx.insert(breakGlass).values({
      tenantId: actor.tenantId,
      id,
      householdId,
      userId: actor.userId,
      reasonEnc: encryptText(input.reason),
      withholdFromFamily: !!input.legalGround,
      legalGround: input.legalGround ?? null,
      openedAt: now,
      expiresAt,
      reviewerId: lead?.id ?? null,
    });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor,
      action: 'break_glass.open',
      outcome: 'success',
      subjectType: 'household',
      subjectId: householdId,
      dataCategory: 'household',
      purpose: `break_glass:${id}`,
      requestId: ctx.requestId,
      clientAddress: ctx.clientAddress,
      details: { basis: 'break_glass', breakGlassId: id, withheld: !!input.legalGround },
    });
  });
  return { id, expiresAt: expiresAt.toISOString() };
}

/** The team lead's review queue: unreviewed break-glass openings assigned to them. */
export async function reviewQueue(db: Db, actor: Actor, ctx: RequestOrigin) {
  const rows = await db
    .select({
      id: breakGlass.id,
      householdId: breakGlass.householdId,
      userId: breakGlass.userId,
      reasonEnc: breakGlass.reasonEnc,
      openedAt: breakGlass.openedAt,
      expiresAt: breakGlass.expiresAt,
      withhold: breakGlass.withholdFromFamily,
      legalGround: breakGlass.legalGround,
    })
    .from(breakGlass)
    .where(
      and(
        eq(breakGlass.tenantId, actor.tenantId),
        eq(breakGlass.reviewerId, actor.userId),
        isNull(breakGlass.reviewedAt),
      ),
    )
    .orderBy(asc(breakGlass.openedAt))
    .limit(100);
  // Names by id, one query each for the whole page (a row's household and user always exist: foreign keys).
  const [households, users] = await Promise.all([
    householdNames(
      db,
      actor.tenantId,
      rows.map((r) => r.householdId),
    ),
    findUserNames(db, actor.tenantId, [...new Set(rows.map((r) => r.userId))]),
  ]);
  const userName = new Map(users.map((u) => [u.id, u.displayName]));
  await recordAudit(db, {
    tenantId: actor.tenantId,
    actor,
    action: 'break_glass.review_queue',
    outcome: 'success',
    subjectType: 'break_glass_list',
    dataCategory: 'break_glass',
    purpose: 'review',
    requestId: ctx.requestId,
    clientAddress: ctx.clientAddress,
    details: { count: rows.length },
  });
  return {
    items: rows.map((r) => ({
      id: r.id,
      householdId: r.householdId,
      householdName: households.get(r.householdId) ?? '',
      userName: userName.get(r.userId) ?? '',
      reason: decryptText(r.reasonEnc),
      openedAt: r.openedAt.toISOString(),
      expiresAt: r.expiresAt.toISOString(),
      withheldFromFamily: r.withhold,
      legalGround: r.legalGround,
      reviewMandatory: r.withhold,
    })),
  };
}

export async function reviewBreakGlass(
  db: Db,
  actor: Actor,
  id: string,
  review: { outcome: 'justified' | 'not_justified'; note?: string | undefined },
  ctx: RequestOrigin,
  now = new Date(),
) {
  const [row] = await db
    .select()
    .from(breakGlass)
    .where(
      and(
        eq(breakGlass.tenantId, actor.tenantId),
        eq(breakGlass.id, id),
        eq(breakGlass.reviewerId, actor.userId),
      ),
    )
    .limit(1);
  if (!row) throw new ProblemError('not_found');
  if (row.reviewedAt) throw new ProblemError('break_glass_already_reviewed');
  const { outcome } = review;
  const note = review.note || null;
  await db.transaction(async (tx) => {
    const done = await tx
      .update(breakGlass)
      .set({
        reviewedAt: now,
        reviewedBy: actor.userId,
        reviewOutcome: outcome,
        reviewNoteEnc: note === null ? null : encryptText(note),
      })
      .where(
        and(eq(breakGlass.tenantId, actor.tenantId), eq(breakGlass.id, id), isNull(breakGlass.reviewedAt)),
      )
      .returning({ id: breakGlass.id });
    if (done.length === 0) throw new ProblemError('break_glass_already_reviewed');
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor,
      action: 'break_glass.review',
      outcome: 'success',
      subjectType: 'household',
      subjectId: row.householdId,
      dataCategory: 'break_glass',
      purpose: 'review',
      requestId: ctx.requestId,
      clientAddress: ctx.clientAddress,
      details: { breakGlassId: id, outcome, withNote: note !== null },
    });
  });
  return { ok: true as const };
}
