import type { BreakGlassCandidate, BreakGlassLookup, MyBreakGlass } from '@een-plan/contracts';
import { and, desc, eq, sql } from 'drizzle-orm';
import { type AuditEvent, recordAccess, recordAuditMany } from '../audit/record.ts';
import { decryptText } from '../crypto/data-encryption.ts';
import type { Db } from '../db/database.ts';
import { findCurrentHouseholdsByExactPerson } from '../households/exact-lookup.ts';
import { householdNames } from '../households/home-queries.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { breakGlass } from './schema.ts';

/** An exact lookup finds one family; more than this means the data was not specific enough. */
const LOOKUP_LIMIT = 5;

/**
 * An exact lookup (BSN + birth date, or surname + birth date + postcode), audited with the kind
 * of criterion (never its value) and every household shown. Returns the person found with each
 * household; the callers decide what of it to show (see lookupForBreakGlass).
 */
export async function lookupExactAudited(
  db: Db,
  actor: Actor,
  lookup: BreakGlassLookup,
  ctx: RequestOrigin,
  /** Who looks and why: Veilig Thuis before break-glass, or the crisis service / GI (policy decides). */
  audit: { action: string; purpose: string },
) {
  const rows = await findCurrentHouseholdsByExactPerson(db, actor.tenantId, lookup, LOOKUP_LIMIT);
  const base = {
    tenantId: actor.tenantId,
    actor,
    action: audit.action,
    outcome: 'success' as const,
    dataCategory: 'household.summary',
    purpose: audit.purpose,
    requestId: ctx.requestId,
    clientAddress: ctx.clientAddress,
  };
  await recordAuditMany(db, [
    { ...base, details: { criterion: lookup.kind, results: rows.length } },
    ...rows.map(
      (r): AuditEvent => ({
        ...base,
        subjectType: 'household',
        subjectId: r.householdId,
        details: { criterion: lookup.kind },
      }),
    ),
  ]);
  return rows;
}

/**
 * Finds the household to open under the meldcode, before any reason is written: only what is
 * needed to choose, the household name, postcode, city and team — no members, no dossier.
 */
export async function lookupForBreakGlass(
  db: Db,
  actor: Actor,
  lookup: BreakGlassLookup,
  ctx: RequestOrigin,
): Promise<BreakGlassCandidate[]> {
  const rows = await lookupExactAudited(db, actor, lookup, ctx, {
    action: 'break_glass.lookup',
    purpose: 'break_glass',
  });
  return rows.map(({ householdId, householdName, postcode, city, teamName }) => ({
    householdId,
    householdName,
    postcode,
    city,
    teamName,
  }));
}

/** The professional's own break-glass accesses of the last 30 days, newest first. */
/** The actor's own break-glass accesses; they name households, so the read is audited like any list. */
export async function myBreakGlass(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  now = new Date(),
): Promise<MyBreakGlass[]> {
  const rows = await db
    .select({
      id: breakGlass.id,
      householdId: breakGlass.householdId,
      openedAt: breakGlass.openedAt,
      expiresAt: breakGlass.expiresAt,
      withheld: breakGlass.withholdFromFamily,
      reviewOutcome: breakGlass.reviewOutcome,
      reviewNoteEnc: breakGlass.reviewNoteEnc,
    })
    .from(breakGlass)
    .where(
      and(
        eq(breakGlass.tenantId, actor.tenantId),
        eq(breakGlass.userId, actor.userId),
        sql`${breakGlass.openedAt} > ${new Date(now.getTime() - 30 * 86_400_000)}`,
      ),
    )
    .orderBy(desc(breakGlass.openedAt))
    .limit(50);
  const names = await householdNames(
    db,
    actor.tenantId,
    rows.map((r) => r.householdId),
  );
  await recordAccess(db, actor, ctx, {
    action: 'break_glass.mine',
    subjectType: 'break_glass_list',
    subjectId: actor.userId,
    dataCategory: 'break_glass',
    purpose: 'own_accesses',
  });
  return rows.map((r) => ({
    id: r.id,
    householdId: r.householdId,
    householdName: names.get(r.householdId) ?? '',
    openedAt: r.openedAt.toISOString(),
    expiresAt: r.expiresAt.toISOString(),
    active: r.expiresAt > now,
    withheldFromFamily: r.withheld,
    reviewOutcome:
      r.reviewOutcome === 'justified' || r.reviewOutcome === 'not_justified' ? r.reviewOutcome : null,
    reviewNote: r.reviewNoteEnc === null ? null : decryptText(r.reviewNoteEnc),
  }));
}
