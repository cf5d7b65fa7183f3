/**
 * The administrator's lookup for an erasure request (decided in policy/decide-lookup.ts, audited
 * by retention): households of the whole tenant, closed ones too, found by a member's name or by
 * postcode, with everyone who ever belonged to them — the requester may have moved out since.
 */
import type { ErasureHouseholdSearch } from '@een-plan/contracts';
import { and, asc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { household, householdMember, person } from './schema.ts';
import { compactPostcode } from './search.ts';

const ERASURE_SEARCH_LIMIT = 25;

const likePrefix = (value: string) => `${value.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function criterion(search: ErasureHouseholdSearch): SQL {
  if (search.kind === 'name') {
    const prefix = likePrefix(search.name);
    return or(
      sql`lower(${person.lastName}) like ${prefix}`,
      sql`lower(${person.firstName}) like ${prefix}`,
    ) as SQL;
  }
  const postcode = sql`upper(replace(${household.postcode}, ' ', '')) = ${compactPostcode(search.postcode)}`;
  return search.houseNumber
    ? (and(postcode, sql`lower(${household.houseNumber}) = ${search.houseNumber.toLowerCase()}`) as SQL)
    : postcode;
}

export async function erasureCandidates(db: Executor, tenantId: string, search: ErasureHouseholdSearch) {
  const hits = await db
    .selectDistinct({ id: household.id, name: household.name })
    .from(household)
    .innerJoin(
      householdMember,
      and(eq(householdMember.tenantId, household.tenantId), eq(householdMember.householdId, household.id)),
    )
    .innerJoin(
      person,
      and(eq(person.tenantId, householdMember.tenantId), eq(person.id, householdMember.personId)),
    )
    .where(and(eq(household.tenantId, tenantId), criterion(search)))
    .orderBy(asc(household.name), asc(household.id))
    .limit(ERASURE_SEARCH_LIMIT + 1);
  const ids = hits.slice(0, ERASURE_SEARCH_LIMIT).map((h) => h.id);
  if (ids.length === 0) return { households: [], limited: false };
  const [households, members] = await Promise.all([
    db
      .select({
        householdId: household.id,
        name: household.name,
        postcode: household.postcode,
        houseNumber: household.houseNumber,
        city: household.city,
      })
      .from(household)
      .where(and(eq(household.tenantId, tenantId), inArray(household.id, ids)))
      .orderBy(asc(household.name), asc(household.id)),
    db
      .selectDistinct({
        householdId: householdMember.householdId,
        personId: person.id,
        firstName: person.firstName,
        lastName: person.lastName,
        birthDate: person.birthDate,
        memberRole: householdMember.memberRole,
      })
      .from(householdMember)
      .innerJoin(
        person,
        and(eq(person.tenantId, householdMember.tenantId), eq(person.id, householdMember.personId)),
      )
      .where(and(eq(householdMember.tenantId, tenantId), inArray(householdMember.householdId, ids)))
      .orderBy(asc(person.birthDate), asc(person.id)),
  ]);
  return {
    households: households.map((h) => ({
      ...h,
      members: members.filter((m) => m.householdId === h.householdId),
    })),
    limited: hits.length > ERASURE_SEARCH_LIMIT,
  };
}
