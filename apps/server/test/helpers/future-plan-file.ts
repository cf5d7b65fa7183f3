import { expect } from 'vitest';
import { startDueFuturePlans } from '../../src/futurePlan/start.ts';
import { appOfFile } from './file-app.ts';

/** The demo tenant's municipality code, whose plans the daily start and the tasks reconcile run for. */
export const T = '0394';

export type TopicJson = { key: string; status: string; dueDate: string; overdue: boolean; owner: string };
export type PlanJson = {
  id: string;
  youthPersonId: string;
  eighteenthBirthday: string;
  daysUntil18: number;
  helper: { kind: string; ref: string; name: string } | null;
  topics: TopicJson[];
  continuity: {
    decision: string;
    until: string | null;
    handoverTo: string[];
    careType: string | null;
  } | null;
  may: { chooseHelper: boolean; updateTopics: boolean; decideContinuity: boolean };
  version: number;
};

/**
 * The set-up of a toekomstplan test file: the demo app of the file, its logged-in clients, and the
 * look-ups of plans its tests share.
 */
export function futurePlanFile() {
  const { app, as } = appOfFile();

  async function plansOf(userId: string, householdId = 'hh-jansen'): Promise<PlanJson[]> {
    const res = await (await as(userId)).request({ url: `/api/households/${householdId}/future-plans` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().plans;
  }

  async function lisasPlan(userId = 'u-sanne'): Promise<PlanJson> {
    const plan = (await plansOf(userId)).find((p) => p.youthPersonId === 'p-lisa');
    expect(plan).toBeDefined();
    return plan as PlanJson;
  }

  async function plansOfPerson(personId: string) {
    return app().database.ownerQuery<{ id: string }>('select id from future_plan where person_id = $1', [
      personId,
    ]);
  }

  /** The daily start on 10 November 2026, the day Lisa Jansen is 16½: her plan exists from then. */
  const startLisasPlan = () => startDueFuturePlans(app().database.db, T, '2026-11-10');

  return { app, as, plansOf, lisasPlan, plansOfPerson, startLisasPlan };
}
