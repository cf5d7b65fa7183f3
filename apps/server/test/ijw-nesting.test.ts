import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 120_000);
afterAll(() => t.close());

describe('POST /api/ijw/messages with hostile nesting', () => {
  it('answers 50,000 nested elements with a 422 problem, before any parser runs', async () => {
    const fatima = t.client();
    expect((await fatima.loginAs('u-fatima')).statusCode).toBe(200);
    const ns = 'http://www.istandaarden.nl/ijw/3_2/jw305/schema';
    const xml = `<Bericht xmlns="${ns}">${'<Client>'.repeat(50_000)}${'</Client>'.repeat(50_000)}</Bericht>`;
    const res = await fatima.request({
      method: 'POST',
      url: '/api/ijw/messages',
      headers: { 'content-type': 'application/xml' },
      payload: xml,
    });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'ijw_message_invalid' });
    expect(JSON.stringify(res.json())).toContain('deeper than 64');
  }, 120_000);
});
