import { blankSocialOffer } from '@een-plan/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from './helpers/test-app.ts';

/** Inputs that outside testing found answering 500, or answering outside problem+json. */
let t: TestApp;
let erik: TestClient;
let sanne: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  erik = t.client();
  expect((await erik.loginAs('u-erik')).statusCode).toBe(200);
  sanne = t.client();
  expect((await sanne.loginAs('u-sanne')).statusCode).toBe(200);
}, 400_000);
afterAll(() => t.close());

const offer = {
  ...blankSocialOffer,
  name: 'Testaanbod',
  organisationName: 'Testorganisatie',
  description: 'Een synthetisch aanbod.',
  lifeDomains: ['finances'],
  costs: 'Gratis',
};

function expectProblem(response: { statusCode: number; headers: Record<string, unknown>; json(): unknown }) {
  expect(response.statusCode).toBeGreaterThanOrEqual(400);
  expect(response.statusCode).toBeLessThan(500);
  expect(String(response.headers['content-type'])).toMatch(/^application\/problem\+json/);
  const body = response.json() as { code: string; message: { nl: string; en: string } };
  expect(body.code).toMatch(/^[a-z_]+$/);
  expect(body.message.nl).toBeTruthy();
  expect(body.message.en).toBeTruthy();
  return body as { code: string; errors?: Array<{ path: string }> };
}

async function offerCount() {
  const [row] = await t.database.ownerQuery<{ n: string }>('select count(*) as n from social_offer');
  return Number(row!.n);
}

describe('no input gives a 500', () => {
  it('refuses a NUL character in a JSON text field with a stable code naming the field', async () => {
    const before = await offerCount();
    const response = await erik.request({
      method: 'POST',
      url: '/api/social-map/offers',
      payload: { ...offer, description: 'voor\u0000na' },
    });
    const problem = expectProblem(response);
    expect(response.statusCode).toBe(400);
    expect(problem.code).toBe('text_contains_nul');
    expect(problem.errors?.map((e) => e.path)).toEqual(['body.description']);
    expect(await offerCount()).toBe(before);
  });

  it('refuses a NUL character nested in arrays, in path parameters and in query strings', async () => {
    const nested = await erik.request({
      method: 'POST',
      url: '/api/social-map/offers',
      payload: { ...offer, lifeDomains: ['finances', 'x\u0000'] },
    });
    expect(expectProblem(nested).code).toBe('text_contains_nul');
    expect(expectProblem(nested).errors?.[0]?.path).toBe('body.lifeDomains.1');
    const param = await sanne.request({ url: '/api/households/%00abc' });
    expect(expectProblem(param).code).toBe('text_contains_nul');
    const query = await sanne.request({ url: '/api/social-map/offers?q=a%00b' });
    expect(expectProblem(query).code).toBe('text_contains_nul');
  });

  it('answers an unknown organisation on a social-map offer with a problem naming the field', async () => {
    const before = await offerCount();
    const response = await erik.request({
      method: 'POST',
      url: '/api/social-map/offers',
      payload: { ...offer, maintainerOrganisationId: 'org-does-not-exist' },
    });
    const problem = expectProblem(response);
    expect(response.statusCode).toBe(422);
    expect(problem.code).toBe('reference_not_found');
    expect(problem.errors?.map((e) => e.path)).toEqual(['body.maintainerOrganisationId']);
    expect(await offerCount()).toBe(before);
  });

  it('answers a malformed URL with problem+json', async () => {
    const response = await sanne.request({ url: '/api/households/%%%' });
    expect(expectProblem(response).code).toBe('bad_url');
  });

  it('answers every framework error with problem+json and a stable code', async () => {
    const badJson = await erik.request({
      method: 'POST',
      url: '/api/social-map/offers',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(expectProblem(badJson).code).toBe('invalid_json');
    const tooLarge = await erik.request({
      method: 'POST',
      url: '/api/social-map/offers',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ ...offer, description: 'x'.repeat(1_100_000) }),
    });
    expect(expectProblem(tooLarge).code).toBe('payload_too_large');
    const media = await erik.request({
      method: 'POST',
      url: '/api/social-map/offers',
      headers: { 'content-type': 'application/x-unknown' },
      payload: 'abc',
    });
    expect(expectProblem(media).code).toBe('unsupported_media_type');
    const emptyJson = await erik.request({
      method: 'POST',
      url: '/api/social-map/offers',
      headers: { 'content-type': 'application/json' },
      payload: '',
    });
    expectProblem(emptyJson);
  });
});
