/**
 * The aandachtsfunctionaris: sees the open meldcode tracks of their own organisation (a list and
 * each track), every track shown an audited read; nobody else gets the list, and the designation
 * does not reach another organisation's tracks nor let them write.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { designateAandachtsfunctionaris } from '../src/safety/designations.ts';
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

type Item = { id: string; status: string; householdName: string; personName: string | null };

const openTomTrack = async (userId = 'u-sanne') => openJansenTrack(await as(userId));

describe("the aandachtsfunctionaris's list", () => {
  it("holds the organisation's open tracks, not the closed ones, each an audited read", async () => {
    const trackId = await openTomTrack();
    const res = await (await as('u-esther')).request({ url: '/api/safety/organisation-tracks' });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { organisationId: string; items: Item[] };
    expect(body.organisationId).toBe('org-sociaal-team');
    const mine = body.items.find((i) => i.id === trackId);
    expect(mine).toMatchObject({ status: 'open', householdName: 'Gezin Jansen', personName: 'Tom' });
    expect(body.items.every((i) => i.status === 'open')).toBe(true);
    // The demo's closed track of Lisa is not on the list.
    expect(body.items.some((i) => i.personName === 'Lisa')).toBe(false);
    const reads = await auditRows(t.database, 'meldcode.read', { userId: 'u-esther', subjectId: trackId });
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ outcome: 'success' });
    expect(reads[0]?.details).toMatchObject({ via: 'organisation_list' });
  });

  it('opens a track of the organisation on the ground "organisation", but not to write in it', async () => {
    const trackId = await openTomTrack();
    const esther = await as('u-esther');
    const read = await esther.request({ url: `/api/safety/tracks/${trackId}` });
    expect(read.statusCode).toBe(200);
    expect(read.json().can.write).toBe(false);
    const write = await esther.request({
      method: 'POST',
      url: `/api/safety/tracks/${trackId}/entries`,
      payload: { content: { step: 'decision', explanation: 'x' } },
    });
    expect(write.statusCode).toBe(404);
  });

  it('is refused (and audited) for a professional who is not designated', async () => {
    const res = await (await as('u-mohamed')).request({ url: '/api/safety/organisation-tracks' });
    expect(res.statusCode).toBe(403);
    const refused = await auditRows(t.database, 'meldcode.organisation_list', { userId: 'u-mohamed' });
    expect(refused.at(-1)).toMatchObject({ outcome: 'denied', subject_id: 'org-sociaal-team' });
  });

  it('tells the user whether they are designated, so the menu offers the list only then', async () => {
    const esther = await (await as('u-esther')).request({ url: '/api/safety/designations/mine' });
    expect(esther.json()).toEqual({ organisationIds: ['org-sociaal-team'] });
    const mohamed = await (await as('u-mohamed')).request({ url: '/api/safety/designations/mine' });
    expect(mohamed.json()).toEqual({ organisationIds: [] });
  });

  it('is refused to roles that cannot be designated, at the route', async () => {
    for (const user of ['u-joost', 'u-anouk', 'u-karin']) {
      const res = await (await as(user)).request({ url: '/api/safety/organisation-tracks' });
      expect(res.statusCode).toBe(403);
    }
  });

  it("shows a school's aandachtsfunctionaris only the school's tracks, not the social team's", async () => {
    const tenant = await t.database.ownerQuery<{ tenant_id: string }>(
      "select tenant_id from app_user where id = 'u-marloes'",
    );
    await designateAandachtsfunctionaris(
      t.database.ownerDb,
      tenant[0]?.tenant_id ?? '',
      'org-vlinder',
      'u-marloes',
    );
    const sanneTrack = await openTomTrack();
    const marloes = await as('u-marloes');
    const list = await marloes.request({ url: '/api/safety/organisation-tracks' });
    expect(list.statusCode).toBe(200);
    expect((list.json().items as Item[]).some((i) => i.id === sanneTrack)).toBe(false);
    expect((await marloes.request({ url: `/api/safety/tracks/${sanneTrack}` })).statusCode).toBe(404);
  });
});
