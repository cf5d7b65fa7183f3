/**
 * The meldcode through the API: the reporting duty on a track, append-only entries with corrections,
 * encryption at rest, hiding a track from the alleged perpetrator, and the audit rows of every read
 * and refusal. The afwegingskader's paths alone: safety-afwegingskader.test.ts.
 */
import type { AfwegingAnswers } from '@een-plan/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from './helpers/audit-rows.ts';
import { loggedInAs } from './helpers/logged-in.ts';
import { no, openJansenTrack, yes } from './helpers/safety-tracks.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
const as = loggedInAs(() => t);

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const openTrack = async (userId = 'u-sanne', personId = 'p-tom') =>
  openJansenTrack(await as(userId), personId);

async function add(
  trackId: string,
  content: Record<string, unknown>,
  extra: Record<string, unknown> = {},
  userId = 'u-sanne',
) {
  return (await as(userId)).request({
    method: 'POST',
    url: `/api/safety/tracks/${trackId}/entries`,
    payload: { content, ...extra },
  });
}

const weighing = (answers: AfwegingAnswers) => ({
  step: 'weighing',
  risk: 'Tom vertelt over harde ruzies thuis.',
  nature: 'huiselijk geweld',
  severity: 'medium',
  answers,
});

async function view(trackId: string, userId = 'u-sanne') {
  return (await as(userId)).request({ url: `/api/safety/tracks/${trackId}` });
}

describe('the five steps, append-only and encrypted', () => {
  it('records observations apart from interpretations, encrypted at rest, attributed and time-stamped', async () => {
    const id = await openTrack();
    const res = await add(id, {
      step: 'signals',
      observations: 'Blauwe plek op de arm van Tom, gezien op 3 november.',
      interpretations: 'Mogelijk geslagen.',
      source: 'leerkracht groep 8',
      observedOn: '2026-11-03',
    });
    expect(res.statusCode).toBe(201);
    const stored = await t.database.ownerQuery<{ content_enc: string }>(
      'select content_enc from meldcode_entry where track_id = $1',
      [id],
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]?.content_enc).toMatch(/^v1:/);
    expect(stored[0]?.content_enc).not.toContain('Blauwe plek');
    const v = (await view(id)).json();
    expect(v.entries[0]).toMatchObject({
      step: 'signals',
      seq: 1,
      content: {
        observations: 'Blauwe plek op de arm van Tom, gezien op 3 november.',
        interpretations: 'Mogelijk geslagen.',
      },
      recordedBy: { id: 'u-sanne', name: 'Sanne de Vries' },
    });
    expect(Date.parse(v.entries[0].recordedAt)).not.toBeNaN();
  });

  it('needs the reason when the conversation with the client was not held', async () => {
    const id = await openTrack();
    const missing = await add(id, { step: 'conversation', held: false });
    expect(missing.statusCode).toBe(400);
    const ok = await add(id, {
      step: 'conversation',
      held: false,
      notHeldReason: 'safety_child',
      notHeldExplanation: 'Een gesprek met de ouders kan Tom in gevaar brengen.',
    });
    expect(ok.statusCode).toBe(201);
  });

  it('corrects by a new entry: the corrected one stays as it was, and is corrected once', async () => {
    const id = await openTrack();
    const first = (
      await add(id, {
        step: 'consultation',
        consultedWith: 'colleague',
        advice: 'Eerst met de IB-er praten.',
      })
    ).json().id;
    const before = await t.database.ownerQuery<{ content_enc: string; recorded_at: Date }>(
      'select content_enc, recorded_at from meldcode_entry where id = $1',
      [first],
    );
    const fix = await add(
      id,
      {
        step: 'consultation',
        consultedWith: 'veilig_thuis_advice',
        anonymous: true,
        advice: 'Advies Veilig Thuis: gesprek voeren.',
      },
      { correctsEntryId: first },
    );
    expect(fix.statusCode).toBe(201);
    const after = await t.database.ownerQuery<{ content_enc: string; recorded_at: Date }>(
      'select content_enc, recorded_at from meldcode_entry where id = $1',
      [first],
    );
    expect(after).toEqual(before);
    const v = (await view(id)).json();
    expect(v.entries.map((e: { correctsEntryId: string | null }) => e.correctsEntryId)).toEqual([
      null,
      first,
    ]);
    expect(v.entries[0].correctedByEntryId).toBe(fix.json().id);
    expect(v.entries[0].content.advice).toBe('Eerst met de IB-er praten.');
    // The same entry twice, or with another step, is no correction.
    expect(
      (
        await add(
          id,
          { step: 'consultation', consultedWith: 'colleague', advice: 'x' },
          { correctsEntryId: first },
        )
      ).json().code,
    ).toBe('correction_invalid');
    expect(
      (await add(id, { step: 'decision', explanation: 'x' }, { correctsEntryId: fix.json().id })).json().code,
    ).toBe('correction_invalid');
  });

  it('has no way to change or remove an entry', async () => {
    const id = await openTrack();
    const entry = (await add(id, { step: 'decision', explanation: 'Nog niets besloten.' })).json().id;
    const client = await as('u-sanne');
    for (const method of ['PUT', 'PATCH', 'DELETE'] as const) {
      const res = await client.request({
        method,
        url: `/api/safety/tracks/${id}/entries/${entry}`,
        payload: {},
      });
      expect(res.statusCode).toBe(404);
    }
    const paths = t.app.registeredRoutes.filter(
      // The meldcode's routes; the family plan's safety section is versioned like the rest of the plan.
      (r) =>
        (r.url.startsWith('/api/safety/') || r.url.includes('/:householdId/safety/')) &&
        r.method !== 'GET' &&
        r.method !== 'HEAD',
    );
    expect(paths.length).toBeGreaterThan(5);
    expect(paths.every((r) => r.method === 'POST')).toBe(true);
  });
});

