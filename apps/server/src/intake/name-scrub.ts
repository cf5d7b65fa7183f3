/**
 * The name scrub of an erasure of one person in the household's kitchen-table conversation
 * (decision 0027): what goes well, worries and wishes per life domain, and the family's own
 * preparation of the conversation. The texts stay encrypted.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { ENCRYPTED, type HouseholdTextScrub, scrubTextColumns } from '../households/name-scrub.ts';
import { intake, intakeDomain, intakePreparation } from './schema.ts';

const texts = <T extends typeof intakeDomain | typeof intakePreparation>(t: T) => ({
  goesWellEnc: t.goesWellEnc,
  worriesEnc: t.worriesEnc,
  wishesEnc: t.wishesEnc,
});

export const scrubIntakeNames: HouseholdTextScrub<'name_in_intake'> = async (
  tx,
  tenantId,
  householdId,
  subject,
) => {
  const intakeIds = (
    await tx
      .select({ id: intake.id })
      .from(intake)
      .where(and(eq(intake.tenantId, tenantId), eq(intake.householdId, householdId)))
  ).map((i) => i.id);
  const domains = {
    table: intakeDomain,
    keys: {
      tenantId: intakeDomain.tenantId,
      intakeId: intakeDomain.intakeId,
      domainCode: intakeDomain.domainCode,
    },
    texts: texts(intakeDomain),
    where: and(eq(intakeDomain.tenantId, tenantId), inArray(intakeDomain.intakeId, intakeIds)),
    codec: ENCRYPTED,
  };
  const preparation = {
    table: intakePreparation,
    keys: { tenantId: intakePreparation.tenantId, householdId: intakePreparation.householdId },
    texts: texts(intakePreparation),
    where: and(eq(intakePreparation.tenantId, tenantId), eq(intakePreparation.householdId, householdId)),
    codec: ENCRYPTED,
  };
  const changed =
    (intakeIds.length > 0 ? await scrubTextColumns(tx, domains, subject.scrub) : 0) +
    (await scrubTextColumns(tx, preparation, subject.scrub));
  return { name_in_intake: changed };
};
