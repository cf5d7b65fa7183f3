/** Join conditions over the household tables, so every query that walks person → household joins alike. */
import { and, eq, isNull } from 'drizzle-orm';
import { household, householdMember, person } from './schema.ts';

/** The person's current membership (one that has not ended). */
export const currentMembershipOfPerson = and(
  eq(householdMember.tenantId, person.tenantId),
  eq(householdMember.personId, person.id),
  isNull(householdMember.until),
);

/** The household of a membership. */
export const householdOfMembership = and(
  eq(household.tenantId, householdMember.tenantId),
  eq(household.id, householdMember.householdId),
);
