/**
 * Erasure of ONE person (AVG art. 17, decision 0022): the household's dossier stays; what is
 * about that person goes or is made anonymous, each owning module doing its own rows, in one
 * transaction. The dry run runs the same path and rolls it back, like the whole-dossier one.
 */
import type { PersonPart, PersonPartKind } from '@een-plan/contracts';
import { PersonPartKind as PersonPartKinds, PersonStaysKind } from '@een-plan/contracts';
import { openAssignmentHold } from '../assignments/retention-facts.ts';
import { scrubConsentNames } from '../consent/name-scrub.ts';
import { erasePersonData as eraseConsent } from '../consent/retention.ts';
import { scrubCrisisNames } from '../crisis/name-scrub.ts';
import type { Db, Executor } from '../db/database.ts';
import { scrubFuturePlanNames } from '../futurePlan/name-scrub.ts';
import { erasePersonData as eraseFuturePlan } from '../futurePlan/retention.ts';
import { type ErasedSubject, nameScrubber } from '../households/name-scrub.ts';
import { erasePersonData as erasePersonRow, namesToScrub } from '../households/retention.ts';
import { scrubIntakeNames } from '../intake/name-scrub.ts';
import { erasePersonData as eraseIntake } from '../intake/retention.ts';
import { scrubNetworkNames } from '../network/name-scrub.ts';
import { scrubPlacementNames } from '../placements/name-scrub.ts';
import { scrubPlanNames } from '../plans/name-scrub.ts';
import { erasePersonData as erasePlans } from '../plans/person-erasure.ts';
import { activePlanHold } from '../plans/retention-facts.ts';
import { openMeasureHold } from '../protection/retention.ts';
import { scrubReferralNames } from '../referrals/name-scrub.ts';
import { scrubRightsNames } from '../rights/name-scrub.ts';
import { openSafetyHold } from '../safety/retention.ts';

type PersonEraser = (
  tx: Executor,
  tenantId: string,
  householdId: string,
  personId: string,
) => Promise<Partial<Record<PersonPartKind, number>>>;

/** The person's own row last: the other modules' rows about them go first. */
const PERSON_ERASERS: readonly PersonEraser[] = [
  eraseConsent,
  eraseFuturePlan,
  eraseIntake,
  erasePlans,
  erasePersonRow,
];

type NameScrubber = (
  tx: Executor,
  tenantId: string,
  householdId: string,
  subject: ErasedSubject,
) => Promise<Partial<Record<PersonPartKind, number>>>;

/**
 * The free text that stays and may name the person (decision 0027): each module scrubs its own.
 * Runs after the erasers, with the names read before the person's row was made anonymous.
 * Safety (meldcode, Veilig Thuis, Raad) has none on purpose: its records stay as written, and
 * so do the rights letters sent (decision 0027, "safety_records" and "sent_letters" below).
 * Protection has no free text to scrub: a court reference and an end reason from a list.
 */
const NAME_SCRUBBERS: readonly NameScrubber[] = [
  scrubPlanNames,
  scrubFuturePlanNames,
  scrubNetworkNames,
  scrubIntakeNames,
  scrubConsentNames,
  scrubPlacementNames,
  scrubRightsNames,
  scrubReferralNames,
  scrubCrisisNames,
];

/** Always stays, whatever the counts: the others' data, the household's plan, the pseudonymous log. */
export const PERSON_STAYS: readonly PersonStaysKind[] = PersonStaysKind.options;

export async function erasePerson(tx: Executor, tenantId: string, householdId: string, personId: string) {
  const counts: Partial<Record<PersonPartKind, number>> = {};
  const { names, identity } = await namesToScrub(tx, tenantId, householdId, personId);
  for (const erase of PERSON_ERASERS) Object.assign(counts, await erase(tx, tenantId, householdId, personId));
  const subject = { personId, identity, scrub: nameScrubber(names) };
  for (const scrub of NAME_SCRUBBERS) Object.assign(counts, await scrub(tx, tenantId, householdId, subject));
  return counts;
}

/** The counts as parts, in the enum's order, empty parts left out. */
export const personParts = (counts: Partial<Record<PersonPartKind, number>>): PersonPart[] =>
  PersonPartKinds.options
    .filter((k) => (counts[k] ?? 0) > 0)
    .map((k) => ({ part: k, count: counts[k] ?? 0 }));

class DryRunRollback extends Error {}

export async function countPersonErasure(db: Db, tenantId: string, householdId: string, personId: string) {
  let counts: Partial<Record<PersonPartKind, number>> = {};
  try {
    await db.transaction(async (tx) => {
      counts = await erasePerson(tx, tenantId, householdId, personId);
      throw new DryRunRollback();
    });
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  return counts;
}

/**
 * Legal holds on one person: care assigned to them or a measure about them; a meldcode track or
 * Veilig Thuis case anywhere in the household (a child's safety rests on the whole picture); a
 * running household plan only while they still belong to the household.
 */
export async function personLegalHoldsOf(
  db: Executor,
  tenantId: string,
  householdId: string,
  person: { personId: string; stillMember: boolean },
  today: string,
) {
  const found = await Promise.all([
    openAssignmentHold(db, tenantId, householdId, today, person.personId),
    openMeasureHold(db, tenantId, householdId, today, person.personId),
    openSafetyHold(db, tenantId, householdId),
    person.stillMember ? activePlanHold(db, tenantId, householdId) : Promise.resolve([]),
  ]);
  return [...new Set(found.flat())].sort();
}
