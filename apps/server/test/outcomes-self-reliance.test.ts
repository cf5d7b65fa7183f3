import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANT } from '../src/demo/demo-data.ts';
import { household, householdMember, person } from '../src/households/schema.ts';
import {
  listSelfReliance,
  recordSelfReliance,
  recordSelfRelianceMeasurements,
} from '../src/intake/self-reliance.ts';
import { refreshOutcomes } from '../src/outcomes/refresh.ts';
import { plan, planAction, planGoal } from '../src/plans/schema.ts';
import type { Actor } from '../src/policy/actor.ts';
import { DEMO_USER_BY_ROLE } from './helpers/demo-users.ts';
import { loggedInAs } from './helpers/logged-in.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
const as = loggedInAs(() => t);
const T = DEMO_TENANT.tenantId;
const NV = 'area-nieuw-vennep';
const sanne: Actor = {
  userId: 'u-sanne',
  sessionId: 'test',
  tenantId: T,
  role: 'coordinator',
  displayName: 'Sanne',
  organisationId: null,
  teamId: null,
  personId: null,
};

/**
 * Outcome criterion 3.3 on a small data set, by hand. Six households in Nieuw-Vennep whose plan
 * (level 1) closed on 15 May 2019; per child, finances and parenting at intake and evaluation:
 * - households 0–2: finances 2 → 4 (+2), parenting 3 → 3 (0);
 * - households 3–5: finances 3 → 4 (+1), parenting 2 → 1 (−1).
 * Household 0 had an earlier evaluation (finances 1) that the last one replaces; household 5 has
 * an intake score for work and education that was never evaluated (not a pair).
 * Pairs: 12; change 3×(2+0) + 3×(1−1) = 6; average 6 / 12 = 0.5; improved: 6.
 */
async function loadKnownMeasurements() {
  const db = t.database.db;
  for (let k = 0; k < 6; k++) {
    const hh = `hh-sr-${k}`;
    const child = `p-sr-${k}`;
    const planId = `plan-sr-${k}`;
    await db.insert(household).values({
      tenantId: T,
      id: hh,
      name: `Gezin ${k}`,
      postcode: '2151 AB',
      houseNumber: String(k + 1),
      street: 'Teststraat',
      city: 'Nieuw-Vennep',
      areaId: NV,
      status: 'closed',
      closedOn: '2019-05-15',
    });
    await db
      .insert(person)
      .values({ tenantId: T, id: child, firstName: 'Kind', lastName: `${k}`, birthDate: '2010-01-01' });
    await db
      .insert(householdMember)
      .values({ tenantId: T, householdId: hh, personId: child, memberRole: 'kind', since: '2018-01-01' });
    await db.insert(plan).values({
      tenantId: T,
      id: planId,
      householdId: hh,
      state: 'closed',
      vision: 'Test',
      createdBy: 'u-sanne',
      createdAt: new Date('2019-01-10T10:00:00Z'),
      closedAt: new Date('2019-05-15T12:00:00Z'),
      closedReason: 'goals_achieved',
    });
    await db.insert(planGoal).values({
      tenantId: T,
      id: `goal-sr-${k}`,
      planId,
      position: 0,
      domainCode: 'finances',
      description: 'Overzicht in de post',
      achievedWhen: 'Het gezin zegt dat het goed gaat.',
      priority: 'medium',
    });
    await db.insert(planAction).values({
      tenantId: T,
      id: `action-sr-${k}`,
      planId,
      goalId: `goal-sr-${k}`,
      position: 0,
      description: 'Hulp',
      ownerKind: 'professional',
      ownerRef: 'u-sanne',
      ownerLabel: 'Sanne',
      level: 1,
      status: 'done',
    });
    const first = k < 3;
    const scores = (finances: number, parenting: number) => [
      { personId: child, domainCode: 'finances', score: finances },
      { personId: child, domainCode: 'parenting_development', score: parenting },
    ];
    await db.transaction(async (tx) => {
      await recordSelfReliance(tx, sanne, {
        householdId: hh,
        measuredOn: '2019-01-10',
        source: 'intake',
        sourceId: `intake-sr-${k}`,
        scores: [
          ...(first ? scores(2, 3) : scores(3, 2)),
          ...(k === 5 ? [{ personId: child, domainCode: 'work_education', score: 2 }] : []),
        ],
      });
      if (k === 0) {
        await recordSelfReliance(tx, sanne, {
          householdId: hh,
          measuredOn: '2019-03-01',
          source: 'evaluation',
          sourceId: 'eval-sr-0-early',
          scores: scores(1, 3),
        });
      }
      await recordSelfReliance(tx, sanne, {
        householdId: hh,
        measuredOn: '2019-05-15',
        source: 'evaluation',
        sourceId: `eval-sr-${k}`,
        scores: first ? scores(4, 3) : scores(4, 1),
      });
    });
  }
  await refreshOutcomes(db, T, 2019);
}

