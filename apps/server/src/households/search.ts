import type { HouseholdSearchRequest, HouseholdSearchResponse } from '@een-plan/contracts';
import { and, asc, eq, type Placeholder, type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, union } from 'drizzle-orm/pg-core';
import { recordAudit } from '../audit/record.ts';
import { userNameJoin } from '../auth/users.ts';
import { type Executor, planGenerically } from '../db/database.ts';
import { preparedSql, writtenLimit } from '../db/prepared.ts';
import type { Actor } from '../policy/actor.ts';
import { decideHousehold } from '../policy/decide.ts';
import { searchScope } from '../policy/household-scope.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { teamOfArea } from '../tenancy/fragments.ts';
import { currentMembershipOfPerson, householdOfMembership } from './joins.ts';
import { household, householdMember, householdMemberSearch, person } from './schema.ts';
import { householdScopeCondition } from './scope-condition.ts';

/** At most this many rows; a search is for finding one household, not for browsing a million. */
export const SEARCH_LIMIT = 25;

/** 2151ab / 2151 AB → 2151AB, the form household_address_idx is built on. */
export function compactPostcode(postcode: string): string {
  return postcode.replace(/\s+/g, '').toUpperCase();
}

/**
 * The names a search binds as parameters. A search of one shape (criterion kind, scope kind) is one
 * prepared statement per connection: PostgreSQL plans it once instead of on every search, where
 * planning the union cost as much as running it (issue 18).
 */
type Slot = 'tenantId' | 'coordinatorId' | 'teamId' | 'value' | 'houseNumber' | 'from' | 'to';
type Bind = (slot: Slot) => string | Placeholder;
type SearchValues = Partial<Record<Slot, string>>;

interface Shape {
  kind: HouseholdSearchRequest['kind'];
  coordinator: boolean;
  team: boolean;
}

/** Every string that starts with `prefix`, and no other, lies in [prefix, next) in code-point order. */
export function prefixRange(prefix: string): { from: string; to: string } {
  const points = Array.from(prefix);
  const last = points.pop()?.codePointAt(0) ?? 0;
  // U+10FFFF ends Unicode: a prefix ending there has no next string of its length; add a character.
  const to = last >= 0x10ffff ? `${prefix}\u{10FFFF}` : `${points.join('')}${String.fromCodePoint(last + 1)}`;
  return { from: prefix, to };
}

function shapeOf(actor: Actor, request: HouseholdSearchRequest): Shape {
  const scope = searchScope(actor);
  return {
    kind: request.kind,
    coordinator: scope.coordinatorId !== undefined,
    team: scope.teamId !== undefined,
  };
}

function valuesOf(actor: Actor, request: HouseholdSearchRequest): SearchValues {
  const scope = searchScope(actor);
  const values: SearchValues = {
    tenantId: actor.tenantId,
    coordinatorId: scope.coordinatorId,
    teamId: scope.teamId,
  };
  switch (request.kind) {
    case 'name':
      return { ...values, ...prefixRange(request.name.toLowerCase()) };
    case 'birthDate':
      return { ...values, value: request.birthDate };
    case 'bsn':
      return { ...values, value: request.bsn };
    case 'address':
      return {
        ...values,
        value: compactPostcode(request.postcode),
        houseNumber: request.houseNumber.toLowerCase(),
      };
  }
}

/**
 * Only households the actor may see are searched: a coordinator's own and the team's, a team
 * lead's team (householdScopeCondition's rule, here with bound values). The policy
 * (decideHousehold) is applied again to every hit.
 */
function scopeOf(shape: Shape, bind: Bind): SQL {
  return householdScopeCondition({
    ...(shape.coordinator ? { coordinatorId: bind('coordinatorId') } : {}),
    ...(shape.team ? { teamId: bind('teamId') } : {}),
  });
}

