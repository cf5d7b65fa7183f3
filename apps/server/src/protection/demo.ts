/**
 * Child-protection measures of the demo story: an OTS for Deniz Öztürk whose extension request is
 * due soon, an unused machtiging uithuisplaatsing for Jayden. Idempotent: inserts skip what exists.
 */
import type { Executor } from '../db/database.ts';
import { addMonthsAndDays } from '../plans/closure.ts';
import { protectionMeasure } from './schema.ts';

export async function loadProtectionMeasuresDemo(tx: Executor, tenantId: string, now: Date): Promise<void> {
  const today = now.toISOString().slice(0, 10);
  await tx
    .insert(protectionMeasure)
    .values([
      // An OTS for Deniz, in its eleventh month: the extension request is due within weeks.
      {
        tenantId,
        id: 'measure-deniz-ots',
        householdId: 'hh-ozturk',
        personId: 'p-deniz',
        kind: 'ots',
        organisationId: 'org-jeugdbescherming',
        caseworkerId: 'u-bram',
        startDate: addMonthsAndDays(today, -11),
        endDate: addMonthsAndDays(today, 1),
        courtReference: 'C/15/123456 / JE RK 25-1001',
      },
      // A machtiging uithuisplaatsing for Jayden, not used yet: it lapses three months after its start.
      {
        tenantId,
        id: 'measure-jayden-uhp',
        householdId: 'hh-pinas',
        personId: 'p-jayden',
        kind: 'out_of_home_placement',
        organisationId: 'org-jeugdbescherming',
        caseworkerId: 'u-bram',
        startDate: addMonthsAndDays(today, -2, -10),
        endDate: addMonthsAndDays(today, 4),
        courtReference: 'C/15/123789 / JE RK 26-0420',
      },
    ])
    .onConflictDoNothing();
}
