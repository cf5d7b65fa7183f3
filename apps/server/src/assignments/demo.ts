import { and, eq } from 'drizzle-orm';
import { demoActorOf } from '../auth/users.ts';
import type { Executor } from '../db/database.ts';
import { assignment, providerContract } from './schema.ts';
import { createAssignment, createContract, reportStart, reportStop } from './service.ts';

const DEMO_CTX = { requestId: 'demo-data', clientAddress: '127.0.0.1' };

/** A date relative to today: the story's dates move with the clock, so starts are never in the future. */
function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The demo contract with Jeugdhulp Kennemerland and Tom's assignments in several stages, made
 * through the same code paths as the API, so every iJw message (JW301/302, 305/306, 307/308) is
 * real, validated and stored. Idempotent: skipped when the contract exists.
 */
export async function loadAssignmentsDemo(tx: Executor, tenantId: string): Promise<void> {
  if (tenantId !== '0394') return;
  const [existing] = await tx
    .select({ id: providerContract.id })
    .from(providerContract)
    .where(and(eq(providerContract.tenantId, tenantId), eq(providerContract.id, 'contract-jeugdhulp-2026')))
    .limit(1);
  if (existing) return;
  const [admin, sanne, fatima] = await Promise.all(
    ['u-erik', 'u-sanne', 'u-fatima'].map((id) => demoActorOf(tx, tenantId, id)),
  );
  if (!admin || !sanne || !fatima) return;
  await createContract(
    tx,
    admin,
    {
      organisationId: 'org-jeugdhulp',
      validFrom: `${new Date().getUTCFullYear() - 1}-01-01`,
      validUntil: `${new Date().getUTCFullYear() + 1}-12-31`,
      products: [
        {
          name: 'Specialistische ambulante jeugdhulp',
          productCategory: '45',
          productCode: '45A03',
          unit: '04',
          tariffCents: 9_500,
          executionVariant: 'inspanningsgericht',
        },
      ],
    },
    DEMO_CTX,
    { contractId: 'contract-jeugdhulp-2026', productIds: ['cp-jeugdhulp-ambulant'] },
  );
  const [plan] = await tx
    .select({ id: assignment.id })
    .from(assignment)
    .where(eq(assignment.tenantId, tenantId))
    .limit(1);
  if (plan) return;
  const base = {
    planActionId: 'act-jansen-jeugdhulp',
    personId: 'p-tom',
    contractProductId: 'cp-jeugdhulp-ambulant',
    frequency: '2' as const,
    referrerType: '01' as const,
  };
  // An earlier trajectory: assigned, started and stopped as planned.
  await createAssignment(
    tx,
    sanne,
    'hh-jansen',
    { ...base, volume: 1, startDate: daysFromToday(-265), endDate: daysFromToday(-85) },
    DEMO_CTX,
    { id: 'asg-jansen-tom-1' },
  );
  await reportStart(tx, fatima, 'asg-jansen-tom-1', { version: 1, startDate: daysFromToday(-258) }, DEMO_CTX);
  // The current one: assigned, the provider has started.
  await createAssignment(
    tx,
    sanne,
    'hh-jansen',
    { ...base, volume: 1, startDate: daysFromToday(-20), endDate: daysFromToday(98) },
    DEMO_CTX,
    { id: 'asg-jansen-tom-2' },
  );
  // The earlier one stops once the follow-up is assigned, so the plan action stays in progress.
  await reportStop(
    tx,
    fatima,
    'asg-jansen-tom-1',
    { version: 2, stopDate: daysFromToday(-87), reason: '31' },
    DEMO_CTX,
  );
  await reportStart(tx, fatima, 'asg-jansen-tom-2', { version: 1, startDate: daysFromToday(-13) }, DEMO_CTX);
}

/**
 * Sanne assigns more help at home for Deniz (Öztürk) from the plan: its budget is above the
 * approval threshold, so it waits for the team lead's approval (and the tasks rule gives him the
 * task). Through the same code path as the API; loaded after the requests demo, so the Jansen
 * story's assignment numbers stay as they are. Idempotent: skipped when the assignment exists.
 */
export async function loadApprovalDemo(tx: Executor, tenantId: string): Promise<void> {
  if (tenantId !== '0394') return;
  const id = 'asg-ozturk-deniz-thuis';
  const [existing] = await tx
    .select({ id: assignment.id })
    .from(assignment)
    .where(and(eq(assignment.tenantId, tenantId), eq(assignment.id, id)))
    .limit(1);
  if (existing) return;
  const sanne = await demoActorOf(tx, tenantId, 'u-sanne');
  if (!sanne) return;
  await createAssignment(
    tx,
    sanne,
    'hh-ozturk',
    {
      planActionId: 'act-ozturk-jeugdhulp',
      personId: 'p-deniz',
      contractProductId: 'cp-jeugdhulp-ambulant',
      // 5 hours a week for 26 weeks at € 95: € 12.350, above the default threshold of € 10.000.
      volume: 5,
      frequency: '2',
      startDate: daysFromToday(14),
      endDate: daysFromToday(14 + 26 * 7 - 1),
      referrerType: '01',
    },
    DEMO_CTX,
    { id },
  );
}
