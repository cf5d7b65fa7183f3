/**
 * The name scrub of an erasure of one person in the household's toekomstplannen (decision 0027):
 * the continuity note of the other members' plans (the erased person's own plan is deleted
 * before, by erasePersonData). Topics hold no free text. The note stays encrypted.
 */
import { ENCRYPTED, householdTextScrub } from '../households/name-scrub.ts';
import { futurePlan } from './schema.ts';

export const scrubFuturePlanNames = householdTextScrub(
  'name_in_future_plans',
  [[futurePlan, { continuityNoteEnc: futurePlan.continuityNoteEnc }]],
  ENCRYPTED,
);
