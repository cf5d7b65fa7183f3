/**
 * Demo history for the policy analyst's dashboards (issue 17): a year of earlier, finished
 * signals with their waiting times, and anonymous satisfaction answers, then the published
 * figures computed once (the nightly job keeps them up to date). Synthetic, no BSNs, no
 * households: the finished signals (reported by a user whose home lists no own signals) are older than the team's 90-day waiting-time view and closed,
 * so the team's lists and tasks are unchanged.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { insertDemoSatisfactionAnswers } from '../outcomes/demo.ts';
import { refreshOutcomes } from '../outcomes/refresh.ts';
import type { satisfactionAnswer } from '../outcomes/schema.ts';
import { insertDemoSignals } from '../referrals/demo.ts';
import type { referral } from '../referrals/schema.ts';
import { demoAreas } from './demo-data.ts';
import { generator, historySignal } from './history-signal.ts';
import { loadOutcomesHistory } from './outcomes-history-demo.ts';

const DAY = 86_400_000;

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
        signals.push(
          historySignal(tenantId, a, pick, {
            id: `ref-history-${a.id.slice(5)}-${daysAgo}-${i}`,
            receivedAt,
            contactAfterDays: 1 + pick(9),
          }),
        );
      }
    }
  }
  await insertDemoSignals(db, signals);

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
  await insertDemoSatisfactionAnswers(db, answers);

  await loadOutcomesHistory(db, tenantId, now);

  const year = now.getUTCFullYear();
  await refreshOutcomes(db, tenantId, year - 1, now);
  await refreshOutcomes(db, tenantId, year, now);
}
