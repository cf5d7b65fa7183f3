import { describe, expect, it } from 'vitest';
import { contentOf, JANSEN, planFile, planOf } from './helpers/plan-file.ts';

// The answer to a save is built from the rows just written, not read again: it must be exactly
// what the next read shows, and its read must be audited like a GET.
const { app, as, auditRows } = planFile();

describe('the answer to a plan save', () => {
  it('equals a fresh read: new goals and actions with their ids, labels, agreements and comments', async () => {
    const sanne = await as('u-sanne');
    const plan = await planOf(sanne);
    const body = contentOf(plan);
    body.vision = 'Rust in huis, en elke week samen eten.';
    body.goals[0]!.actions.push({
      description: 'Anouk belt de schuldhulp.',
      owner: { kind: 'household_member', ref: 'p-anouk', label: '' },
      level: 1,
      status: 'in_progress',
    } as never);
    body.goals.push({
      domainCode: 'finances',
      description: 'Overzicht over de rekeningen',
      achievedWhen: 'Alle rekeningen staan in één map',
      priority: 'low',
      targetDate: '2027-03-01',
      concernsPersonIds: ['p-anouk'],
      actions: [
        {
          description: 'Samen een map maken',
          owner: { kind: 'professional', ref: 'u-sanne', label: '' },
          level: 2,
          startDate: '2026-12-01',
          endDate: '2027-01-15',
        },
      ],
    } as never);
    const saved = await sanne.request({ method: 'PUT', url: JANSEN, payload: body });
    expect(saved.statusCode).toBe(200);
    const answer = saved.json();
    expect(answer.plan.version).toBe(plan.version + 1);
    expect(answer.plan.goals).toHaveLength(plan.goals.length + 1);
    expect(answer.plan.goals.at(-1).actions[0].owner.label).not.toBe('');

    const read = await sanne.request({ url: JANSEN });
    expect(answer).toEqual(read.json());
  });

  it('audits the update and the read of the new version, both durable with the answer', async () => {
    const sanne = await as('u-sanne');
    const plan = await planOf(sanne);
    const saved = await sanne.request({
      method: 'PUT',
      url: JANSEN,
      payload: { ...contentOf(plan), vision: 'Nog een versie' },
    });
    expect(saved.statusCode).toBe(200);
    const details = { planId: plan.id, version: plan.version + 1 };
    expect((await auditRows('plan.update', 'u-sanne')).at(-1)).toMatchObject({ outcome: 'success', details });
    expect((await auditRows('plan.read', 'u-sanne')).at(-1)).toMatchObject({ outcome: 'success', details });
    const [pair] = await app().database.ownerQuery<{ same: boolean }>(
      `select count(distinct request_id) = 1 as same from audit_log
       where actor_user_id = 'u-sanne' and action in ('plan.update', 'plan.read')
       and details->>'version' = $1`,
      [String(plan.version + 1)],
    );
    expect(pair?.same).toBe(true);
  });

  it('saves nothing and audits no read when the version is stale', async () => {
    const sanne = await as('u-sanne');
    const plan = await planOf(sanne);
    const reads = (await auditRows('plan.read', 'u-sanne')).length;
    const stale = await sanne.request({
      method: 'PUT',
      url: JANSEN,
      payload: { ...contentOf(plan), version: plan.version - 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(await auditRows('plan.read', 'u-sanne')).toHaveLength(reads);
    expect((await planOf(sanne)).version).toBe(plan.version);
  });
});
