/**
 * Reports to Veilig Thuis and requests to the Raad: the triage deadline in Dutch working days, the
 * triage task that follows the report, Veilig Thuis's queue and access, anonymity toward the
 * family, and the Raad's answer recorded once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { triageDueOn } from '../src/safety/reports.ts';
import { auditRows } from './helpers/audit-rows.ts';
import { loggedInAs } from './helpers/logged-in.ts';
import { openJansenTrack } from './helpers/safety-tracks.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
const as = loggedInAs(() => t);

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe('the triage deadline', () => {
  it('is 5 Dutch working days after the day of the report, skipping weekends and public holidays', () => {
    // Monday → next Monday.
    expect(triageDueOn(new Date('2026-11-30T10:00:00Z'))).toBe('2026-12-07');
    // Thursday before Christmas: 25/26 Dec, the weekend and New Year's Day do not count.
    expect(triageDueOn(new Date('2026-12-24T10:00:00Z'))).toBe('2027-01-04');
    // Late in the evening in Amsterdam is already the next day (UTC 23:30 on Friday = Saturday).
    expect(triageDueOn(new Date('2026-11-27T23:30:00Z'))).toBe('2026-12-04');
    // King's Day 2027 (Tuesday 27 April) is skipped.
    expect(triageDueOn(new Date('2027-04-23T10:00:00Z'))).toBe('2027-05-03');
  });
});

async function reportedTrack(anonymousToFamily: boolean) {
  const sanne = await as('u-sanne');
  const id = await openJansenTrack(sanne);
  await sanne.request({
    method: 'POST',
    url: `/api/safety/tracks/${id}/entries`,
    payload: {
      content: {
        step: 'weighing',
        risk: 'Acuut',
        nature: 'kindermishandeling',
        severity: 'acute',
        answers: {
          q1Suspicion: { answer: true, reason: 'r' },
          q2AcuteOrStructural: { answer: true, reason: 'r' },
        },
      },
    },
  });
  const report = await sanne.request({
    method: 'POST',
    url: `/api/safety/tracks/${id}/reports`,
    payload: { content: 'Tom (12) vertelt dat hij thuis geslagen wordt.', anonymousToFamily },
  });
  expect(report.statusCode).toBe(201);
  return { trackId: id, reportId: report.json().id as string, due: report.json().triageDueOn as string };
}

type TaskJson = { kind: string; subjectId: string; dueDate: string; link: string; status: string };
async function tasksOf(userId: string, status = 'open'): Promise<TaskJson[]> {
  return (await (await as(userId)).request({ url: `/api/tasks?status=${status}&pageSize=100` })).json().items;
}

describe('a report to Veilig Thuis', () => {
  it('lands in the queue with a triage task due in 5 working days, which the triage closes', async () => {
    const { reportId, due, trackId } = await reportedTrack(false);
    const stored = await t.database.ownerQuery<{ content_enc: string }>(
      'select content_enc from veilig_thuis_report where id = $1',
      [reportId],
    );
    expect(stored[0]?.content_enc).not.toContain('geslagen');
    const task = (await tasksOf('u-joost')).find((x) => x.subjectId === reportId);
    expect(task).toMatchObject({
      kind: 'veilig_thuis_triage',
      dueDate: due,
      link: '/werkruimte/veilig-thuis',
    });
    expect((await tasksOf('u-sanne')).some((x) => x.subjectId === reportId)).toBe(false);

    const joost = await as('u-joost');
    const queue = await joost.request({ url: '/api/safety/reports' });
    expect(queue.statusCode).toBe(200);
    const item = queue.json().items.find((x: { id: string }) => x.id === reportId);
    expect(item).toMatchObject({
      householdName: 'Gezin Jansen',
      triage: null,
      overdue: false,
      reportedBy: { id: 'u-sanne' },
    });
    // One event names the households the queue showed and, in its details, their reports.
    const [read] = await auditRows(t.database, 'veilig_thuis.queue.read', {
      userId: 'u-joost',
      subjectId: 'hh-jansen',
    });
    expect(String(read?.details?.reportIds).split(',')).toContain(reportId);
    // The report opens the track to Veilig Thuis (and the read is audited with that basis).
    const track = await joost.request({ url: `/api/safety/tracks/${trackId}` });
    expect(track.statusCode).toBe(200);
    expect(track.json().reports[0].content).toBe('Tom (12) vertelt dat hij thuis geslagen wordt.');

    const triage = await joost.request({
      method: 'POST',
      url: `/api/safety/reports/${reportId}/triage`,
      payload: {
        outcome: 'hand_over_social_team',
        note: 'Terug naar het sociaal team.',
        conditions: 'Geen fysiek geweld; opa is dagelijks aanwezig.',
      },
    });
    expect(triage.statusCode).toBe(201);
    expect((await tasksOf('u-joost')).some((x) => x.subjectId === reportId)).toBe(false);
    expect((await tasksOf('u-joost', 'done')).find((x) => x.subjectId === reportId)?.status).toBe('done');
    const again = await joost.request({
      method: 'POST',
      url: `/api/safety/reports/${reportId}/triage`,
      payload: { outcome: 'close', note: 'x' },
    });
    expect(again.json().code).toBe('report_already_triaged');
    expect(
      (await joost.request({ url: '/api/safety/reports' }))
        .json()
        .items.some((x: { id: string }) => x.id === reportId),
    ).toBe(false);
    const all = (await joost.request({ url: '/api/safety/reports?status=all' })).json().items;
    expect(all.find((x: { id: string }) => x.id === reportId).triage).toMatchObject({
      outcome: 'hand_over_social_team',
      conditions: 'Geen fysiek geweld; opa is dagelijks aanwezig.',
    });
  });

  it('keeps an anonymous reporter from the family, not from professionals', async () => {
    const { trackId } = await reportedTrack(true);
    const lisa = (await (await as('u-lisa')).request({ url: `/api/safety/tracks/${trackId}` })).json();
    expect(lisa.reports[0]).toMatchObject({ anonymousToFamily: true, reportedBy: null });
    const sanne = (await (await as('u-sanne')).request({ url: `/api/safety/tracks/${trackId}` })).json();
    expect(sanne.reports[0].reportedBy).toMatchObject({ id: 'u-sanne' });
  });

  it('is triaged only by Veilig Thuis; others are refused and audited', async () => {
    const { reportId } = await reportedTrack(false);
    const res = await (await as('u-sanne')).request({
      method: 'POST',
      url: `/api/safety/reports/${reportId}/triage`,
      payload: { outcome: 'close', note: 'x' },
    });
    expect(res.statusCode).toBe(403);
    expect((await auditRows(t.database, 'route.access', { userId: 'u-sanne' })).at(-1)?.outcome).toBe(
      'denied',
    );
    const unknown = await (await as('u-joost')).request({
      method: 'POST',
      url: '/api/safety/reports/nope/triage',
      payload: { outcome: 'close', note: 'x' },
    });
    expect(unknown.statusCode).toBe(404);
    expect((await auditRows(t.database, 'veilig_thuis.triage', { subjectId: 'nope' }))[0]?.outcome).toBe(
      'denied',
    );
  });
});

describe('Veilig Thuis by break-glass', () => {
  it('sees the household’s tracks first, the read audited on the break-glass basis', async () => {
    const sanne = await as('u-sanne');
    const id = await openJansenTrack(sanne, 'p-lisa');
    const joost = await as('u-joost');
    expect((await joost.request({ url: `/api/safety/tracks/${id}` })).statusCode).toBe(404);
    const glass = await joost.request({
      method: 'POST',
      url: '/api/households/hh-jansen/break-glass',
      payload: { reason: 'Melding over acute zorgen om een kind in dit gezin; meldcode stap 2.' },
    });
    expect(glass.statusCode).toBe(201);
    const list = await joost.request({ url: '/api/households/hh-jansen/safety/tracks' });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((x: { id: string }) => x.id)).toContain(id);
    const reads = await auditRows(t.database, 'meldcode.read', { userId: 'u-joost', subjectId: id });
    expect(reads.at(-1)?.outcome).toBe('success');
    const purpose = await t.database.ownerQuery<{ purpose: string }>(
      // The list's one event names every track it showed.
      `select purpose from audit_log where action = 'meldcode.read' and actor_user_id = 'u-joost'
          and (subject_id = $1 or $1 = any(subject_ids)) and outcome = 'success'`,
      [id],
    );
    expect(purpose[0]?.purpose).toBe('safety:break_glass');
  });
});

describe('a request to the Raad voor de Kinderbescherming', () => {
  const grounds = {
    voluntaryHelpTried: { answer: true, reason: 'Twee jaar vrijwillige hulp zonder resultaat.' },
    unsafety: { answer: true, reason: 'Herhaald geweld.' },
    noTrustInUpbringing: { answer: true, reason: 'Afspraken worden niet nagekomen.' },
  };

  it('is made by Veilig Thuis after a report, with grounds; the answer is recorded once', async () => {
    const { trackId } = await reportedTrack(false);
    const joost = await as('u-joost');
    const req = await joost.request({
      method: 'POST',
      url: `/api/safety/tracks/${trackId}/raad-requests`,
      payload: { grounds },
    });
    expect(req.statusCode).toBe(201);
    const answer = await joost.request({
      method: 'POST',
      url: `/api/safety/raad-requests/${req.json().id}/answer`,
      payload: { answer: 'investigation_started', note: 'De Raad start een beschermingsonderzoek.' },
    });
    expect(answer.statusCode).toBe(201);
    const twice = await joost.request({
      method: 'POST',
      url: `/api/safety/raad-requests/${req.json().id}/answer`,
      payload: { answer: 'declined', note: 'x' },
    });
    expect(twice.json().code).toBe('raad_already_answered');
    const v = (await joost.request({ url: `/api/safety/tracks/${trackId}` })).json();
    expect(v.raadRequests[0]).toMatchObject({
      grounds,
      requestedBy: { id: 'u-joost' },
      answer: { answer: 'investigation_started', note: 'De Raad start een beschermingsonderzoek.' },
    });
  });

  it('is refused to Veilig Thuis for a track it received no report from', async () => {
    const sanne = await as('u-sanne');
    const id = (
      await sanne.request({
        method: 'POST',
        url: '/api/households/hh-jansen/safety/tracks',
        payload: { personId: 'p-lisa' },
      })
    ).json().id;
    const res = await (await as('u-joost')).request({
      method: 'POST',
      url: `/api/safety/tracks/${id}/raad-requests`,
      payload: { grounds },
    });
    expect(res.statusCode).toBe(404);
    expect((await auditRows(t.database, 'meldcode.escalate', { subjectId: id }))[0]).toMatchObject({
      outcome: 'denied',
    });
    // The coordinator asks for the municipality.
    expect(
      (
        await sanne.request({
          method: 'POST',
          url: `/api/safety/tracks/${id}/raad-requests`,
          payload: { grounds },
        })
      ).statusCode,
    ).toBe(201);
  });
});
