/** Column-wise rows, ready for `insert … select * from unnest($1::text[], …)`. */
export interface HouseholdColumns {
  id: string[];
  name: string[];
  postcode: string[];
  houseNumber: string[];
  street: string[];
  city: string[];
  areaId: string[];
  coordinatorId: (string | null)[];
}

export interface PersonColumns {
  id: string[];
  bsn: string[];
  firstName: string[];
  lastName: string[];
  birthDate: string[];
  sex: string[];
}

export interface MemberColumns {
  householdId: string[];
  personId: string[];
  memberRole: string[];
  since: string[];
}

export interface Batch {
  households: HouseholdColumns;
  persons: PersonColumns;
  members: MemberColumns;
}

export function emptyBatch(): Batch {
  return {
    households: {
      id: [],
      name: [],
      postcode: [],
      houseNumber: [],
      street: [],
      city: [],
      areaId: [],
      coordinatorId: [],
    },
    persons: { id: [], bsn: [], firstName: [], lastName: [], birthDate: [], sex: [] },
    members: { householdId: [], personId: [], memberRole: [], since: [] },
  };
}

export const rowCount = (b: Batch) =>
  b.households.id.length + b.persons.id.length + b.members.personId.length;
