import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUser } from '../src/auth/schema.ts';
import { DEMO_TENANT } from '../src/demo/demo-data.ts';
import { auditRows } from './helpers/audit-rows.ts';
import { loggedInAs } from './helpers/logged-in.ts';
import { createTestApp, type TestApp, type TestClient } from './helpers/test-app.ts';

/**
 * Issue 13, edge 5: a 12–15 year-old's consent needs the child and a parent. The party still
 * missing completes the SAME consent — in the portal, or recorded by the coordinator on paper.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  // Tom (12) gets a login of his own for the portal path (the demo has none).
  await t.database.db.insert(appUser).values({
    tenantId: DEMO_TENANT.tenantId,
    id: 'u-tom',
    displayName: 'Tom Jansen',
    role: 'resident',
    personId: 'p-tom',
    demoDescription: 'Tom, 12 (test only)',
  });
});
afterAll(() => t?.close());

const as = loggedInAs(() => t);

const CONSENTS = '/api/households/hh-jansen/consents';
const SHARED_PLAN = '/api/shared/households/hh-jansen/plan';
const grant = {
  subjectPersonId: 'p-tom',
  grantee: { kind: 'organisation', ref: 'org-jeugdhulp' },
  sections: ['plan'],
  purposeCategory: 'care_delivery',
  purposeText: '',
  validUntil: '2027-11-01',
};

interface ConsentView {
  id: string;
  status: string;
  stillNeeded: string[];
  version: number;
  canAgree: boolean;
  givenBy: Array<{ personId: string }>;
  coSignatures: Array<{
    personId: string;
    via: string;
    givenOn: string;
    signedForm: boolean;
    recordedByName: string;
  }>;
}

async function consentOf(c: TestClient, id: string, url = '/api/my/consents'): Promise<ConsentView> {
  const res = await c.request({ url });
  expect(res.statusCode).toBe(200);
  const found = res.json().consents.find((x: ConsentView) => x.id === id);
  expect(found).toBeDefined();
  return found;
}

async function anoukGivesForTom(): Promise<string> {
  const res = await (await as('u-anouk')).request({ method: 'POST', url: CONSENTS, payload: grant });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

describe('the missing party completes the same consent', () => {
  it('in the portal: Tom sees the consent that waits for him and agrees; it opens the plan', async () => {
    const id = await anoukGivesForTom();
    const anouk = await as('u-anouk');
    // The mother already agreed: the consent does not wait for her.
    expect(await consentOf(anouk, id)).toMatchObject({
      status: 'incomplete',
      stillNeeded: ['p-tom'],
      canAgree: false,
    });
    const tom = await as('u-tom');
    const pending = await consentOf(tom, id);
    expect(pending).toMatchObject({ status: 'incomplete', canAgree: true });
    expect((await (await as('u-fatima')).request({ url: SHARED_PLAN })).statusCode).toBe(404);

    const res = await tom.request({
      method: 'POST',
      url: `${CONSENTS}/${id}/cosign`,
      payload: { version: pending.version },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, complete: true });
    const done = await consentOf(anouk, id);
    expect(done).toMatchObject({ status: 'active', stillNeeded: [], canAgree: false });
    expect(done.givenBy.map((g) => g.personId)).toEqual(['p-anouk', 'p-tom']);
    expect(done.coSignatures).toEqual([
      expect.objectContaining({
        personId: 'p-tom',
        via: 'portal',
        signedForm: false,
        recordedByName: 'Tom Jansen',
      }),
    ]);
    // The same consent now opens the plan for the provider: no second consent was needed.
    expect((await (await as('u-fatima')).request({ url: SHARED_PLAN })).statusCode).toBe(200);
    const [audit] = await auditRows(t.database, 'consent.cosign', { userId: 'u-tom' });
    expect(audit).toMatchObject({ outcome: 'success', subject_id: 'hh-jansen' });
    expect(audit?.details).toMatchObject({ consentId: id, via: 'portal', complete: true });

    // Agreeing twice is a conflict (stale version), then "already complete".
    const again = await tom.request({
      method: 'POST',
      url: `${CONSENTS}/${id}/cosign`,
      payload: { version: pending.version },
    });
    expect(again.statusCode).toBe(409);
    const late = await tom.request({
      method: 'POST',
      url: `${CONSENTS}/${id}/cosign`,
      payload: { version: done.version },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'consent_already_complete' });
    expect(late.json().message.nl).toContain('al compleet');
  });

  it('on paper: the coordinator records Tom’s agreement on the same consent (who, date, signed form)', async () => {
    const id = await anoukGivesForTom();
    const sanne = await as('u-sanne');
    const url = `${CONSENTS}/${id}/cosign`;
    const before = await consentOf(sanne, id, CONSENTS);
    expect(before).toMatchObject({ status: 'incomplete', stillNeeded: ['p-tom'], canAgree: false });
    const recorded = { givenByPersonIds: ['p-tom'], givenOn: '2026-11-02', via: 'paper' };

    // Paper without the signed form on file: refused with a Dutch explanation.
    const unsigned = await sanne.request({
      method: 'POST',
      url,
      payload: { version: before.version, recorded },
    });
    expect(unsigned.statusCode).toBe(422);
    expect(unsigned.json()).toMatchObject({ code: 'consent_signed_form_required' });
    expect(unsigned.json().message.nl).toContain('getekend formulier');
    // A coordinator must say who, when and how.
    const bare = await sanne.request({ method: 'POST', url, payload: { version: before.version } });
    expect(bare.json()).toMatchObject({ code: 'consent_recording_required' });
    const future = await sanne.request({
      method: 'POST',
      url,
      payload: {
        version: before.version,
        recorded: { ...recorded, givenOn: '2999-01-01', signedForm: true },
      },
    });
    expect(future.json()).toMatchObject({ code: 'consent_given_on_future' });
    // A stale version conflicts.
    const stale = await sanne.request({
      method: 'POST',
      url,
      payload: { version: before.version + 5, recorded: { ...recorded, signedForm: true } },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict', currentVersion: before.version });

    const ok = await sanne.request({
      method: 'POST',
      url,
      payload: { version: before.version, recorded: { ...recorded, signedForm: true } },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ complete: true, version: before.version + 1 });
    const after = await consentOf(await as('u-anouk'), id);
    expect(after).toMatchObject({ status: 'active', stillNeeded: [] });
    expect(after.coSignatures).toEqual([
      expect.objectContaining({
        personId: 'p-tom',
        via: 'paper',
        givenOn: '2026-11-02',
        signedForm: true,
        recordedByName: 'Sanne de Vries',
      }),
    ]);
  });

  it('the parent completes a consent the coordinator recorded from Tom alone', async () => {
    const sanne = await as('u-sanne');
    const res = await sanne.request({
      method: 'POST',
      url: CONSENTS,
      payload: {
        ...grant,
        recorded: { givenByPersonIds: ['p-tom'], givenOn: '2026-11-01', via: 'conversation' },
      },
    });
    expect(res.statusCode).toBe(201);
    const anouk = await as('u-anouk');
    const pending = await consentOf(anouk, res.json().id);
    expect(pending).toMatchObject({ status: 'incomplete', canAgree: true });
    const agreed = await anouk.request({
      method: 'POST',
      url: `${CONSENTS}/${pending.id}/cosign`,
      payload: { version: pending.version },
    });
    expect(agreed.json()).toMatchObject({ ok: true, complete: true });
    expect(await consentOf(anouk, pending.id)).toMatchObject({ status: 'active' });
  });
});

describe('refusals: only a missing party completes', () => {
  const deniedCosigns = async (userId: string) =>
    (await auditRows(t.database, 'consent.cosign', { userId })).filter((row) => row.outcome === 'denied');

  it('Lisa (16, same household) is no party to Tom’s consent: 403, audited', async () => {
    const id = await anoukGivesForTom();
    const version = (await consentOf(await as('u-anouk'), id)).version;
    const lisa = await as('u-lisa');
    const res = await lisa.request({ method: 'POST', url: `${CONSENTS}/${id}/cosign`, payload: { version } });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'consent_not_a_party' });
    expect(res.json().message.nl).toContain('Alleen wie nog toestemming moet geven');
    const denied = await deniedCosigns('u-lisa');
    expect(denied).toHaveLength(1);
    expect(denied[0]?.details).toMatchObject({ consentId: id, reason: 'not_a_party' });
    expect((await consentOf(await as('u-anouk'), id)).status).toBe('incomplete');
  });

  it('the coordinator cannot record a non-party (Lisa) as giver: 403, audited', async () => {
    const id = await anoukGivesForTom();
    const version = (await consentOf(await as('u-anouk'), id)).version;
    const res = await (await as('u-sanne')).request({
      method: 'POST',
      url: `${CONSENTS}/${id}/cosign`,
      payload: {
        version,
        recorded: { givenByPersonIds: ['p-lisa'], givenOn: '2026-11-01', via: 'conversation' },
      },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'consent_not_a_party' });
    const denied = await deniedCosigns('u-sanne');
    expect(denied.length).toBeGreaterThanOrEqual(1);
  });

  it('the mother who already agreed cannot agree again; a provider cannot complete at all', async () => {
    const id = await anoukGivesForTom();
    const anouk = await as('u-anouk');
    const version = (await consentOf(anouk, id)).version;
    const twice = await anouk.request({
      method: 'POST',
      url: `${CONSENTS}/${id}/cosign`,
      payload: { version },
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'consent_already_given' });
    const fatima = await (await as('u-fatima')).request({
      method: 'POST',
      url: `${CONSENTS}/${id}/cosign`,
      payload: { version },
    });
    expect(fatima.statusCode).toBe(403);
  });
});
