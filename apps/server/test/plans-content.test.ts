import { describe, expect, it } from 'vitest';
import { contentOf, JANSEN, planFile, planOf } from './helpers/plan-file.ts';

const { app, as, auditRows } = planFile();

describe('encryption at rest', () => {
  it("stores the plan's free text and version snapshots encrypted", async () => {
    const rows = await app().database.ownerQuery<{ vision: string; snapshot: unknown }>(
      `select p.vision, v.snapshot from plan p join plan_version v on v.plan_id = p.id where p.id = 'plan-jansen' and v.version = 1`,
    );
    expect(rows[0]!.vision).toMatch(/^v1:/);
    // Words of the plan long enough that ciphertext cannot hold them by chance (three letters could).
    const snapshot = JSON.stringify(rows[0]!.snapshot);
    for (const words of ['rust in huis', 'met plezier naar school', 'ziek gemeld']) {
      expect(snapshot).not.toContain(words);
    }
    const goals = await app().database.ownerQuery<{ description: string; achieved_when: string }>(
      `select description, achieved_when from plan_goal where plan_id = 'plan-jansen'`,
    );
    expect(goals.length).toBeGreaterThan(0);
    expect(goals.every((g) => g.description.startsWith('v1:') && g.achieved_when.startsWith('v1:'))).toBe(
      true,
    );
    const actions = await app().database.ownerQuery<{ description: string }>(
      `select description from plan_action where plan_id = 'plan-jansen'`,
    );
    expect(actions.every((a) => a.description.startsWith('v1:'))).toBe(true);
  });
});

describe('owners of actions', () => {
  it('offers household members, network members, social-map offers, professionals and providers', async () => {
    const sanne = await as('u-sanne');
    const res = await sanne.request({ url: `${JANSEN}/owner-options` });
    expect(res.statusCode).toBe(200);
    const options = res.json().options as Array<{ kind: string; ref: string }>;
    const refs = (kind: string) => options.filter((o) => o.kind === kind).map((o) => o.ref);
    expect(refs('household_member')).toEqual(expect.arrayContaining(['p-anouk', 'p-tom']));
    expect(refs('network_member')).toContain('nm-jansen-oma-ria');
    expect(refs('social_map_offer')).toContain('offer-schuldhulp');
    expect(refs('professional')).toContain('u-sanne');
    expect(refs('provider')).toContain('org-jeugdhulp');
    const anouk = await as('u-anouk');
    expect((await anouk.request({ url: `${JANSEN}/owner-options` })).statusCode).toBe(403);
  });
});

describe('validation', () => {
  it('rejects bad input with field errors in Dutch and English', async () => {
    const sanne = await as('u-sanne');
    const plan = await planOf(sanne);
    const body = contentOf(plan);
    body.goals[0]!.description = '';
    (body.goals[0]!.actions[0] as unknown as { level: number }).level = 3;
    const res = await sanne.request({ method: 'PUT', url: JANSEN, payload: body });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('validation_failed');
    expect(res.json().message.nl).toMatch(/Niet alle gegevens/);
    expect(res.json().message.en).toMatch(/not valid/);
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toContain('body.goals.0.description');
  });

  it('rejects unknown life domains, owners and members (nothing half-saved)', async () => {
    const sanne = await as('u-sanne');
    const plan = await planOf(sanne);
    const body = contentOf(plan);
    body.vision = 'Dit mag niet bewaard worden';
    body.goals[0]!.domainCode = 'astrology';
    body.goals[1]!.actions[0]!.owner = { kind: 'household_member', ref: 'p-elif', label: '' };
    body.goals[1]!.actions[1]!.owner = { kind: 'provider', ref: 'org-does-not-exist', label: 'x' };
    const res = await sanne.request({ method: 'PUT', url: JANSEN, payload: body });
    expect(res.statusCode).toBe(400);
    const errors = res.json().errors as Array<{ path: string; message: { nl: string; en: string } }>;
    expect(errors.map((e) => e.path)).toEqual([
      'body.goals.0.domainCode',
      'body.goals.1.actions.0.owner.ref',
      'body.goals.1.actions.1.owner.ref',
    ]);
    expect(errors[0]!.message).toEqual({
      nl: 'Kies een bestaand leefgebied.',
      en: 'Choose an existing life domain.',
    });
    const after = await planOf(sanne);
    expect(after.version).toBe(plan.version);
    expect(after.vision).toBe(plan.vision);
  });
});