beforeAll(async () => {
  t = await createTestApp();
  await loadKnownMeasurements();
});
afterAll(() => t?.close());

type Figure = {
  measure: string;
  period: string;
  dimension: string;
  level: string;
  n: number | null;
  average: number | null;
};

async function figures(query: string): Promise<Figure[]> {
  const linda = await as(DEMO_USER_BY_ROLE.policy_analyst);
  const res = await linda.request({ url: `/api/outcomes/dashboard?year=2019&${query}` });
  expect(res.statusCode).toBe(200);
  return res.json().figures;
}
const find = (fs: Figure[], measure: string, period: string, level = 'all') =>
  fs.find((f) => f.measure === measure && f.period === period && f.dimension === 'all' && f.level === level);

describe('self-reliance change between intake and the last evaluation (criterion 3.3)', () => {
  it('counts the pairs, their average change and the improved pairs, by hand', async () => {
    const fs = await figures('period=quarter');
    expect(find(fs, 'self_reliance', 'y')).toMatchObject({ n: 12, average: 0.5 });
    expect(find(fs, 'self_reliance', 'q2')).toMatchObject({ n: 12, average: 0.5 });
    expect(find(fs, 'self_reliance', 'y', '1')).toMatchObject({ n: 12, average: 0.5 });
    expect(find(fs, 'self_reliance_improved', 'y')?.n).toBe(6);
  });

  it('the same figures for the area; nothing in an area without closures', async () => {
    expect(find(await figures(`period=year&areaId=${NV}`), 'self_reliance', 'y')).toMatchObject({
      n: 12,
      average: 0.5,
    });
    const ho = await figures('period=year&areaId=area-hoofddorp-oost');
    expect(find(ho, 'self_reliance', 'y')?.n ?? 0).toBe(0);
  });
});

describe('several measurements recorded at once (the demo history)', () => {
  it('each replaces what its own source recorded before; other sources stay', async () => {
    const before = await listSelfReliance(t.database.db, sanne, 'hh-sr-0');
    const child = 'p-sr-0';
    await t.database.db.transaction((tx) =>
      recordSelfRelianceMeasurements(tx, sanne, [
        {
          householdId: 'hh-sr-0',
          measuredOn: '2019-01-10',
          source: 'intake',
          sourceId: 'intake-sr-0',
          scores: [{ personId: child, domainCode: 'finances', score: 1 }],
        },
        {
          householdId: 'hh-sr-0',
          measuredOn: '2019-05-15',
          source: 'evaluation',
          sourceId: 'eval-sr-0',
          scores: [
            { personId: child, domainCode: 'finances', score: 4 },
            { personId: child, domainCode: 'parenting_development', score: 2 },
          ],
        },
        // The same source again: its last measurement counts, as with two calls in a row.
        {
          householdId: 'hh-sr-0',
          measuredOn: '2019-01-10',
          source: 'intake',
          sourceId: 'intake-sr-0',
          scores: [{ personId: child, domainCode: 'finances', score: 5 }],
        },
      ]),
    );
    const after = await listSelfReliance(t.database.db, sanne, 'hh-sr-0');
    const of = (list: typeof after, sourceId: string) =>
      list.filter((s) => s.sourceId === sourceId).map((s) => [s.domainCode, s.score]);
    // The intake's two scores became its last measurement's one; the evaluation's two were replaced.
    expect(of(after, 'intake-sr-0')).toEqual([['finances', 5]]);
    expect(of(after, 'eval-sr-0')).toEqual([
      ['finances', 4],
      ['parenting_development', 2],
    ]);
    // The earlier evaluation (another source id) is untouched.
    expect(of(after, 'eval-sr-0-early')).toEqual(of(before, 'eval-sr-0-early'));
    expect(of(before, 'eval-sr-0-early')).toHaveLength(2);
    expect(after).toHaveLength(before.length - 1);
  });
});
