/**
 * The name scrub of an erasure of one person in the household's crisis episodes (decision 0027):
 * the summaries of the key decision and of the exit plan (encrypted, and they stay so) and the
 * name of who called (plain). A crisis episode is a care record, not the meldcode: what was
 * weighed about a child's safety is recorded in safety, which stays as written. The behavioural
 * expert's name is a professional's and stays; the episode keeps the person's opaque id.
 */
import {
  ENCRYPTED,
  type HouseholdTextScrub,
  rowsOfHousehold,
  scrubTextColumns,
} from '../households/name-scrub.ts';
import { crisisEpisode } from './schema.ts';

export const scrubCrisisNames: HouseholdTextScrub<'name_in_crisis'> = async (
  tx,
  tenantId,
  householdId,
  subject,
) => ({
  name_in_crisis: await scrubTextColumns(
    tx,
    {
      ...rowsOfHousehold(crisisEpisode, tenantId, householdId),
      texts: {
        decisionSummaryEnc: crisisEpisode.decisionSummaryEnc,
        exitPlanSummaryEnc: crisisEpisode.exitPlanSummaryEnc,
      },
      codec: ENCRYPTED,
      plainTexts: { reporterName: crisisEpisode.reporterName },
    },
    subject.scrub,
  ),
});
