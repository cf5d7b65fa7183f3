import { type FamilyPlan, planContentOf } from '@een-plan/contracts';
import { expect } from 'vitest';
import { appOfFile } from './file-app.ts';
import type { TestClient } from './test-app.ts';

export const JANSEN = '/api/households/hh-jansen/plan';

export async function planOf(c: TestClient, url = JANSEN) {
  const res = await c.request({ url });
  expect(res.statusCode).toBe(200);
  return res.json().plan;
}

export type Goal = {
  id: string;
  actions: Array<{ id: string; owner: { kind: string; ref: string; label: string } }>;
};

/** The current plan's content as the PUT body, so a test can change one thing. */
export function contentOf(plan: {
  version: number;
  vision: string;
  goals: Array<Goal & Record<string, unknown>>;
}) {
  return {
    version: plan.version,
    vision: plan.vision,
    goals: planContentOf(plan as FamilyPlan).goals,
  };
}

/**
 * The set-up of a family-plan test file: the demo app of the file, one logged-in client per user (demo
 * login is rate limited), and the file's audit look-up.
 */
export function planFile() {
  const { app, as } = appOfFile();
  async function auditRows(action: string, userId: string) {
    return app().database.ownerQuery<{
      outcome: string;
      subject_id: string;
      details: Record<string, unknown> | null;
    }>(
      'select outcome, subject_id, details from audit_log where action = $1 and actor_user_id = $2 order by id',
      [action, userId],
    );
  }
  return { app, as, auditRows };
}
