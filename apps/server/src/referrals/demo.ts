import { and, eq, inArray } from 'drizzle-orm';
import { encryptText } from '../crypto/data-encryption.ts';
import type { Executor } from '../db/database.ts';
import { referral, referralSettings } from './schema.ts';
import { DEFAULT_NORMS } from './settings.ts';

const DAY = 86_400_000;

/**
 * Three open signals for the Nieuw-Vennep team, so the school's and the team lead's homes and the
 * team's tasks show work: Marloes (De Vlinder) reported Noor two weeks ago — past the
 * five-working-day norm, no first contact yet — the GP reported Noa six days ago (near the norm)
 * and Daan yesterday. Invented people; received dates move with the
 * clock. Idempotent: skipped when they exist.
 */
function demoSignals(tenantId: string, now: Date): Array<typeof referral.$inferInsert> {
  const base = {
    tenantId,
    lifeDomains: ['parenting_development'],
    urgency: 'normal' as const,
    possibleUnsafety: false,
    familyKnows: true,
    familyAgrees: true,
    teamId: 'team-nieuw-vennep',
    areaId: 'area-nieuw-vennep',
    city: 'Nieuw-Vennep',
    status: 'received' as const,
  };
  return [
    {
      ...base,
      id: 'ref-demo-noor',
      reporterUserId: 'u-marloes',
      reporterRole: 'source',
      reporterOrganisationId: 'org-vlinder',
      reporterContact: encryptText('Marloes Bakker, 0252 111 222'),
      subjectFirstName: 'Noor',
      subjectLastName: 'de Wit',
      subjectBirthDate: '2015-04-02',
      street: 'Venneperweg',
      houseNumber: '31',
      postcode: '2152 AA',
      lifeDomains: ['parenting_development', 'work_education'],
      worryText: encryptText('Noor is de laatste weken vaak afwezig en stil in de klas.'),
      familyContact: encryptText('Moeder, via de school'),
      receivedAt: new Date(now.getTime() - 14 * DAY),
    },
    {
      ...base,
      id: 'ref-demo-daan',
      reporterUserId: 'u-pieter',
      reporterRole: 'source',
      reporterOrganisationId: 'org-huisarts',
      reporterContact: encryptText('Huisartsenpraktijk Venneperhout, 0252 333 444'),
      subjectFirstName: 'Daan',
      subjectLastName: 'Kok',
      subjectBirthDate: '2011-09-18',
      street: 'Hoofdweg',
      houseNumber: '102',
      postcode: '2153 AB',
      worryText: encryptText('Daan slaapt slecht en piekert veel over thuis.'),
      familyContact: encryptText('Vader, 06 00000000'),
      receivedAt: new Date(now.getTime() - DAY),
    },
    {
      ...base,
      id: 'ref-demo-noa',
      reporterUserId: 'u-pieter',
      reporterRole: 'source',
      reporterOrganisationId: 'org-huisarts',
      reporterContact: encryptText('Huisartsenpraktijk Venneperhout, 0252 333 444'),
      subjectFirstName: 'Noa',
      subjectLastName: 'Bos',
      subjectBirthDate: '2016-06-01',
      street: 'Hoofdweg',
      houseNumber: '200',
      postcode: '2151 CD',
      worryText: encryptText(
        'Moeder vertelt op het spreekuur dat Noa slecht slaapt en niet naar school wil.',
      ),
      familyContact: encryptText('Moeder, 06 00000000'),
      // Six calendar days: at least four working days, so the first-contact norm (5) is near.
      receivedAt: new Date(now.getTime() - 6 * DAY),
    },
  ];
}

/** Demo tenant settings: addresses outside Haarlemmermeer go to the Nieuw-Vennep team, flagged. */
export async function loadReferralsDemo(db: Executor, tenantId: string, now = new Date()): Promise<void> {
  await db
    .insert(referralSettings)
    .values({ tenantId, fallbackTeamId: 'team-nieuw-vennep', ...DEFAULT_NORMS })
    .onConflictDoNothing();
  if (tenantId !== '0394') return;
  const signals = demoSignals(tenantId, now);
  const [existing] = await db
    .select({ id: referral.id })
    .from(referral)
    .where(
      and(
        eq(referral.tenantId, tenantId),
        inArray(
          referral.id,
          signals.map((s) => s.id),
        ),
      ),
    )
    .limit(1);
  if (existing) return;
  await db.insert(referral).values(signals).onConflictDoNothing();
}

/** Signals of a generated demo history (past years), in bulk; those that exist are skipped. */
export async function insertDemoSignals(tx: Executor, rows: ReadonlyArray<typeof referral.$inferInsert>) {
  if (rows.length > 0)
    await tx
      .insert(referral)
      .values([...rows])
      .onConflictDoNothing();
}
