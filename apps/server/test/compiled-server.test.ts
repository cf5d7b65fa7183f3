import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../../scripts/build-server-if-stale.mjs';

/**
 * `npm start` runs the server bundled ahead; the iJw validation worker is bundled beside it, so a
 * worker thread starts without transpiling TypeScript (no tsx in the thread).
 */
// Inside the checkout (node_modules/.cache is ignored by git): the bundle finds its npm packages
// by walking up from where it lies, as apps/server/dist does.
const cache = fileURLToPath(new URL('../node_modules/.cache/', import.meta.url));
mkdirSync(cache, { recursive: true });
const out = mkdtempSync(join(cache, 'een-plan-build-'));
const workerEntry = fileURLToPath(
  new URL('../../../packages/ijw/src/validate/worker-entry.mjs', import.meta.url),
);
const jw301 = fileURLToPath(
  new URL('../../../packages/ijw/test/fixtures/voorbeelden/JW301.xml', import.meta.url),
);

afterAll(() => rmSync(out, { recursive: true, force: true }));

function validateIn(workerModule: string, xml: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerEntry, { workerData: { entry: pathToFileURL(workerModule).href } });
    worker.on('error', reject);
    worker.on('message', (message: { ready?: true; report?: unknown; error?: string }) => {
      if (message.ready) {
        worker.postMessage({ id: 1, xml, options: {} });
        return;
      }
      void worker.terminate();
      if (message.error) reject(new Error(message.error));
      else resolve(message.report);
    });
  });
}

describe('the compiled server', () => {
  it('bundles the iJw validation worker, and the server starts its threads from that bundle', async () => {
    await buildServer(out);
    // main.js and its chunks (code it shares with what it loads later, such as the jobs).
    const server = readdirSync(out)
      .filter((f) => f.endsWith('.js') && f !== 'ijw-validation-worker.js' && f !== 'first-start-worker.js')
      .map((f) => readFileSync(join(out, f), 'utf8'))
      .join('\n');
    // The pool's choice of worker module is fixed at build time to the bundle beside main.js.
    expect(server).toMatch(
      /var workerModule = true \? pathToFileURL\(join\d*\(import\.meta\.dirname, "ijw-validation-worker\.js"\)\)/,
    );
    // What start-up loads: main.js and what it imports, statically or dynamically (the HTTP side
    // loads while the database opens), chunks included, except the chunk of the background jobs
    // (pg-boss, nodemailer), imported after listening. pdfkit loads on the first PDF (decision 0036).
    const read = (file: string) => readFileSync(join(out, file), 'utf8');
    const jobsChunk = readdirSync(out).find((f) => f.endsWith('.js') && /function startJobs\(/.test(read(f)));
    expect(jobsChunk).toMatch(/^chunk-/);
    const loadedAtStart = new Set<string>();
    const visit = (file: string) => {
      for (const [, spec] of read(file).matchAll(/(?:^import[^;]*?from |\bimport\()"([^"]+)"/gm)) {
        if (!spec || loadedAtStart.has(spec) || spec === `./${jobsChunk}`) continue;
        loadedAtStart.add(spec);
        if (spec.startsWith('./')) visit(spec.slice(2));
      }
    };
    visit('main.js');
    expect(loadedAtStart).toContain('fastify');
    // The first start on an empty data directory runs this bundle in a child process (decision 0036).
    expect(server).toMatch(/join\d*\(import\.meta\.dirname, "first-start-worker\.js"\)/);
    expect(loadedAtStart).not.toContain('./first-start-worker.js');
    for (const lazy of ['pg-boss', 'nodemailer', 'pdfkit']) expect(loadedAtStart).not.toContain(lazy);
    const report = await validateIn(join(out, 'ijw-validation-worker.js'), readFileSync(jw301, 'utf8'));
    expect(report).toMatchObject({
      valid: true,
      messageType: 'JW301',
      rules: { checked: true, valid: true },
    });
    // Nothing in the worker bundle loads TypeScript at run time.
    expect(readFileSync(join(out, 'ijw-validation-worker.js'), 'utf8')).not.toMatch(
      /from ["']tsx|import\(["']tsx/,
    );
  }, 600_000);
});
