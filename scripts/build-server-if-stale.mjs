#!/usr/bin/env node
// `npm start` runs the server compiled ahead (apps/server/dist/main.js, one ES module bundled by
// esbuild) instead of transpiling TypeScript at every start; it rebuilds only when an input changed
// (a hash stamp, as for the web app). `npm run dev` still runs the sources through tsx.
// --force builds anyway.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readStamp, sourceHash } from './source-hash.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'apps/server/dist');
const stampFile = join(dist, '.source-hash');
const WORKER_BUNDLE = 'ijw-validation-worker.js';
const FIRST_START_BUNDLE = 'first-start-worker.js';
/** Where the embedded database template lies: `defaultTemplateDir` of apps/server/src/db/pglite-template.ts. */
export const TEMPLATE_DIR = join(root, 'node_modules/.cache/een-plan/pglite-template');
const inputs = [
  'apps/server/src',
  'apps/server/package.json',
  // Not in the bundle, but the embedded database template is made from them (decision 0042).
  'apps/server/drizzle',
  'packages/ijw/src',
  'packages/ijw/package.json',
  'packages/contracts/src',
  'packages/contracts/package.json',
  'package-lock.json',
  'tsconfig.base.json',
  'scripts/build-server-if-stale.mjs',
  'scripts/source-hash.mjs',
];

/**
 * Modules find files beside their sources through import.meta.url (migrations, the web build, the
 * iJw schemas). In one bundle that URL would be the bundle's: each use is rewritten to the source
 * file's URL, relative to the bundle, so the paths stay right wherever the checkout lives.
 */
const sourceUrls = (outDir) => ({
  name: 'source-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      const contents = readFileSync(args.path, 'utf8');
      if (!contents.includes('import.meta.url')) return undefined;
      const fromDist = relative(outDir, args.path).split('\\').join('/');
      const url = `new URL(${JSON.stringify(fromDist)}, import.meta.url).href`;
      return { contents: contents.replaceAll('import.meta.url', url), loader: 'ts' };
    });
  },
});

/** npm packages stay in node_modules; only our own workspace packages (TypeScript) are bundled. */
const externalPackages = {
  name: 'external-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@een-plan/') ? undefined : { path: args.path, external: true },
    );
  },
};

/** Builds the server (and the iJw validation worker) into `outDir`, apps/server/dist by default. */
export async function buildServer(outDir = dist) {
  // Loaded only to build: the up-to-date check stays cheap.
  const { build } = await import('esbuild');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const common = {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    keepNames: true,
    logLevel: 'warning',
    plugins: [sourceUrls(outDir), externalPackages],
  };
  // The iJw validation worker runs in threads of its own: bundled too, so no thread transpiles.
  await build({
    ...common,
    entryPoints: [join(root, 'packages/ijw/src/validate/worker.ts')],
    outfile: join(outDir, WORKER_BUNDLE),
  });
  // The first start on an empty data directory runs in a process of its own (decision 0036).
  // Its demo story validates iJw messages too: with the bundled worker, not one transpiled by tsx.
  await build({
    ...common,
    entryPoints: [join(root, 'apps/server/src/demo/first-start-worker.ts')],
    outfile: join(outDir, FIRST_START_BUNDLE),
    define: { IJW_WORKER_BUNDLE: JSON.stringify(WORKER_BUNDLE) },
  });
  // Split: what main.ts imports dynamically (the background jobs with pg-boss and nodemailer,
  // started after listening) becomes a chunk beside main.js, loaded only then (decision 0036).
  await build({
    ...common,
    entryPoints: { main: join(root, 'apps/server/src/main.ts') },
    outdir: outDir,
    splitting: true,
    chunkNames: 'chunk-[hash]',
    define: {
      IJW_WORKER_BUNDLE: JSON.stringify(WORKER_BUNDLE),
      FIRST_START_WORKER_BUNDLE: JSON.stringify(FIRST_START_BUNDLE),
    },
  });
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const current = sourceHash(root, inputs);
  const built = readStamp(stampFile) !== current || process.argv.includes('--force');
  if (!built) {
    console.log('Server is up to date: build skipped.');
  } else {
    const began = Date.now();
    await buildServer();
    writeFileSync(stampFile, `${current}\n`);
    console.log(`Server built in ${((Date.now() - began) / 1000).toFixed(1)} s (apps/server/dist).`);
  }
  // The migrated, empty embedded database that a first start copies instead of running initdb and
  // the migrations (decision 0042). After every build: the worker remakes it only when the PGlite
  // version or a migration changed (both are inputs of the build); otherwise it only
  // checks that it is current. A failure costs only speed: the first start then does it all itself.
  if (built || !existsSync(TEMPLATE_DIR)) {
    const began = Date.now();
    const made = spawnSync(process.execPath, [join(dist, FIRST_START_BUNDLE), '--template'], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (made.status === 0) {
      console.log(`Embedded database template checked in ${((Date.now() - began) / 1000).toFixed(1)} s.`);
    } else {
      console.warn(
        'Could not make the embedded database template: a first start creates the database itself.',
      );
    }
  }
}
