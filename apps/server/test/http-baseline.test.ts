import { describe, expect, it, onTestFinished } from 'vitest';
import { appOfFile } from './helpers/file-app.ts';
import { createTestApp } from './helpers/test-app.ts';

const { app } = appOfFile();

const isProblem = (res: { headers: Record<string, unknown>; json(): Record<string, unknown> }) => {
  expect(res.headers['content-type']).toContain('application/problem+json');
  const body = res.json();
  expect(body).toMatchObject({
    type: expect.any(String),
    title: expect.any(String),
    code: expect.any(String),
  });
  expect(body.message).toMatchObject({ nl: expect.any(String), en: expect.any(String) });
  expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+|stack/);
  return body;
};

describe('problem details', () => {
  it('answers unknown API routes with a 404 problem', async () => {
    for (const method of ['GET', 'POST'] as const) {
      const res = await app().app.inject({ method, url: '/api/does-not-exist' });
      expect(res.statusCode).toBe(404);
      expect(isProblem(res).code).toBe('not_found');
    }
  });

  it('answers unauthenticated API calls with 401', async () => {
    const res = await app().app.inject({ url: '/api/home' });
    expect(res.statusCode).toBe(401);
    expect(isProblem(res).code).toBe('unauthenticated');
  });

  it('names the invalid field in a 400 problem, in Dutch and English', async () => {
    const c = app().client();
    await c.request({ url: '/api/auth/csrf' }).then((r) => {
      c.csrfToken = r.json().csrfToken;
    });
    const res = await c.request({ method: 'POST', url: '/api/auth/demo-login', payload: { userId: 42 } });
    expect(res.statusCode).toBe(400);
    const body = isProblem(res);
    expect(body.code).toBe('validation_failed');
    expect(body.errors).toEqual([
      {
        path: 'body.userId',
        code: 'invalid_type',
        message: { nl: expect.any(String), en: expect.any(String) },
      },
    ]);
  });

  it('answers malformed JSON with a 400 problem, not a stack trace', async () => {
    const c = app().client();
    c.csrfToken = (await c.request({ url: '/api/auth/csrf' })).json().csrfToken;
    const res = await c.request({
      method: 'POST',
      url: '/api/auth/demo-login',
      headers: { 'content-type': 'application/json' },
      payload: '{"userId": ',
    });
    expect(res.statusCode).toBe(400);
    expect(isProblem(res).code).toBe('invalid_json');
  });
});

describe('security baseline', () => {
  it('rejects state-changing requests without a valid CSRF token', async () => {
    const c = app().client();
    await c.request({ url: '/api/auth/csrf' });
    const missing = await c.request({
      method: 'POST',
      url: '/api/auth/demo-login',
      payload: { userId: 'u-sanne' },
    });
    expect(missing.statusCode).toBe(403);
    expect(isProblem(missing).code).toBe('csrf_invalid');
    const forged = await c.request({
      method: 'POST',
      url: '/api/auth/demo-login',
      headers: { 'x-csrf-token': 'forged' },
      payload: { userId: 'u-sanne' },
    });
    expect(forged.statusCode).toBe(403);
    expect(c.cookies.has('ep_session')).toBe(false);
  });

  it('also protects logout, so another site cannot end a session', async () => {
    const c = app().client();
    await c.loginAs('u-sanne');
    const res = await c.request({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { 'x-csrf-token': 'nope' },
    });
    expect(res.statusCode).toBe(403);
    expect((await c.request({ url: '/api/auth/session' })).json().user).not.toBeNull();
  });

  it('sends a strict Content-Security-Policy and other helmet headers', async () => {
    const res = await app().app.inject({ url: '/health/live' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('rate-limits login attempts with a 429 problem', async () => {
    const limited = await createTestApp({ LOGIN_RATE_LIMIT: '3' }, { demoData: false });
    onTestFinished(() => limited.close());
    const c = limited.client();
    c.csrfToken = (await c.request({ url: '/api/auth/csrf' })).json().csrfToken;
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await c.request({
        method: 'POST',
        url: '/api/auth/demo-login',
        payload: { userId: 'u-nobody' },
      });
      statuses.push(res.statusCode);
      if (res.statusCode === 429) expect(isProblem(res).code).toBe('rate_limited');
    }
    expect(statuses.slice(0, 3)).toEqual([400, 400, 400]);
    expect(statuses.slice(3)).toEqual([429, 429]);
  });
});

describe('operations endpoints', () => {
  it('reports liveness and readiness with the database kind', async () => {
    expect((await app().app.inject({ url: '/health/live' })).json()).toEqual({ status: 'ok' });
    const ready = await app().app.inject({ url: '/health/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ok', database: app().database.kind });
  });

  it('exposes Prometheus metrics by route pattern', async () => {
    await app().app.inject({ url: '/health/live' });
    const res = await app().app.inject({ url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/http_requests_total\{method="GET",route="\/health\/live",status="200"\} \d+/);
    expect(res.body).toContain('process_cpu_user_seconds_total');
  });

  it('publishes an OpenAPI 3.1 document with the routes and problem schema', async () => {
    const res = await app().app.inject({ url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/home', '/api/auth/demo-login', '/health/ready']),
    );
    expect(doc.paths['/api/auth/demo-login'].post.requestBody).toBeDefined();
    const unauthorized = doc.paths['/api/home'].get.responses['401'].content['application/problem+json'];
    expect(unauthorized.schema.$ref).toBe('#/components/schemas/Problem');
    expect(doc.components.schemas.Problem.properties.message).toBeDefined();
  });

  it('serves browsable API docs', async () => {
    const res = await app().app.inject({ url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('swagger');
  });
});
