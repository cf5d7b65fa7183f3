import { type FamilyPlan, planContentOf } from '@een-plan/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lisaLetsAnoukSee } from './helpers/consent-builder.ts';
import { loggedInAs } from './helpers/logged-in.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

/**
 * From 16 a youth decides alone: the parent (Anouk) no longer sees Lisa's (16) own sections —
 * her contact details, the goals only about her — until Lisa consents to her mother.
 */
let t: TestApp;
const as = loggedInAs(() => t);

beforeAll(async () => {
  t = await createTestApp();
  await t.database.ownerQuery(
    "update person set phone = '0612345678', email = 'lisa@voorbeeld.example' where id = 'p-lisa'",
  );
  await t.database.ownerQuery("update person set phone = '0687654321' where id = 'p-tom'");
  // A goal about Lisa alone, next to the family's goals.
  const sanne = await as('u-sanne');
  const plan = (await sanne.request({ url: '/api/households/hh-jansen/plan' })).json().plan;
  const goals = planContentOf(plan as FamilyPlan).goals;
  const saved = await sanne.request({
    method: 'PUT',
    url: '/api/households/hh-jansen/plan',
    payload: {
      version: plan.version,
      vision: plan.vision,
      goals: [
        ...goals,
        {
          domainCode: 'mental_health',
          description: 'Lisa praat over haar somberheid met iemand die ze vertrouwt',
          achievedWhen: 'Lisa heeft elke week een gesprek',
          priority: 'medium',
          targetDate: '2027-03-01',
          concernsPersonIds: ['p-lisa'],
          actions: [],
        },
      ],
    },
  });
  expect(saved.statusCode, saved.body).toBe(200);
});
afterAll(() => t?.close());

const lisaGoal = (plan: { goals: Array<{ description: string }> }) =>
  plan.goals.some((g) => g.description.startsWith('Lisa praat over haar somberheid'));

async function anoukSees() {
  const anouk = await as('u-anouk');
  const dossier = (await anouk.request({ url: '/api/households/hh-jansen' })).json();
  const member = (id: string) => dossier.members.find((m: { personId: string }) => m.personId === id);
  const plan = (await anouk.request({ url: '/api/my/plan' })).json().plan;
  return { lisa: member('p-lisa'), tom: member('p-tom'), lisaGoal: lisaGoal(plan) };
}

describe('the 16+ rule for parents', () => {
  it("hides a 16-year-old's contact details and own goals from her mother until she consents", async () => {
    const before = await anoukSees();
    expect(before.lisa).toMatchObject({ firstName: 'Lisa', phone: null, email: null });
    expect(before.tom.phone).toBe('0687654321'); // under 16: the parent sees it
    expect(before.lisaGoal).toBe(false);
    // The coordinator and Lisa herself see everything.
    const sannePlan = (await (await as('u-sanne')).request({ url: '/api/households/hh-jansen/plan' })).json()
      .plan;
    expect(lisaGoal(sannePlan)).toBe(true);
    const lisa = await as('u-lisa');
    expect(lisaGoal((await lisa.request({ url: '/api/my/plan' })).json().plan)).toBe(true);

    // Lisa can name her mother (a household member with a login); professionals come per organisation.
    const choices = (await lisa.request({ url: '/api/households/hh-jansen/consents' })).json().people;
    expect(choices).toEqual(
      expect.arrayContaining([
        { userId: 'u-anouk', name: 'Anouk Jansen', organisationId: null, family: true },
        expect.objectContaining({ userId: 'u-fatima', organisationId: 'org-jeugdhulp', family: false }),
      ]),
    );
    expect(choices.some((p: { userId: string }) => p.userId === 'u-lisa')).toBe(false);
    const granted = await lisaLetsAnoukSee(
      lisa,
      ['contact', 'plan'],
      'Mijn moeder mag meelezen',
      '2027-11-01',
    );
    expect(granted.statusCode, granted.body).toBe(201);
    const after = await anoukSees();
    expect(after.lisa).toMatchObject({ phone: '0612345678', email: 'lisa@voorbeeld.example' });
    expect(after.lisaGoal).toBe(true);
  });
});
