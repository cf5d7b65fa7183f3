import { encryptText } from '../crypto/data-encryption.ts';
import type { Executor } from '../db/database.ts';
import { referral, referralSettings } from './schema.ts';
import { DEFAULT_NORMS } from './settings.ts';

/** Six calendar days ago: at least four working days, so the first-contact norm (5) is near. */
function sixDaysAgo(): Date {
  return new Date(Date.now() - 6 * 86_400_000);
}

/**
 * Demo tenant settings: addresses outside Haarlemmermeer go to the Nieuw-Vennep team, flagged.
 * And one signal from the GP that waits for the team, close to its first-contact norm, so the
 * team's work list (tasks, waiting list) has something to do. Synthetic; idempotent by its id.
 */
export async function loadReferralsDemo(db: Executor, tenantId: string): Promise<void> {
  await db
    .insert(referralSettings)
    .values({ tenantId, fallbackTeamId: 'team-nieuw-vennep', ...DEFAULT_NORMS })
    .onConflictDoNothing();
  if (tenantId !== '0394') return;
  await db
    .insert(referral)
    .values({
      tenantId,
      id: 'ref-demo-noa',
      reporterUserId: 'u-pieter',
      reporterRole: 'source',
      reporterOrganisationId: 'org-huisarts',
      reporterContact: encryptText('Huisartsenpraktijk, 0252 000 000'),
      subjectFirstName: 'Noa',
      subjectLastName: 'Visser',
      subjectBirthDate: '2016-06-01',
      street: 'Hoofdweg',
      houseNumber: '200',
      postcode: '2151 CD',
      city: 'Nieuw-Vennep',
      lifeDomains: ['parenting_development'],
      worryText: encryptText(
        'Moeder vertelt op het spreekuur dat Noa slecht slaapt en niet naar school wil.',
      ),
      urgency: 'normal',
      possibleUnsafety: false,
      familyKnows: true,
      familyAgrees: true,
      familyContact: encryptText('Moeder, 06 00000000'),
      teamId: 'team-nieuw-vennep',
      areaId: 'area-nieuw-vennep',
      receivedAt: sixDaysAgo(),
    })
    .onConflictDoNothing();
}
