/**
 * Demo history for the policy analyst's dashboards (issue 17): a year of earlier, finished
 * signals with their waiting times, and anonymous satisfaction answers, then the published
 * figures computed once (the nightly job keeps them up to date). Synthetic, no BSNs, no
 * households: the finished signals (reported by a user whose home lists no own signals) are older than the team's 90-day waiting-time view and closed,
 * so the team's lists and tasks are unchanged.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { refreshOutcomes } from '../outcomes/refresh.ts';
import { satisfactionAnswer } from '../outcomes/schema.ts';
import { referral } from '../referrals/schema.ts';
import { demoAreas } from './demo-data.ts';

const DAY = 86_400_000;
const FIRST_NAMES = ['Noah', 'Emma', 'Sem', 'Julia', 'Daan', 'Mila', 'Lucas', 'Sara', 'Finn', 'Yara'];

/** A small deterministic generator, so the demo looks the same on every load. */
function generator(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s % n;
  };
}

export async function loadOutcomesDemo(db: Db, tenantId: string, now = new Date()): Promise<void> {
  const pick = generator(17);
  const signals: Array<typeof referral.$inferInsert> = [];
  // Per area a different volume, so the areas compare; Badhoevedorp has none (its small satisfaction cells are hidden).
  const perWeek = { 'area-nieuw-vennep': 3, 'area-hoofddorp-oost': 4, 'area-badhoevedorp': 0 } as const;
  for (const a of demoAreas) {
    for (let daysAgo = 365; daysAgo > 100; daysAgo -= 7) {
      for (let i = 0; i < perWeek[a.id]; i++) {
        const receivedAt = new Date(now.getTime() - (daysAgo - pick(5)) * DAY);
        receivedAt.setUTCHours(9 + pick(7), 0, 0, 0);
        const contactAfter = 1 + pick(9);
        signals.push({
          tenantId,
          id: `ref-history-${a.id.slice(5)}-${daysAgo}-${i}`,
          // A user whose home lists no own signals, so the story's current lists stay as they are.
          reporterUserId: 'u-joost',
          reporterRole: pick(3) === 0 ? 'safety' : 'source',
          reporterContact: 'demo@voorbeeld.example',
          subjectFirstName: FIRST_NAMES[pick(FIRST_NAMES.length)] as string,
          subjectLastName: 'Voorbeeld',
          subjectBirthDate: '2012-05-01',
          street: 'Voorbeeldstraat',
          houseNumber: String(1 + pick(80)),
          postcode: `${a.postcodes[0]}AB`,
          city: a.name,
          lifeDomains: [],
          worryText: 'Eerdere aanmelding (demo-geschiedenis).',
          urgency: 'normal',
          familyKnows: true,
          familyAgrees: true,
          familyContact: 'telefoon',
          teamId: a.teamId,
          areaId: a.id,
          status: 'closed',
          level: pick(10) < 3 ? 0 : pick(10) < 7 ? 1 : 2,
          receivedAt,
          triagedAt: receivedAt,
          firstContactAt: new Date(receivedAt.getTime() + contactAfter * DAY),
        });
      }
    }
  }
  await db.insert(referral).values(signals).onConflictDoNothing();

  const answers: Array<typeof satisfactionAnswer.$inferInsert> = [];
  for (let monthsAgo = 12; monthsAgo >= 1; monthsAgo--) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 15));
    const period = d.toISOString().slice(0, 7);
    for (const a of demoAreas) {
      const count = a.id === 'area-badhoevedorp' ? pick(3) : 3 + pick(5);
      for (let i = 0; i < count; i++) {
        answers.push({
          tenantId,
          id: randomUUID(),
          areaId: a.id,
          period,
          helpScore: 5 + pick(6),
          resultScore: 4 + pick(7),
        });
      }
    }
  }
  await db.insert(satisfactionAnswer).values(answers);

  const year = now.getUTCFullYear();
  await refreshOutcomes(db, tenantId, year - 1, now);
  await refreshOutcomes(db, tenantId, year, now);
}
