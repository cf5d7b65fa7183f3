#!/usr/bin/env node
// `npm start` builds the web app only when its sources changed since the last build: a warm start
// then costs no Vite run. The stamp holds a hash of every input of the build.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readStamp, sourceHash } from './source-hash.mjs';

const checkout = fileURLToPath(new URL('..', import.meta.url));
const inputs = [
  'apps/web/src',
  'apps/web/public',
  'apps/web/build',
  'apps/web/index.html',
  'apps/web/vite.config.ts',
  'apps/web/package.json',
  'apps/web/tsconfig.json',
  'packages/contracts/src',
  'package-lock.json',
];

export function webSourceHash(root = checkout) {
  return sourceHash(root, inputs);
}

/** The web build of `root` exists and was made from the sources as they are now. */
export function webBuildUpToDate(root = checkout) {
  const dist = join(root, 'apps/web/dist');
  return (
    readStamp(join(dist, '.source-hash')) === webSourceHash(root) && existsSync(join(dist, 'index.html'))
  );
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  if (webBuildUpToDate() && !process.argv.includes('--force')) {
    console.log('Web app is up to date: build skipped (npm run build:web builds it anyway).');
    process.exit(0);
  }
  const current = webSourceHash();
  const result = spawnSync('npm', ['run', 'build', '-w', '@een-plan/web'], {
    cwd: checkout,
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(join(checkout, 'apps/web/dist/.source-hash'), `${current}\n`);
}