/** Each criterion is a condition one of the indexes answers (see drizzle/0008 and the EXPLAIN test). */
function criterion(kind: Exclude<Shape['kind'], 'name'>, bind: Bind): SQL {
  switch (kind) {
    case 'birthDate':
      return sql`${person.birthDate} = ${bind('value')}`;
    case 'bsn':
      return sql`${person.bsn} = ${bind('value')}`;
    case 'address':
      return and(
        sql`upper(replace(${household.postcode}, ' ', '')) = ${bind('value')}`,
        sql`lower(${household.houseNumber}) = ${bind('houseNumber')}`,
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
function membersInScope(db: Executor, shape: Shape, bind: Bind, where: SQL) {
  return db
    .select(hitColumns)
    .from(person)
    .innerJoin(householdMember, currentMembershipOfPerson)
    .innerJoin(household, householdOfMembership)
    .where(and(sql`${person.tenantId} = ${bind('tenantId')}`, where, scopeOf(shape, bind)));
}

/**
 * The first current members in the alphabet of one name key, walking its index
 * (household_member_search_…_name_idx, text_pattern_ops, hence `~>=~`, `~<~` and `using ~<~`) in
 * order from the prefix: the walk stops after LIMIT members in scope, however many of a million
 * people share the prefix ("van", "de"). The index carries each member's household, area and
 * coordinator, so a person outside the scope is passed over in the index, without looking up the
 * membership or the household (decision 0049); only the members shown are joined to their person
 * and household. People of one name come in person id order. The prefix is a range, not a LIKE
 * pattern, so a prepared statement's generic plan still knows it is an index range.
 */
function nameMatches(db: Executor, shape: Shape, bind: Bind, key: AnyPgColumn) {
  const s = householdMemberSearch;
  const scope = householdScopeCondition(
    {
      ...(shape.coordinator ? { coordinatorId: bind('coordinatorId') } : {}),
      ...(shape.team ? { teamId: bind('teamId') } : {}),
    },
    { tenantId: bind('tenantId'), areaId: s.areaId, coordinatorId: s.coordinatorId },
  );
  return db
    .select(hitColumns)
    .from(s)
    .innerJoin(person, and(eq(person.tenantId, s.tenantId), eq(person.id, s.personId)))
    .innerJoin(household, and(eq(household.tenantId, s.tenantId), eq(household.id, s.householdId)))
    .where(
      and(
        sql`${s.tenantId} = ${bind('tenantId')}`,
        sql`${key} ~>=~ ${bind('from')} and ${key} ~<~ ${bind('to')}`,
        scope,
      ),
    )
    .orderBy(sql`${key} using ~<~`, asc(s.personId))
    .limit(writtenLimit(SEARCH_LIMIT + 1));
}

/**
 * The rows a criterion finds, at most SEARCH_LIMIT + 1, before the coordinator's name is joined.
 * A name is a last-name or a first-name prefix: each walks its own index, and the union of both
 * bounded walks is at most twice the limit, so nothing is ever sorted but those few rows.
 */
function hits(db: Executor, shape: Shape, bind: Bind) {
  if (shape.kind !== 'name') return membersInScope(db, shape, bind, criterion(shape.kind, bind)).as('hit');
  return union(
    nameMatches(db, shape, bind, householdMemberSearch.lastNameKey),
    nameMatches(db, shape, bind, householdMemberSearch.firstNameKey),
  ).as('hit');
}

function buildSearch(db: Executor, shape: Shape, bind: Bind) {
  const hit = hits(db, shape, bind);
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
    .limit(writtenLimit(SEARCH_LIMIT + 1));
}

/**
 * A row of buildSearch as the driver answers it: keyed by the columns' own names (the team is the
 * scalar subquery's `team_id`), the birth date as PostgreSQL writes a date (both drivers' raw rows).
 */
interface HitRow {
  id: string;
  name: string;
  street: string;
  house_number: string;
  postcode: string;
  city: string;
  coordinator_id: string | null;
  display_name: string | null;
  team_id: string | null;
  first_name: string;
  last_name: string;
  birth_date: string;
}

/** The query with this search's values in it, exported so a test can EXPLAIN exactly what runs. */
export function searchQuery(db: Executor, actor: Actor, request: HouseholdSearchRequest) {
  const values = valuesOf(actor, request);
  return buildSearch(db, shapeOf(actor, request), (slot) => values[slot] ?? '');
}

/**
 * The prepared statement's text and its values in order, for a test that plans it the way
 * PostgreSQL may after a few executions: generically, without knowing the values.
 */
export function searchStatement(db: Executor, actor: Actor, request: HouseholdSearchRequest) {
  const values = valuesOf(actor, request);
  const query = buildSearch(db, shapeOf(actor, request), (slot) => sql.placeholder(slot)).toSQL();
  const bound = query.params.map((p) =>
    p !== null && typeof p === 'object' && 'name' in p ? values[(p as { name: Slot }).name] : p,
  );
  return { text: query.sql, values: bound };
}

/** The prepared statement of this search's shape, with placeholders where searchQuery has values. */
function preparedSearch(db: Executor, actor: Actor, request: HouseholdSearchRequest) {
  const shape = shapeOf(actor, request);
  const name = `household_search_${shape.kind}_${shape.coordinator ? 'c' : ''}${shape.team ? 't' : ''}`;
  // The driver's rows as they come (preparedSql, not drizzle's prepare()): every column is text, or
  // a date as text, already; drizzle's mapping of them to the select's keys cost more Node CPU than
  // the rest of the search (decision 0052).
  const statement = preparedSql(db, name, () => {
    // One plan for any value (decision 0046): its limits are written in, so that plan stays bounded.
    planGenerically(name);
    return buildSearch(db, shape, (slot) => sql.placeholder(slot)).getSQL();
  });
  return { statement, values: valuesOf(actor, request) };
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
  const { statement, values } = preparedSearch(reader, actor, request);
  const rows = (await statement.execute(values)) as unknown as HitRow[];
  const limited = rows.length > SEARCH_LIMIT;
  const hits = new Map<string, HouseholdSearchResponse['items'][number]>();
  for (const r of rows.slice(0, SEARCH_LIMIT)) {
    const allowed = decideHousehold(actor, 'household.read', {
      tenantId: actor.tenantId,
      coordinatorId: r.coordinator_id,
      teamId: r.team_id,
      memberPersonIds: [],
    }).allowed;
    if (!allowed) continue;
    let hit = hits.get(r.id);
    if (!hit) {
      hit = {
        householdId: r.id,
        name: r.name,
        street: r.street,
        houseNumber: r.house_number,
        postcode: r.postcode,
        city: r.city,
        coordinatorName: r.display_name,
        matchedMembers: [],
      };
      hits.set(r.id, hit);
    }
    if (request.kind !== 'address') {
      hit.matchedMembers.push({ firstName: r.first_name, lastName: r.last_name, birthDate: r.birth_date });
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