describe('versions, diff and optimistic concurrency', () => {
  it('creates a new version per change, keeps old versions readable and diffs them', async () => {
    const sanne = await as('u-sanne');
    const plan = await planOf(sanne);
    const body = contentOf(plan);
    body.vision = 'We willen weer rust in huis, samen met oma.';
    body.goals[0]!.priority = 'medium';
    body.goals[0]!.actions.push({
      description: 'Tom gaat op voetbal.',
      owner: { kind: 'household_member', ref: 'p-tom', label: '' },
      level: 0,
      status: 'open',
    } as never);
    body.goals.splice(2, 1);
    const res = await sanne.request({ method: 'PUT', url: JANSEN, payload: body });
    expect(res.statusCode).toBe(200);
    const updated = res.json().plan;
    expect(updated.version).toBe(plan.version + 1);

    const versions = (await sanne.request({ url: `${JANSEN}/versions` })).json().versions;
    // The demo's safety plan made a version of its own before this one.
    expect(versions.map((v: { version: number }) => v.version).slice(0, 2)).toEqual([
      plan.version + 1,
      plan.version,
    ]);
    const old = await sanne.request({ url: `${JANSEN}/versions/${plan.version}` });
    expect(old.statusCode).toBe(200);
    expect(old.json().snapshot.vision).toBe(plan.vision);
    expect(old.json().snapshot.goals).toHaveLength(3);

    const diff = (
      await sanne.request({ url: `${JANSEN}/diff?from=${plan.version}&to=${plan.version + 1}` })
    ).json();
    expect(diff.vision).toEqual({ from: plan.vision, to: 'We willen weer rust in huis, samen met oma.' });
    expect(diff.goals.removed.map((g: { id: string }) => g.id)).toEqual(['goal-jansen-lisa']);
    expect(diff.goals.changed).toEqual([
      expect.objectContaining({
        id: 'goal-jansen-school',
        changes: [{ field: 'priority', from: 'high', to: 'medium' }],
      }),
    ]);
    expect(diff.actions.added.map((a: { description: string }) => a.description)).toEqual([
      'Tom gaat op voetbal.',
    ]);
    expect(diff.actions.removed.map((a: { id: string }) => a.id)).toEqual(['act-jansen-lisa']);
    expect((await auditRows('plan.update', 'u-sanne')).at(-1)?.outcome).toBe('success');
  });

  it('answers 409 version_conflict with the current version on a stale edit', async () => {
    const sanne = await as('u-sanne');
    const plan = await planOf(sanne);
    const first = await sanne.request({
      method: 'PUT',
      url: JANSEN,
      payload: { ...contentOf(plan), vision: 'Eerste wijziging' },
    });
    expect(first.statusCode).toBe(200);
    const stale = await sanne.request({
      method: 'PUT',
      url: JANSEN,
      payload: { ...contentOf(plan), vision: 'Tweede wijziging over de eerste heen' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    expect(stale.json().currentVersion).toBe(plan.version + 1);
    expect((await planOf(sanne)).vision).toBe('Eerste wijziging');
    // The same for agreeing to and moving an old version.
    const agree = await sanne.request({
      method: 'POST',
      url: `${JANSEN}/agreements`,
      payload: { version: plan.version },
    });
    expect(agree.statusCode).toBe(409);
    expect(agree.json().currentVersion).toBe(plan.version + 1);
  });
});
