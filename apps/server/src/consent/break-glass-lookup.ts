import type { BreakGlassCandidate, BreakGlassLookup, MyBreakGlass } from '@een-plan/contracts';
import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { type AuditEvent, recordAccess, recordAuditMany } from '../audit/record.ts';
import { decryptText } from '../crypto/data-encryption.ts';
import type { Db } from '../db/database.ts';
import { areaOfHousehold, currentMembershipOfPerson, householdOfMembership } from '../households/joins.ts';
import { household, householdMember, person } from '../households/schema.ts';
import { compactPostcode } from '../households/search.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { area, team } from '../tenancy/schema.ts';
import { breakGlass } from './schema.ts';

/** An exact lookup finds one family; more than this means the data was not specific enough. */
const LOOKUP_LIMIT = 5;

function criterion(lookup: BreakGlassLookup): SQL {
  if (lookup.kind === 'bsn') {
    return and(eq(person.bsn, lookup.bsn), eq(person.birthDate, lookup.birthDate)) as SQL;
  }
  return and(
    sql`lower(${person.lastName}) = ${lookup.lastName.toLowerCase()}`,
    eq(person.birthDate, lookup.birthDate),
    sql`upper(replace(${household.postcode}, ' ', '')) = ${compactPostcode(lookup.postcode)}`,
  ) as SQL;
}

/**
 * Finds the household to open under the meldcode, before any reason is written. Only exact data
 * (BSN + birth date, or surname + birth date + postcode) and only what is needed to choose: the
 * household name, postcode, city and team — no members, no dossier. Every lookup is audited with
 * the kind of criterion (never its value) and every household shown.
 */
export async function lookupForBreakGlass(
  db: Db,
  actor: Actor,
  lookup: BreakGlassLookup,
  ctx: RequestOrigin,
  /** Who looks and why: Veilig Thuis before break-glass, or the crisis service / GI (policy decides). */
  audit: { action: string; purpose: string } = { action: 'break_glass.lookup', purpose: 'break_glass' },
): Promise<BreakGlassCandidate[]> {
  const rows = await db
    .selectDistinct({
      householdId: household.id,
      householdName: household.name,
      postcode: household.postcode,
      city: household.city,
      teamName: team.name,
    })
    .from(person)
    .innerJoin(householdMember, currentMembershipOfPerson)
    .innerJoin(household, householdOfMembership)
    .leftJoin(area, areaOfHousehold)
    .leftJoin(team, and(eq(team.tenantId, area.tenantId), eq(team.id, area.teamId)))
    .where(and(eq(person.tenantId, actor.tenantId), criterion(lookup)))
    .orderBy(household.name, household.id)
    .limit(LOOKUP_LIMIT);
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
      householdName: household.name,
      openedAt: breakGlass.openedAt,
      expiresAt: breakGlass.expiresAt,
      withheld: breakGlass.withholdFromFamily,
      reviewOutcome: breakGlass.reviewOutcome,
      reviewNoteEnc: breakGlass.reviewNoteEnc,
    })
    .from(breakGlass)
    .innerJoin(
      household,
      and(eq(household.tenantId, breakGlass.tenantId), eq(household.id, breakGlass.householdId)),
    )
    .where(
      and(
        eq(breakGlass.tenantId, actor.tenantId),
        eq(breakGlass.userId, actor.userId),
        sql`${breakGlass.openedAt} > ${new Date(now.getTime() - 30 * 86_400_000)}`,
      ),
    )
    .orderBy(desc(breakGlass.openedAt))
    .limit(50);
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
    householdName: r.householdName,
    openedAt: r.openedAt.toISOString(),
    expiresAt: r.expiresAt.toISOString(),
    active: r.expiresAt > now,
    withheldFromFamily: r.withheld,
    reviewOutcome:
      r.reviewOutcome === 'justified' || r.reviewOutcome === 'not_justified' ? r.reviewOutcome : null,
    reviewNote: r.reviewNoteEnc === null ? null : decryptText(r.reviewNoteEnc),
  }));
}
