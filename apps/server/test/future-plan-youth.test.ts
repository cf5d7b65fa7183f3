/**
 * Toekomstplan: the youth works in her own plan (helper, topics) in the portal; the parents see it
 * while she is under 18 and after only with her consent; strangers and members without the right
 * are refused, and every read and refusal is audited.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from './helpers/audit-rows.ts';
import { lisaLetsAnoukSee } from './helpers/consent-builder.ts';
import { dutchDay } from './helpers/dutch-day.ts';
import { futurePlanFile, type PlanJson, type TopicJson } from './helpers/future-plan-file.ts';

const { app, as, lisasPlan, startLisasPlan } = futurePlanFile();

beforeAll(startLisasPlan);

describe('the youth works in her own plan', () => {
  it('shows Lisa her plan in the portal, where she picks her JIM mentor and ticks off DigiD', async () => {
    const lisa = await as('u-lisa');
    const res = await lisa.request({ url: '/api/portal/future-plans' });
    expect(res.statusCode, res.body).toBe(200);
    const [plan] = res.json().plans as PlanJson[];
    expect(plan?.youthPersonId).toBe('p-lisa');
    expect(plan?.may).toEqual({ chooseHelper: true, updateTopics: true, decideContinuity: false });
    const options = await lisa.request({
      url: `/api/households/hh-jansen/future-plans/${plan?.id}/helper-options`,
    });
    expect(options.statusCode).toBe(200);
    const jim = options
      .json()
      .options.find((o: { kind: string; name: string }) => o.name.includes('JIM van Lisa'));
    expect(jim).toMatchObject({ kind: 'jim_mentor', ref: 'nm-jansen-jim-yara' });
    expect(options.json().options).toContainEqual({
      kind: 'professional',
      ref: 'u-sanne',
      name: 'Sanne de Vries',
    });
    const chosen = await lisa.request({
      method: 'PUT',
      url: `/api/households/hh-jansen/future-plans/${plan?.id}/helper`,
      payload: { kind: 'jim_mentor', ref: 'nm-jansen-jim-yara', version: plan?.version },
    });
    expect(chosen.statusCode, chosen.body).toBe(200);
    expect(chosen.json().helper).toMatchObject({ kind: 'jim_mentor', name: 'Yara Bos (JIM van Lisa)' });
    // Someone not in her network cannot be chosen; a stale version is a conflict.
    const stranger = await lisa.request({
      method: 'PUT',
      url: `/api/households/hh-jansen/future-plans/${plan?.id}/helper`,
      payload: { kind: 'network', ref: 'nm-ozturk-buurvrouw', version: chosen.json().version },
    });
    expect(stranger.statusCode).toBe(400);
    const stale = await lisa.request({
      method: 'PUT',
      url: `/api/households/hh-jansen/future-plans/${plan?.id}/topics/digid`,
      payload: { status: 'done', version: plan?.version },
    });
    expect(stale.statusCode).toBe(409);
    const ticked = await lisa.request({
      method: 'PUT',
      url: `/api/households/hh-jansen/future-plans/${plan?.id}/topics/digid`,
      payload: { status: 'done', version: chosen.json().version },
    });
    expect(ticked.statusCode, ticked.body).toBe(200);
    expect(ticked.json().topics.find((x: TopicJson) => x.key === 'digid').status).toBe('done');
    const unknown = await lisa.request({
      method: 'PUT',
      url: `/api/households/hh-jansen/future-plans/${plan?.id}/topics/space_travel`,
      payload: { status: 'done', version: ticked.json().version },
    });
    expect(unknown.statusCode).toBe(404);
    // Sanne sees the rest due.
    const sanneView = await lisasPlan('u-sanne');
    expect(sanneView.helper?.ref).toBe('nm-jansen-jim-yara');
    expect(sanneView.topics.filter((x) => x.status !== 'done').length).toBe(sanneView.topics.length - 1);
  });
});

describe('authorization and audit', () => {
  it('refuses strangers with 404, members without the right with 403, and audits reads and refusals', async () => {
    const plan = await lisasPlan();
    const mohamed = await as('u-mohamed');
    const other = await mohamed.request({ url: '/api/households/hh-jansen/future-plans' });
    expect(other.statusCode).toBe(404);
    const provider = await (await as('u-fatima')).request({ url: '/api/households/hh-jansen/future-plans' });
    expect(provider.statusCode).toBe(403);
    const anouk = await as('u-anouk');
    const byParent = await anouk.request({
      method: 'PUT',
      url: `/api/households/hh-jansen/future-plans/${plan.id}/topics/housing`,
      payload: { status: 'done', version: plan.version },
    });
    expect(byParent.statusCode).toBe(403);
    const teamLead = await (await as('u-ahmed')).request({
      method: 'PUT',
      url: `/api/households/hh-jansen/future-plans/${plan.id}/topics/housing`,
      payload: { status: 'done', version: plan.version },
    });
    expect(teamLead.statusCode).toBe(403);
    const otherWrite = await mohamed.request({
      method: 'PUT',
      url: `/api/households/hh-jansen/future-plans/${plan.id}/topics/housing`,
      payload: { status: 'done', version: plan.version },
    });
    expect(otherWrite.statusCode).toBe(404);
    expect(await auditRows(app().database, 'future_plan.read', { userId: 'u-mohamed' })).toContainEqual(
      expect.objectContaining({ outcome: 'denied' }),
    );
    expect(await auditRows(app().database, 'future_plan.update_topic', { userId: 'u-anouk' })).toContainEqual(
      expect.objectContaining({ outcome: 'denied', subject_id: plan.id }),
    );
    expect(
      await auditRows(app().database, 'future_plan.update_topic', { userId: 'u-mohamed' }),
    ).toContainEqual(expect.objectContaining({ outcome: 'denied', subject_id: plan.id }));
    const reads = await auditRows(app().database, 'future_plan.read', {
      userId: 'u-sanne',
      subjectId: plan.id,
    });
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((r) => r.outcome === 'success')).toBe(true);
  });
});

describe("the parents' view after 18 follows the youth's consent", () => {
  it('shows the mother the plan while Lisa is under 18, then only with her consent', async () => {
    const anouk = await as('u-anouk');
    const portal = async () => {
      const res = await anouk.request({ url: '/api/portal/future-plans' });
      expect(res.statusCode).toBe(200);
      return (res.json().plans as PlanJson[]).map((p) => p.youthPersonId);
    };
    expect(await portal()).toEqual(['p-lisa']);
    const plan = await lisasPlan('u-anouk');
    expect(plan.may).toEqual({ chooseHelper: false, updateTopics: false, decideContinuity: false });
    // Time passes: Lisa is 18 now (her plan was started when she was 16½).
    await app().database.ownerQuery("update person set birth_date = '2008-05-10' where id = 'p-lisa'");
    expect(await portal()).toEqual([]);
    const refused = await auditRows(app().database, 'future_plan.read', {
      userId: 'u-anouk',
      subjectId: plan.id,
    });
    expect(refused.at(-1)).toMatchObject({ outcome: 'denied', details: { reason: 'no_consent' } });
    const lisa = await as('u-lisa');
    const granted = await lisaLetsAnoukSee(
      lisa,
      ['plan'],
      'Mijn moeder mag mijn toekomstplan zien',
      dutchDay(365),
    );
    expect(granted.statusCode, granted.body).toBe(201);
    expect(await portal()).toEqual(['p-lisa']);
    const allowed = await auditRows(app().database, 'future_plan.read', {
      userId: 'u-anouk',
      subjectId: plan.id,
    });
    expect(allowed.at(-1)).toMatchObject({ outcome: 'success', details: { basis: 'youth_consent' } });
    // A consent by the mother herself about Lisa opens nothing: from 16 only Lisa decides.
    expect((await lisasPlan('u-lisa')).youthPersonId).toBe('p-lisa');
  });
});
