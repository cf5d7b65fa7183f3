/**
 * A year of finished help for the analyst's dashboards (issue 17): per month a handful of
 * synthetic households whose plan closed — goals evaluated, actions at level 0/1/2, and for the
 * specialised ones an assignment that started and stopped (JZ588 reason) — with the aftercare the
 * closure schedules (satisfaction question, recurrence checks at 6 and 12 months). Some households
 * signal again a few months later, so the recurrence job (run here through the module's own
 * function) has something to find; a few months of the provider's care are declared through the
 * provider's own code path. Households are closed and have no coordinator, so no worker's list or
 * workload changes; BSNs are test numbers (11-proef).
 */
import { declareCare } from '../assignments/declare-care.ts';
import { contractedProducts, insertDemoAssignments } from '../assignments/demo-rows.ts';
import type { assignment } from '../assignments/schema.ts';
import { demoActorOf } from '../auth/users.ts';
import type { Db } from '../db/database.ts';
import { demoHouseholdExists, insertDemoHouseholdRows } from '../households/demo.ts';
import type { household, householdMember, person } from '../households/schema.ts';
import { checkRecurrence } from '../outcomes/recurrence.ts';
import { addMonthsAndDays } from '../plans/closure.ts';
import { insertDemoPlanRows } from '../plans/demo.ts';
import type { plan, planAction, planEvaluation, planFollowUp, planGoal } from '../plans/schema.ts';
import { insertDemoSignals } from '../referrals/demo.ts';
import type { referral } from '../referrals/schema.ts';
import { amsterdamDate } from '../referrals/working-days.ts';
import { demoAreas } from './demo-data.ts';
import { historySignal, spreadGenerator } from './history-signal.ts';
import { type HistoryPlan, recordSelfRelianceHistory } from './self-reliance-history.ts';
import { testBsn } from './test-bsn.ts';

const SURNAMES = [
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'Mulder',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'Dekker',
];
/** Mostly goals achieved; the few other reasons stay hidden small cells (and keep the protection quick). */
const REASONS = [
  'goals_achieved',
  'goals_achieved',
  'goals_achieved',
  'goals_achieved',
  'no_longer_needed',
  'family_stopped',
] as const;
const RESULTS = ['achieved', 'achieved', 'partly', 'not_achieved'] as const;
/** JZ588: mostly ended according to plan (31), sometimes early (32–35: drop-out). */
const STOP_REASONS = ['31', '31', '31', '31', '32', '34'] as const;
/**
 * Closures per month per area, so the areas differ. Badhoevedorp has none: a scatter of single
 * closures would only add hidden cells (and make the protection's search much longer at load).
 */
const PER_MONTH = { 'area-nieuw-vennep': 5, 'area-hoofddorp-oost': 6, 'area-badhoevedorp': 0 } as const;
/** Test BSN numbers 300–587: clear of the story's (0–99) and the retention demo's (900+). */
const FIRST_BSN = 300;

type Rows = {
  households: Array<typeof household.$inferInsert>;
  people: Array<typeof person.$inferInsert>;
  members: Array<typeof householdMember.$inferInsert>;
  plans: Array<typeof plan.$inferInsert>;
  goals: Array<typeof planGoal.$inferInsert>;
  actions: Array<typeof planAction.$inferInsert>;
  evaluations: Array<typeof planEvaluation.$inferInsert>;
  followUps: Array<typeof planFollowUp.$inferInsert>;
  assignments: Array<typeof assignment.$inferInsert>;
  signals: Array<typeof referral.$inferInsert>;
  measured: HistoryPlan[];
};

