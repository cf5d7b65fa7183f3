// The security headers are helmet's, worked out once at start-up (http/security-headers.ts): the
// same set helmet's middleware writes on a real response, on every kind of answer.
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import helmet from 'helmet';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from '../src/http/security-headers.ts';
import { appOfFile } from './helpers/file-app.ts';

const { app, as } = appOfFile();

const options = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: { defaultSrc: ["'self'"], objectSrc: ["'none'"] },
  },
  strictTransportSecurity: true,
};

/** What helmet's own middleware sets on a real Node response. */
function helmetOnRealResponse(): Record<string, unknown> {
  const response = new ServerResponse(new IncomingMessage(new Socket()));
  helmet(options)(response.req, response, () => {});
  return response.getHeaders();
}

describe('security headers', () => {
  it('are exactly what helmet sets for the same options', () => {
    const headers = securityHeaders(options);
    expect(headers).toEqual(helmetOnRealResponse());
    expect(headers['strict-transport-security']).toContain('max-age=');
    expect(Object.isFrozen(headers)).toBe(true);
  });

  it('leave out HSTS when told to (plain http)', () => {
    expect(securityHeaders({ ...options, strictTransportSecurity: false })).not.toHaveProperty(
      'strict-transport-security',
    );
  });

  it('come on answers, refusals and unknown routes alike (the event stream: placements-live)', async () => {
    const expected = securityHeaders({
      contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'self'"] } },
      strictTransportSecurity: false,
    });
    const names = Object.keys(expected).filter((name) => name !== 'content-security-policy');
    const sanne = await as('u-sanne');
    const answers = [
      await app().app.inject({ url: '/health/live' }),
      await app().app.inject({ url: '/api/home' }),
      await app().app.inject({ url: '/api/does-not-exist' }),
      await sanne.request({ url: '/api/home' }),
    ];
    expect(answers.map((a) => a.statusCode)).toEqual([200, 401, 404, 200]);
    for (const answer of answers) {
      for (const name of names) expect(answer.headers[name], name).toBe(expected[name]);
      expect(String(answer.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
      expect(answer.headers['x-request-id']).toEqual(expect.any(String));
    }
  });
});
