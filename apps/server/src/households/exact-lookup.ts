import type { BreakGlassLookup } from '@een-plan/contracts';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { teamNameOfArea } from '../tenancy/fragments.ts';
import { currentMembershipOfPerson, householdOfMembership } from './joins.ts';
import { household, householdMember, person } from './schema.ts';
import { compactPostcode } from './search.ts';

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
 * The households a person found by exact data (BSN + birth date, or surname + birth date + postcode)
 * belongs to now, with only what is needed to choose one: name, postcode, city and team, and the
 * person found (id and first name; the caller decides whether to show them). The caller decides
 * who may look and audits the lookup.
 */
export async function findCurrentHouseholdsByExactPerson(
  db: Executor,
  tenantId: string,
  lookup: BreakGlassLookup,
  limit: number,
) {
  return db
    .selectDistinct({
      householdId: household.id,
      householdName: household.name,
      postcode: household.postcode,
      city: household.city,
      teamName: teamNameOfArea(household.tenantId, household.areaId),
      personId: person.id,
      firstName: person.firstName,
    })
    .from(person)
    .innerJoin(householdMember, currentMembershipOfPerson)
    .innerJoin(household, householdOfMembership)
    .where(and(eq(person.tenantId, tenantId), criterion(lookup)))
    .orderBy(household.name, household.id)
    .limit(limit);
}