export async function loadOutcomesHistory(db: Db, tenantId: string, now = new Date()): Promise<void> {
  if (await demoHouseholdExists(db, tenantId, 'hh-h-0000')) return;
  const products = await contractedProducts(db, tenantId);
  if (products.length === 0) return;

  const pick = spreadGenerator(1717);
  const rows: Rows = {
    households: [],
    people: [],
    members: [],
    plans: [],
    goals: [],
    actions: [],
    evaluations: [],
    followUps: [],
    assignments: [],
    signals: [],
    measured: [],
  };
  const today = amsterdamDate(now);
  let k = 0;
  for (let monthsAgo = 12; monthsAgo >= 1; monthsAgo--) {
    for (const a of demoAreas) {
      for (let i = 0; i < PER_MONTH[a.id]; i++, k++) {
        const closedOn = amsterdamDate(
          new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 2 + pick(25), 12)),
        );
        addHousehold(rows, tenantId, a, k, closedOn, today, products, pick);
      }
    }
  }
  await db.transaction(async (tx) => {
    await insertDemoHouseholdRows(tx, rows);
    await insertDemoPlanRows(tx, rows);
    await insertDemoAssignments(tx, rows.assignments);
    await insertDemoSignals(tx, rows.signals);
  });
  await recordSelfRelianceHistory(db, tenantId, rows.measured);
  await declareHistory(db, tenantId, rows.assignments, today);
  // The checks that came due in the past year, recorded as the nightly job would have.
  await checkRecurrence(db, tenantId, now);
}

