/**
 * The name scrub of an erasure of one person in the household's consents (decision 0027): the
 * purpose of the consents that stay (those about other members), and a break-glass's reason and
 * its review note. What was decided (outcome, legal ground, who, when) does not change; the
 * texts stay encrypted.
 */
import { ENCRYPTED, householdTextScrub } from '../households/name-scrub.ts';
import { breakGlass, consent } from './schema.ts';

export const scrubConsentNames = householdTextScrub(
  'name_in_consents',
  [
    [consent, { purposeTextEnc: consent.purposeTextEnc }],
    [breakGlass, { reasonEnc: breakGlass.reasonEnc, reviewNoteEnc: breakGlass.reviewNoteEnc }],
  ],
  ENCRYPTED,
);
