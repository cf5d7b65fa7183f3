/**
 * The erasure of one person in the signals (aanmeldingen) linked to their household (decisions
 * 0022, 0027). A signal whose subject is the erased person (the same BSN, else the same name and
 * birth date: how triage matched it to the person) loses their details like the person's own row:
 * the name reads "Verwijderde persoon", the BSN goes and the birth date keeps only its year. The
 * address is the household's and stays. In every linked signal the name is scrubbed from the
 * worry and from the contact notes of the family and the reporter; the texts are stored plain, as
 * this module stores them. A signal about someone else keeps that person's name.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import {
  type ErasedIdentity,
  type HouseholdTextScrub,
  rowsOfHousehold,
  scrubTextColumns,
} from '../households/name-scrub.ts';
import { ERASED_PERSON } from '../households/retention.ts';
import { referral } from './schema.ts';

const same = (a: string, b: string) => a.trim().toLocaleLowerCase('nl') === b.trim().toLocaleLowerCase('nl');

/** Whether a signal's subject is the erased person, as triage would have matched them. */
function isAbout(
  s: { firstName: string; lastName: string; birthDate: string; bsn: string | null },
  who: ErasedIdentity,
) {
  if (s.bsn && who.bsn) return s.bsn === who.bsn;
  return s.birthDate === who.birthDate && same(s.firstName, who.firstName) && same(s.lastName, who.lastName);
}

export const scrubReferralNames: HouseholdTextScrub<'referrals_about_them' | 'name_in_referrals'> = async (
  tx: Executor,
  tenantId,
  householdId,
  subject,
) => {
  const linked = rowsOfHousehold(referral, tenantId, householdId);
  const { identity } = subject;
  const subjects = identity
    ? await tx
        .select({
          id: referral.id,
          firstName: referral.subjectFirstName,
          lastName: referral.subjectLastName,
          birthDate: referral.subjectBirthDate,
          bsn: referral.subjectBsn,
        })
        .from(referral)
        .where(linked.where)
    : [];
  const theirs = subjects.filter((s) => identity && isAbout(s, identity)).map((s) => s.id);
  if (theirs.length > 0)
    await tx
      .update(referral)
      .set({
        subjectFirstName: ERASED_PERSON.firstName,
        subjectLastName: ERASED_PERSON.lastName,
        subjectBsn: null,
        subjectBirthDate: sql`date_trunc('year', ${referral.subjectBirthDate})::date`,
      })
      .where(and(eq(referral.tenantId, tenantId), inArray(referral.id, theirs)));
  const named = await scrubTextColumns(
    tx,
    {
      ...linked,
      texts: {
        worryText: referral.worryText,
        familyContact: referral.familyContact,
        reporterContact: referral.reporterContact,
      },
    },
    subject.scrub,
  );
  return { referrals_about_them: theirs.length, name_in_referrals: named };
};