describe('the reporting duty decides whether a track may close', () => {
  it('derives the duty live on the track and refuses to close while the report is owed', async () => {
    const id = await openTrack();
    expect((await view(id)).json().duty).toMatchObject({
      outcome: 'undetermined',
      nextQuestion: 'q1Suspicion',
    });
    const closeEarly = await (await as('u-sanne')).request({
      method: 'POST',
      url: `/api/safety/tracks/${id}/close`,
      payload: { note: 'klaar' },
    });
    expect(closeEarly.json().code).toBe('track_close_blocked');
    expect(
      (
        await add(
          id,
          weighing({ q1Suspicion: yes(), q2AcuteOrStructural: yes('acuut: Tom durft niet naar huis') }),
        )
      ).statusCode,
    ).toBe(201);
    const v = (await view(id)).json();
    expect(v.duty).toMatchObject({ outcome: 'report', mustReport: true, decidedBy: 'q2AcuteOrStructural' });
    const decision = await add(id, { step: 'decision', explanation: 'Melden bij Veilig Thuis.' });
    expect(decision.statusCode).toBe(201);
    expect((await view(id)).json().entries.at(-1).content.duty.outcome).toBe('report');
    const blocked = await (await as('u-sanne')).request({
      method: 'POST',
      url: `/api/safety/tracks/${id}/close`,
      payload: { note: 'x' },
    });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().code).toBe('track_close_blocked');
    const report = await (await as('u-sanne')).request({
      method: 'POST',
      url: `/api/safety/tracks/${id}/reports`,
      payload: { content: 'Acute zorg om Tom.', anonymousToFamily: true },
    });
    expect(report.statusCode).toBe(201);
    const closed = await (await as('u-sanne')).request({
      method: 'POST',
      url: `/api/safety/tracks/${id}/close`,
      payload: { note: 'Gemeld.' },
    });
    expect(closed.statusCode).toBe(201);
    expect((await view(id)).json().status).toBe('closed');
    expect((await add(id, { step: 'decision', explanation: 'na sluiten' })).json().code).toBe('track_closed');
  });

  it('closes on "no suspicion" and on help that works, not while help is still being tried', async () => {
    const none = await openTrack();
    await add(none, weighing({ q1Suspicion: no('De plek komt van voetbal, bevestigd door de trainer.') }));
    const c = await as('u-sanne');
    expect(
      (
        await c.request({
          method: 'POST',
          url: `/api/safety/tracks/${none}/close`,
          payload: { note: 'Geen vermoeden.' },
        })
      ).statusCode,
    ).toBe(201);

    const help = await openTrack();
    const tried = {
      q1Suspicion: yes(),
      q2AcuteOrStructural: no(),
      q3CanOfferHelp: yes(),
      q4HelpAccepted: yes(),
    };
    await add(help, weighing(tried));
    expect(
      (await c.request({ method: 'POST', url: `/api/safety/tracks/${help}/close`, payload: { note: 'x' } }))
        .statusCode,
    ).toBe(409);
    await add(help, weighing({ ...tried, q5ResultInTime: yes('De ruzies zijn gestopt.') }));
    expect((await view(help)).json().duty.outcome).toBe('close_with_follow_up');
    expect(
      (
        await c.request({
          method: 'POST',
          url: `/api/safety/tracks/${help}/close`,
          payload: { note: 'Afspraak: evaluatie over 3 maanden.' },
        })
      ).statusCode,
    ).toBe(201);
  });
});

