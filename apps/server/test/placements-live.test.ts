/**
 * Live availability (server-sent events) reaches a coordinator whichever server process she is
 * connected to. On PostgreSQL two apps with their own connection pools stand for two processes:
 * a change written through one reaches the events of the other only through NOTIFY/LISTEN (each
 * app's bus is its own; nothing in this process joins them). On PGlite the one process delivers
 * its own changes.
 */
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../src/db/database.ts';
import { buildApp } from '../src/http/app.ts';
import type { PlaceChange } from '../src/placements/live.ts';
import { dutchDay } from './helpers/dutch-day.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';
import { waitFor } from './helpers/wait-for.ts';

const closers: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const close of closers.reverse()) await close();
});

async function listening(app: TestApp['app']): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

/** Logs in through the demo login over real HTTP and returns the session's cookie header. */
async function sessionCookie(baseUrl: string, userId: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [name, ...value] = (pair ?? '').split('=');
      if (name) jar.set(name.trim(), value.join('='));
    }
  };
  const header = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const login = await fetch(`${baseUrl}/api/auth/demo-login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: header() },
    body: JSON.stringify({ userId }),
  });
  expect(login.status).toBe(200);
  keep(login);
  return header();
}

/** Opens the events stream and collects every `places` event until closed. */
async function subscribe(baseUrl: string, cookie: string) {
  const abort = new AbortController();
  const received: PlaceChange[] = [];
  const res = await fetch(`${baseUrl}/api/placements/events`, { headers: { cookie }, signal: abort.signal });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/event-stream');
  // The stream takes the raw response over; it still carries the security headers and request id.
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
  expect(res.headers.get('x-request-id')).toEqual(expect.any(String));
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const reading = (async () => {
    for (;;) {
      const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const event = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = /^event: places\ndata: (.*)$/m.exec(event)?.[1];
        if (data) received.push(...(JSON.parse(data) as PlaceChange[]));
        end = buffer.indexOf('\n\n');
      }
    }
  })();
  return {
    received,
    async close() {
      abort.abort();
      await reading;
    },
  };
}

async function publishThrough(t: TestApp): Promise<string> {
  const fatima = t.client();
  expect((await fatima.loginAs('u-fatima')).statusCode).toBe(200);
  const res = await fatima.request({
    method: 'POST',
    url: '/api/provider/places',
    payload: {
      placeType: 'foster_network',
      minAge: 0,
      maxAge: 12,
      postcode: '2152',
      region: 'Haarlemmermeer',
      availableFrom: dutchDay(0),
      availableUntil: null,
      places: 2,
      notes: '',
    },
  });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

const delivered = (events: { received: PlaceChange[] }, placeId: string) =>
  waitFor(() => events.received.find((c) => c.placeId === placeId), {
    what: `the change of ${placeId} on the events stream`,
    timeoutMs: 60_000,
  });

describe('live availability', () => {
  it.runIf(process.env.DATABASE_URL)(
    'on PostgreSQL: a change written through one process reaches the events of another',
    async () => {
      const writer = await createTestApp();
      closers.push(() => writer.close());
      // The second "process": its own pools and its own LISTEN connection on the same database.
      const database = await openPostgres(writer.url as string);
      const reader = await buildApp({ config: writer.config, database, logger: false });
      closers.push(async () => {
        await reader.close();
        await database.close();
      });
      await reader.ready();
      const readerUrl = await listening(reader);
      const events = await subscribe(readerUrl, await sessionCookie(readerUrl, 'u-sanne'));
      closers.push(() => events.close());

      const placeId = await publishThrough(writer);
      expect(await delivered(events, placeId)).toEqual({ placeId, free: 2 });
    },
  );

  it.skipIf(process.env.DATABASE_URL)('on PGlite: the one process delivers its own changes', async () => {
    const t = await createTestApp();
    closers.push(() => t.close());
    const url = await listening(t.app);
    const events = await subscribe(url, await sessionCookie(url, 'u-sanne'));
    closers.push(() => events.close());
    const placeId = await publishThrough(t);
    expect(await delivered(events, placeId)).toEqual({ placeId, free: 2 });
  });
});
