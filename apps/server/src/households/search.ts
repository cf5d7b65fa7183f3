import type { HouseholdSearchRequest, HouseholdSearchResponse } from '@een-plan/contracts';
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, union } from 'drizzle-orm/pg-core';
import { recordAudit } from '../audit/record.ts';
import { userNameJoin } from '../auth/users.ts';
import type { Executor } from '../db/database.ts';
import type { Actor } from '../policy/actor.ts';
import { decideHousehold } from '../policy/decide.ts';
import { searchScope } from '../policy/household-scope.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { teamOfArea } from '../tenancy/fragments.ts';
import { currentMembershipOfPerson, householdOfMembership } from './joins.ts';
import { household, householdMember, person } from './schema.ts';
import { householdScopeCondition } from './scope-condition.ts';

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
function criterion(request: Exclude<HouseholdSearchRequest, { kind: 'name' }>): SQL {
  switch (request.kind) {
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

const hitColumns = {
  tenantId: person.tenantId,
  householdId: household.id,
  name: household.name,
  street: household.street,
  houseNumber: household.houseNumber,
  postcode: household.postcode,
  city: household.city,
  coordinatorId: household.coordinatorId,
  areaId: household.areaId,
  firstName: person.firstName,
  lastName: person.lastName,
  birthDate: person.birthDate,
};

/** Current members of the actor's households with their household and its area, filtered by `where`. */
function membersInScope(db: Executor, actor: Actor, where: SQL) {
  return db
    .select(hitColumns)
    .from(person)
    .innerJoin(householdMember, currentMembershipOfPerson)
    .innerJoin(household, householdOfMembership)
    .where(and(eq(person.tenantId, actor.tenantId), where, scopeOf(actor)));
}

/**
 * The first members in the alphabet of one name column, walking its prefix index
 * (person_…_name_prefix_idx, text_pattern_ops, hence `using ~<~`) in order: the walk stops after
 * LIMIT members in scope, however many of a million people share the prefix ("van", "de").
 */
function nameMatches(db: Executor, actor: Actor, column: AnyPgColumn, prefix: string) {
  return membersInScope(db, actor, sql`lower(${column}) like ${prefix}`)
    .orderBy(sql`lower(${column}) using ~<~`)
    .limit(SEARCH_LIMIT + 1);
}

/**
 * The rows a criterion finds, at most SEARCH_LIMIT + 1, before the coordinator's name is joined.
 * A name is a last-name or a first-name prefix: each walks its own index, and the union of both
 * bounded walks is at most twice the limit, so nothing is ever sorted but those few rows.
 */
function hits(db: Executor, actor: Actor, request: HouseholdSearchRequest) {
  if (request.kind !== 'name') return membersInScope(db, actor, criterion(request)).as('hit');
  const prefix = likePrefix(request.name);
  return union(
    nameMatches(db, actor, person.lastName, prefix),
    nameMatches(db, actor, person.firstName, prefix),
  ).as('hit');
}

/** The query itself, exported so a test can EXPLAIN exactly what runs. */
export function searchQuery(db: Executor, actor: Actor, request: HouseholdSearchRequest) {
  const hit = hits(db, actor, request);
  const coordinatorUser = userNameJoin(hit.tenantId, hit.coordinatorId);
  return db
    .select({
      householdId: hit.householdId,
      name: hit.name,
      street: hit.street,
      houseNumber: hit.houseNumber,
      postcode: hit.postcode,
      city: hit.city,
      coordinatorId: hit.coordinatorId,
      coordinatorName: coordinatorUser.displayName,
      teamId: teamOfArea(hit.tenantId, hit.areaId),
      firstName: hit.firstName,
      lastName: hit.lastName,
      birthDate: hit.birthDate,
    })
    .from(hit)
    .leftJoin(coordinatorUser.table, coordinatorUser.on)
    .orderBy(asc(hit.name), asc(hit.householdId), asc(hit.birthDate))
    .limit(SEARCH_LIMIT + 1);
}

/**
 * Searches households by one criterion. Audited: the kind of criterion (never the value) and
 * every household in the result. `reader` may be a read replica; the audit goes to `db`.
 */
export async function searchHouseholds(
  db: Executor,
  actor: Actor,
  ctx: RequestOrigin,
  request: HouseholdSearchRequest,
  reader: Executor = db,
): Promise<HouseholdSearchResponse> {
  const rows = await searchQuery(reader, actor, request);
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
  // One event: the search itself and every household it showed (found per household by the access log).
  await recordAudit(db, {
    ...base,
    ...(items.length > 0 ? { subjectType: 'household', subjectIds: items.map((h) => h.householdId) } : {}),
    details: { criterion: request.kind, results: items.length },
  });
  return { items, limited };
}
