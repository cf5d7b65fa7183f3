import { describe, expect, it, vi } from 'vitest';
import { contentOf, JANSEN, planFile, planOf } from './helpers/plan-file.ts';

// How many statements a plan save sends, on either driver: each runs as one of the driver's prepared
// queries (PostgreSQL's BEGIN and COMMIT too, were there a transaction); and what its guarded write
// does when the plan changed after its read (decision 0053).
const { app, as, auditRows } = planFile();

type Prepared = { execute: (...args: unknown[]) => unknown; queryString: string };

/** The statements `run` sends; `before(text)` runs before each is sent (a test's interference). */
async function statementsOf(
  run: () => Promise<unknown>,
  before: (text: string) => Promise<void> = async () => undefined,
): Promise<string[]> {
  const session = (
    app().database.db as unknown as {
      _: { session: { prepareQuery: (...args: unknown[]) => Prepared } };
    }
  )._.session;
  const proto = Object.getPrototypeOf(
    session.prepareQuery({ sql: 'select 1', params: [] }, undefined, undefined, false),
  ) as Prepared;
  const original = proto.execute;
  const texts: string[] = [];
  const sent = vi.spyOn(proto, 'execute').mockImplementation(async function (this: Prepared, ...args) {
    texts.push(this.queryString);
    await before(this.queryString);
    return original.apply(this, args);
  });
  try {
    await run();
    return texts;
  } finally {
    sent.mockRestore();
  }
}

// The background sequencer (decision 0047) may seal while the save runs: not the save's own.
const ofTheSave = (t: string) => !t.includes('from "session"') && !t.includes('audit_seal(');

async function versionRows(planId: string, version: number) {
  return app().database.ownerQuery<{ n: number }>(
    'select count(*)::int as n from plan_version where plan_id = $1 and version = $2',
    [planId, version],
  );
}

describe('a plan save', () => {
  it('takes two statements and no transaction: the read, the write with its audit rows', async () => {
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
    ).filter(ofTheSave);
    expect(answer?.statusCode).toBe(200);
    // No BEGIN or COMMIT: each statement commits on its own.
    expect(sent).toHaveLength(2);
    expect(sent[0]).toContain('from "household"');
    expect(sent[0]).toContain('"app_user"');
    expect(sent[0]).not.toContain('for update');
    expect(sent[1]).toContain('insert into "plan_version"');
    expect(sent[1]).toContain('audit_append');
  });

  it('of a stale version writes and audits nothing: of two saves of one version one wins, the other is 409', async () => {
    const sanne = await as('u-sanne');
    const plan = await planOf(sanne);
    const body = contentOf(plan);
    const [a, b] = await Promise.all(
      ['Eerste.', 'Tweede.'].map((vision) =>
        sanne.request({ method: 'PUT', url: JANSEN, payload: { ...body, vision } }),
      ),
    );
    expect([a!.statusCode, b!.statusCode].sort()).toEqual([200, 409]);
    const winner = a!.statusCode === 200 ? a! : b!;
    const now = await planOf(sanne);
    expect(now.version).toBe(plan.version + 1);
    expect(now.vision).toBe(winner.json().plan.vision);
    expect(await versionRows(plan.id, plan.version + 1)).toEqual([{ n: 1 }]);
    expect(await versionRows(plan.id, plan.version + 2)).toEqual([{ n: 0 }]);
    const updates = (await auditRows('plan.update', 'u-sanne')).filter(
      (r) => r.details?.planId === plan.id && r.details?.version === plan.version + 1,
    );
    expect(updates).toHaveLength(1);
  });

  it('reads and writes again when the plan row changed between its read and its write', async () => {
    const sanne = await as('u-sanne');
    const plan = await planOf(sanne);
    const body = { ...contentOf(plan), vision: 'Na een wijziging van de rij.' };
    let touched = false;
    let answer: { statusCode: number; json: () => { plan: { version: number; vision: string } } } | undefined;
    const sent = (
      await statementsOf(
        async () => {
          answer = await sanne.request({ method: 'PUT', url: JANSEN, payload: body });
        },
        async (text) => {
          if (touched || !text.includes('insert into "plan_version"')) return;
          touched = true;
          // Another writer changes the plan row but not its version (as an agreement or a
          // transition does): the row the save read is no longer the plan's row.
          await app().database.ownerQuery('update plan set updated_at = now() where id = $1', [plan.id]);
        },
      )
    ).filter(ofTheSave);
    expect(touched).toBe(true);
    expect(answer?.statusCode).toBe(200);
    expect(answer?.json().plan).toMatchObject({ version: plan.version + 1, vision: body.vision });
    expect(sent).toHaveLength(4);
    expect(await versionRows(plan.id, plan.version + 1)).toEqual([{ n: 1 }]);
    const updates = (await auditRows('plan.update', 'u-sanne')).filter(
      (r) => r.details?.planId === plan.id && r.details?.version === plan.version + 1,
    );
    expect(updates).toHaveLength(1);
  });
});
