import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { webBuildUpToDate, webSourceHash } from '../../../scripts/build-web-if-stale.mjs';

// `npm start` runs scripts/build-web-if-stale.mjs first: a warm start must not run Vite again.
const scripts = fileURLToPath(new URL('../../../scripts/', import.meta.url));
let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'een-plan-web-stale-'));
  mkdirSync(join(root, 'apps/web/src'), { recursive: true });
  mkdirSync(join(root, 'scripts'));
  writeFileSync(join(root, 'apps/web/src/main.tsx'), 'export const a = 1;\n');
  writeFileSync(join(root, 'apps/web/index.html'), '<!doctype html>\n');
  writeFileSync(join(root, 'package-lock.json'), '{}\n');
  for (const f of ['build-web-if-stale.mjs', 'source-hash.mjs'])
    copyFileSync(join(scripts, f), join(root, 'scripts', f));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A web build as the script leaves it: index.html and the stamp of the sources it was made from. */
function built() {
  mkdirSync(join(root, 'apps/web/dist'), { recursive: true });
  writeFileSync(join(root, 'apps/web/dist/index.html'), '<!doctype html>\n');
  writeFileSync(join(root, 'apps/web/dist/.source-hash'), `${webSourceHash(root)}\n`);
}

const runScript = () =>
  spawnSync(process.execPath, [join(root, 'scripts/build-web-if-stale.mjs')], {
    cwd: root,
    encoding: 'utf8',
  });

describe('npm start and the web build', () => {
  it('skips the build while the sources are unchanged, and says so', () => {
    expect(webBuildUpToDate(root)).toBe(false);
    built();
    expect(webBuildUpToDate(root)).toBe(true);
    const run = runScript();
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Web app is up to date: build skipped');
    expect(run.stderr).toBe('');
  });

  it('builds again after a source changed or the build went missing', () => {
    built();
    writeFileSync(join(root, 'apps/web/src/main.tsx'), 'export const a = 2;\n');
    expect(webBuildUpToDate(root)).toBe(false);
    built();
    rmSync(join(root, 'apps/web/dist/index.html'));
    expect(webBuildUpToDate(root)).toBe(false);
    // Stale: the script runs the workspace's build (none in this bare checkout, so it fails)
    // and leaves no stamp of a build that did not happen.
    writeFileSync(join(root, 'apps/web/dist/.source-hash'), 'old\n');
    const run = runScript();
    expect(run.status).not.toBe(0);
    expect(run.stdout).not.toContain('up to date');
  });
});