describe('who may see a track', () => {
  it('hides a track from the alleged perpetrator, records the decision, and audits reads and refusals', async () => {
    const id = await openTrack();
    const hide = await (await as('u-sanne')).request({
      method: 'POST',
      url: `/api/safety/tracks/${id}/visibility`,
      payload: { hiddenFromPersonIds: ['p-anouk'], reason: 'Signalen wijzen naar moeder.' },
    });
    expect(hide.statusCode).toBe(201);
    const sanne = (await view(id)).json();
    expect(sanne.hiddenFromPersonIds).toEqual(['p-anouk']);
    expect(sanne.entries.at(-1)).toMatchObject({ step: 'visibility', recordedBy: { id: 'u-sanne' } });

    const anouk = await view(id, 'u-anouk');
    expect(anouk.statusCode).toBe(404);
    const list = await (await as('u-anouk')).request({ url: '/api/households/hh-jansen/safety/tracks' });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((x: { id: string }) => x.id)).not.toContain(id);
    const refusals = await auditRows(t.database, 'meldcode.read', { userId: 'u-anouk', subjectId: id });
    expect(refusals.map((r) => [r.outcome, r.details?.reason])).toEqual([
      ['denied', 'hidden_from_person'],
      ['denied', 'hidden_from_person'],
    ]);

    // Another household member reads it, without who it is hidden from or why.
    const lisa = await view(id, 'u-lisa');
    expect(lisa.statusCode).toBe(200);
    expect(lisa.json().hiddenFromPersonIds).toEqual([]);
    expect(lisa.json().entries.some((e: { step: string }) => e.step === 'visibility')).toBe(false);
    expect(
      (await auditRows(t.database, 'meldcode.read', { userId: 'u-lisa', subjectId: id }))[0]?.outcome,
    ).toBe('success');
    expect(
      (await auditRows(t.database, 'meldcode.read', { userId: 'u-sanne', subjectId: id })).map(
        (r) => r.outcome,
      ),
    ).toEqual(['success']);
  });

  it('refuses (and audits) professionals without a relationship, and a school without consent cannot open one', async () => {
    const id = await openTrack();
    expect((await view(id, 'u-mohamed')).statusCode).toBe(404);
    expect(
      (await auditRows(t.database, 'meldcode.read', { userId: 'u-mohamed', subjectId: id }))[0],
    ).toMatchObject({
      outcome: 'denied',
      details: { reason: 'no_relationship' },
    });
    expect((await view(id, 'u-joost')).statusCode).toBe(404);
    const school = await (await as('u-marloes')).request({
      method: 'POST',
      url: '/api/households/hh-jansen/safety/tracks',
      payload: { personId: 'p-tom' },
    });
    expect(school.statusCode).toBe(404);
    expect((await auditRows(t.database, 'meldcode.open', { userId: 'u-marloes' }))[0]?.outcome).toBe(
      'denied',
    );
    // The team lead reads along but does not write.
    expect((await view(id, 'u-ahmed')).statusCode).toBe(200);
    expect((await view(id, 'u-ahmed')).json().can).toEqual({ write: false, report: false, escalate: false });
  });

  it('opens only for a current member of the household', async () => {
    const res = await (await as('u-sanne')).request({
      method: 'POST',
      url: '/api/households/hh-jansen/safety/tracks',
      payload: { personId: 'p-deniz' },
    });
    expect(res.json().code).toBe('person_not_in_household');
  });
});