function addHousehold(
  rows: Rows,
  tenantId: string,
  a: (typeof demoAreas)[number],
  k: number,
  closedOn: string,
  today: string,
  products: Array<{ id: string; category: string; organisationId: string }>,
  pick: (n: number) => number,
) {
  const id = `hh-h-${String(k).padStart(4, '0')}`;
  const surname = SURNAMES[k % SURNAMES.length] as string;
  const parent = `p-h-${k}-a`;
  const child = `p-h-${k}-b`;
  rows.households.push({
    tenantId,
    id,
    name: `Familie ${surname}`,
    postcode: `${a.postcodes[0]} ${String.fromCharCode(65 + (k % 26))}B`,
    houseNumber: String(1 + (k % 120)),
    street: 'Historielaan',
    city: a.name,
    areaId: a.id,
    status: 'closed',
    closedOn,
  });
  rows.people.push(
    {
      tenantId,
      id: parent,
      bsn: testBsn(FIRST_BSN + 2 * k),
      firstName: 'Ouder',
      lastName: surname,
      birthDate: '1984-03-01',
      sex: k % 2 === 0 ? 'female' : 'male',
    },
    {
      tenantId,
      id: child,
      bsn: testBsn(FIRST_BSN + 2 * k + 1),
      firstName: 'Kind',
      lastName: surname,
      birthDate: '2012-09-01',
      // Boys and girls alternate in a pattern of three, so the CBS file has both.
      sex: k % 3 === 0 ? 'female' : 'male',
    },
  );
  rows.members.push(
    { tenantId, householdId: id, personId: parent, memberRole: 'gezagsdrager', since: '2015-01-01' },
    { tenantId, householdId: id, personId: child, memberRole: 'kind', since: '2015-01-01' },
  );
  const planId = `plan-h-${k}`;
  const startedOn = addMonthsAndDays(closedOn, -(3 + pick(6)));
  const closedAt = new Date(`${closedOn}T12:00:00Z`);
  rows.plans.push({
    tenantId,
    id: planId,
    householdId: id,
    state: 'closed',
    vision: 'Eerder plan (synthetische demo-geschiedenis).',
    createdBy: 'u-sanne',
    createdAt: new Date(`${startedOn}T10:00:00Z`),
    closedAt,
    closedReason: REASONS[pick(REASONS.length)],
  });
  const level = pick(10) < 3 ? 0 : pick(10) < 5 ? 1 : 2;
  const results: Array<{ goalId: string; result: (typeof RESULTS)[number] }> = [];
  for (let g = 0; g < 2; g++) {
    const goalId = `goal-h-${k}-${g}`;
    rows.goals.push({
      tenantId,
      id: goalId,
      planId,
      position: g,
      domainCode: g === 0 ? 'parenting_development' : 'finances',
      description: g === 0 ? 'Rust in huis' : 'Overzicht in de post',
      achievedWhen: 'Het gezin zegt dat het goed gaat.',
      priority: 'medium',
    });
    rows.actions.push({
      tenantId,
      id: `action-h-${k}-${g}`,
      planId,
      goalId,
      position: 0,
      description: 'Hulp bij dit doel',
      ownerKind: 'professional',
      ownerRef: 'u-sanne',
      ownerLabel: 'Sanne',
      level: g === 0 ? level : Math.min(level, 1),
      status: 'done',
    });
    results.push({ goalId, result: RESULTS[pick(RESULTS.length)] ?? 'achieved' });
  }
  rows.measured.push({
    householdId: id,
    evaluationId: `eval-h-${k}`,
    startedOn,
    closedOn,
    personIds: [parent, child],
  });
  rows.evaluations.push({
    tenantId,
    id: `eval-h-${k}`,
    planId,
    planVersion: 1,
    evaluatedOn: closedOn,
    goalResults: results,
    nextSteps: 'Plan afsluiten.',
    recordedBy: 'u-sanne',
    createdAt: closedAt,
  });
  for (const [kind, months, days] of [
    ['satisfaction', 0, 14],
    ['recurrence_check', 6, 0],
    ['recurrence_check', 12, 0],
  ] as const) {
    const dueOn = addMonthsAndDays(closedOn, months, days);
    rows.followUps.push({
      tenantId,
      id: `fu-h-${k}-${kind}-${months}`,
      planId,
      householdId: id,
      kind,
      offsetMonths: months,
      dueOn,
      // The question was asked; the answers are stored apart (outcomes-demo.ts).
      status: kind === 'satisfaction' && dueOn <= today ? 'done' : 'scheduled',
      createdBy: 'u-sanne',
      createdAt: closedAt,
    });
  }
  if (level === 2) {
    const product = products[k % products.length] as (typeof products)[number];
    const stopReason = STOP_REASONS[pick(STOP_REASONS.length)] ?? '31';
    const start = addMonthsAndDays(startedOn, 0, 14);
    const stoppedOn = stopReason === '31' ? closedOn : addMonthsAndDays(start, 1, pick(20));
    rows.assignments.push({
      tenantId,
      id: `asg-h-${k}`,
      assignmentNumber: 91_000 + k,
      householdId: id,
      personId: child,
      organisationId: product.organisationId,
      contractProductId: product.id,
      volume: 4,
      unit: '04',
      frequency: '2',
      startDate: start,
      endDate: addMonthsAndDays(start, 12),
      referrerType: '01',
      budgetCents: 0,
      status: 'stopped',
      assignedAt: new Date(`${start}T09:00:00Z`),
      startedOn: start,
      stoppedOn: stoppedOn < start ? start : stoppedOn,
      stopReason,
      createdBy: 'u-sanne',
      createdAt: new Date(`${start}T09:00:00Z`),
    });
  }
  // About one in six needs help again 2–4 months later (outcome criterion 3.2); only for closures
  // long enough ago that the new signal is older than the team's current lists.
  const signalOn = addMonthsAndDays(closedOn, 2 + pick(3));
  if (pick(6) === 0 && addMonthsAndDays(signalOn, 0, 100) < today) {
    rows.signals.push(
      historySignal(tenantId, a, pick, {
        id: `ref-h-${k}`,
        receivedAt: new Date(`${signalOn}T09:00:00Z`),
        contactAfterDays: 1 + pick(6),
        householdId: id,
      }),
    );
  }
}

/**
 * The first month of care of one history assignment of the provider per month, declared as the
 * provider does (validated JW323, the municipality's JW325): a monthly trend, at a small load cost.
 */
async function declareHistory(
  db: Db,
  tenantId: string,
  assignments: Array<typeof assignment.$inferInsert>,
  today: string,
) {
  const fatima = await demoActorOf(db, tenantId, 'u-fatima');
  if (!fatima) return;
  const ctx = { requestId: 'demo-data', clientAddress: '127.0.0.1' };
  const declared = new Set<string>();
  for (const a of assignments) {
    if (a.organisationId !== fatima.organisationId || !a.startedOn) continue;
    const month = a.startedOn.slice(0, 7);
    if (declared.has(month) || addMonthsAndDays(`${month}-01`, 1) > today) continue;
    declared.add(month);
    await declareCare(
      db,
      fatima,
      a.id as string,
      { month, volume: 2 + (Number(a.assignmentNumber) % 3) },
      ctx,
    );
  }
}
