import { describe, expect, it, vi } from 'vitest';
import { contentOf, JANSEN, planFile, planOf } from './helpers/plan-file.ts';

// How many statements a plan save sends inside its transaction, on either driver: each runs as one
// of the driver's prepared queries (PostgreSQL's BEGIN and COMMIT too; PGlite sends those itself).
const { app, as } = planFile();

type Prepared = { execute: (...args: unknown[]) => unknown; queryString: string };

async function statementsOf(run: () => Promise<unknown>): Promise<string[]> {
  const session = (
    app().database.db as unknown as {
      _: { session: { prepareQuery: (...args: unknown[]) => Prepared } };
    }
  )._.session;
  const proto = Object.getPrototypeOf(
    session.prepareQuery({ sql: 'select 1', params: [] }, undefined, undefined, false),
  ) as Prepared;
  const sent = vi.spyOn(proto, 'execute');
  try {
    await run();
    return sent.mock.contexts.map((c) => (c as Prepared).queryString);
  } finally {
    sent.mockRestore();
  }
}

describe('a plan save', () => {
  it('takes five statements: the household, the plan locked, all the save reads, its writes, the audit rows', async () => {
    const sanne = await as('u-sanne');
    const plan = await planOf(sanne);
    const body = contentOf(plan);
    body.goals[0]!.actions.push({
      description: 'Sanne belt de school.',
      owner: { kind: 'professional', ref: 'u-sanne', label: '' },
      level: 1,
    } as never);
    // Warm: the statements are prepared and the session is known.
    const first = await sanne.request({ method: 'PUT', url: JANSEN, payload: body });
    expect(first.statusCode).toBe(200);
    const again = { ...body, version: first.json().plan.version, vision: 'Nog een keer.' };
    let answer: { statusCode: number } | undefined;
    const sent = (
      await statementsOf(async () => {
        answer = await sanne.request({ method: 'PUT', url: JANSEN, payload: again });
      })
    ).filter(
      // The background sequencer (decision 0047) may seal while the save runs: not the save's own.
      (t) => !t.includes('from "session"') && !t.includes('audit_seal(') && t !== 'begin' && t !== 'commit',
    );
    expect(answer?.statusCode).toBe(200);
    expect(sent).toHaveLength(5);
    expect(sent[0]).toContain('from "household"');
    expect(sent[1]).toContain('for update');
    expect(sent[2]).toContain('"app_user"');
    expect(sent[3]).toContain('insert into "plan_version"');
    expect(sent[4]).toContain('audit_append');
  });
});
