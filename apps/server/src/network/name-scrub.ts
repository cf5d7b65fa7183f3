/**
 * The name scrub of an erasure of one person in the household's network (decision 0027): the
 * help note ("how this person could help"), which may name the member they help. A network
 * member's own name is someone outside the household and stays. The note stays encrypted.
 */
import { ENCRYPTED, householdTextScrub } from '../households/name-scrub.ts';
import { networkMember } from './schema.ts';

export const scrubNetworkNames = householdTextScrub(
  'name_in_network',
  [[networkMember, { helpNoteEnc: networkMember.helpNoteEnc }]],
  ENCRYPTED,
);
