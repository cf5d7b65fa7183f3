import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HASHED_ASSET_CACHE, PAGE_CACHE, registerWebApp } from '../src/http/web-app.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

/** A build as Vite and the precompress plugin leave it: hashed assets with .br and .gz copies. */
function fakeBuild(): string {
  const root = mkdtempSync(join(tmpdir(), 'een-plan-web-'));
  mkdirSync(join(root, 'assets'));
  const script = `console.log(${JSON.stringify('x'.repeat(5000))});`;
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><script type="module" src="/assets/index-abc123.js"></script>',
  );
  writeFileSync(join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(root, 'assets/index-abc123.js'), script);
  writeFileSync(join(root, 'assets/index-abc123.js.br'), brotliCompressSync(script));
  writeFileSync(join(root, 'assets/index-abc123.js.gz'), gzipSync(script));
  return root;
}

describe('serving the web app', () => {
  let root: string;
  let app: FastifyInstance;
  beforeAll(async () => {
    root = fakeBuild();
    app = Fastify();
    await registerWebApp(app, root);
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('sends hashed assets Brotli-compressed to a browser that accepts it, cached for a year', async () => {
    const res = await app.inject({
      url: '/assets/index-abc123.js',
      headers: { 'accept-encoding': 'gzip, br' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe(HASHED_ASSET_CACHE);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(res.rawPayload).toString()).toContain('console.log');
  });

  it('sends gzip when the browser accepts only gzip, and the plain file to one that accepts neither', async () => {
    const gz = await app.inject({ url: '/assets/index-abc123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toContain('console.log');
    const plain = await app.inject({
      url: '/assets/index-abc123.js',
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toContain('console.log');
    expect(plain.headers['cache-control']).toBe(HASHED_ASSET_CACHE);
  });

  it('revalidates the page itself on every load, for every client-side route', async () => {
    for (const url of ['/', '/index.html', '/werkruimte/huishoudens/h-1']) {
      const res = await app.inject({ url, headers: { 'accept-encoding': 'br' } });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.headers['cache-control'], url).toBe(PAGE_CACHE);
    }
  });

  it('answers an unknown asset with 404, never with the page as JavaScript', async () => {
    const res = await app.inject({ url: '/assets/index-old999.js' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('caches other files (not hashed) briefly', async () => {
    const res = await app.inject({ url: '/favicon.svg' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toMatch(/max-age=3600/);
  });
});

describe('HSTS', () => {
  let overHttp: TestApp;
  let overHttps: TestApp;
  beforeAll(async () => {
    [overHttp, overHttps] = await Promise.all([
      createTestApp({ PUBLIC_URL: 'http://localhost:3000' }, { demoData: false }),
      createTestApp({ PUBLIC_URL: 'https://een-plan.example.nl' }, { demoData: false }),
    ]);
  }, 180_000);
  afterAll(async () => {
    await overHttp?.close();
    await overHttps?.close();
  });

  it('is not sent when the public URL is plain http', async () => {
    const res = await overHttp.app.inject({ url: '/api/auth/csrf' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('is sent when the public URL is https', async () => {
    const res = await overHttps.app.inject({ url: '/api/auth/csrf' });
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
  });
});
