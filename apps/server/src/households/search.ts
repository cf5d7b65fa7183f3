import type { HouseholdSearchRequest, HouseholdSearchResponse } from '@een-plan/contracts';
import { and, asc, eq, or, type SQL, sql } from 'drizzle-orm';
import { type AuditEvent, recordAuditMany } from '../audit/record.ts';
import { userNameJoin } from '../auth/users.ts';
import type { Executor } from '../db/database.ts';
import type { Actor } from '../policy/actor.ts';
import { decideHousehold } from '../policy/decide.ts';
import { searchScope } from '../policy/household-scope.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { area } from '../tenancy/schema.ts';
import { areaOfHousehold, currentMembershipOfPerson, householdOfMembership } from './joins.ts';
import { household, householdMember, person } from './schema.ts';
import { householdScopeCondition } from './scope-condition.ts';

const coordinatorUser = userNameJoin(household.tenantId, household.coordinatorId);

/** At most this many rows; a search is for finding one household, not for browsing a million. */
export const SEARCH_LIMIT = 25;

/** 2151ab / 2151 AB → 2151AB, the form household_address_idx is built on. */
export function compactPostcode(postcode: string): string {
  return postcode.replace(/\s+/g, '').toUpperCase();
}

function likePrefix(value: string): string {
  return `${value.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Only households the actor may see are searched: a coordinator's own and the team's, a team
 * lead's team. The policy (decideHousehold) is applied again to every hit.
 */
function scopeOf(actor: Actor): SQL {
  return householdScopeCondition(searchScope(actor));
}

/** Each criterion is a condition one of the indexes answers (see drizzle/0008 and the EXPLAIN test). */
function criterion(request: HouseholdSearchRequest): SQL {
  switch (request.kind) {
    case 'name': {
      const prefix = likePrefix(request.name);
      return or(
        sql`lower(${person.lastName}) like ${prefix}`,
        sql`lower(${person.firstName}) like ${prefix}`,
      ) as SQL;
    }
    case 'birthDate':
      return eq(person.birthDate, request.birthDate);
    case 'bsn':
      return eq(person.bsn, request.bsn);
    case 'address':
      return and(
        sql`upper(replace(${household.postcode}, ' ', '')) = ${compactPostcode(request.postcode)}`,
        sql`lower(${household.houseNumber}) = ${request.houseNumber.toLowerCase()}`,
      ) as SQL;
  }
}

/** The query itself, exported so a test can EXPLAIN exactly what runs. */
export function searchQuery(db: Executor, actor: Actor, request: HouseholdSearchRequest) {
  return db
    .select({
      householdId: household.id,
      name: household.name,
      street: household.street,
      houseNumber: household.houseNumber,
      postcode: household.postcode,
      city: household.city,
      coordinatorId: household.coordinatorId,
      coordinatorName: coordinatorUser.displayName,
      teamId: area.teamId,
      firstName: person.firstName,
      lastName: person.lastName,
      birthDate: person.birthDate,
    })
    .from(person)
    .innerJoin(householdMember, currentMembershipOfPerson)
    .innerJoin(household, householdOfMembership)
    .leftJoin(area, areaOfHousehold)
    .leftJoin(coordinatorUser.table, coordinatorUser.on)
    .where(and(eq(person.tenantId, actor.tenantId), criterion(request), scopeOf(actor)))
    .orderBy(asc(household.name), asc(household.id), asc(person.birthDate))
    .limit(SEARCH_LIMIT + 1);
}

/**
 * Searches households by one criterion. Audited: the kind of criterion (never the value) and
 * every household in the result.
 */
export async function searchHouseholds(
  db: Executor,
  actor: Actor,
  ctx: RequestOrigin,
  request: HouseholdSearchRequest,
): Promise<HouseholdSearchResponse> {
  const rows = await searchQuery(db, actor, request);
  const limited = rows.length > SEARCH_LIMIT;
  const hits = new Map<string, HouseholdSearchResponse['items'][number]>();
  for (const r of rows.slice(0, SEARCH_LIMIT)) {
    const allowed = decideHousehold(actor, 'household.read', {
      tenantId: actor.tenantId,
      coordinatorId: r.coordinatorId,
      teamId: r.teamId,
      memberPersonIds: [],
    }).allowed;
    if (!allowed) continue;
    let hit = hits.get(r.householdId);
    if (!hit) {
      hit = {
        householdId: r.householdId,
        name: r.name,
        street: r.street,
        houseNumber: r.houseNumber,
        postcode: r.postcode,
        city: r.city,
        coordinatorName: r.coordinatorName,
        matchedMembers: [],
      };
      hits.set(r.householdId, hit);
    }
    if (request.kind !== 'address') {
      hit.matchedMembers.push({ firstName: r.firstName, lastName: r.lastName, birthDate: r.birthDate });
    }
  }
  const items = [...hits.values()];
  const base = {
    tenantId: actor.tenantId,
    actor,
    action: 'household.search',
    outcome: 'success' as const,
    dataCategory: 'household.summary',
    purpose: 'search',
    requestId: ctx.requestId,
    clientAddress: ctx.clientAddress,
  };
  await recordAuditMany(db, [
    { ...base, details: { criterion: request.kind, results: items.length } },
    ...items.map(
      (h): AuditEvent => ({
        ...base,
        subjectType: 'household',
        subjectId: h.householdId,
        details: { criterion: request.kind },
      }),
    ),
  ]);
  return { items, limited };
}
