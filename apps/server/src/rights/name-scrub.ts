/**
 * The name scrub of an erasure of one person in the household's rights cases (decision 0027):
 * the free text of requests, objections, complaints, second opinions and coordinator changes
 * (subject, reasons, hearing outcome, decision reason, handover note), which stays encrypted.
 * The letters sent are PDFs kept as sent: they are not scrubbed (decision 0027).
 */
import { ENCRYPTED, householdTextScrub } from '../households/name-scrub.ts';
import { rightsCase } from './schema.ts';

export const scrubRightsNames = householdTextScrub(
  'name_in_rights',
  [
    [
      rightsCase,
      {
        subjectEnc: rightsCase.subjectEnc,
        postponementReasonEnc: rightsCase.postponementReasonEnc,
        lateReasonEnc: rightsCase.lateReasonEnc,
        hearingOutcomeEnc: rightsCase.hearingOutcomeEnc,
        decisionReasonEnc: rightsCase.decisionReasonEnc,
        handoverNoteEnc: rightsCase.handoverNoteEnc,
      },
    ],
  ],
  ENCRYPTED,
);
