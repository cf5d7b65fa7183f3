import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLicences } from '../../../scripts/check-licences.mjs';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const fixtures: string[] = [];

/** A tiny repository: one runtime workspace and the given packages installed in node_modules. */
function fixtureRepo(packages: Record<string, { manifest: object; licenceText?: string }>) {
  const root = mkdtempSync(join(tmpdir(), 'licences-'));
  fixtures.push(root);
  const write = (path: string, content: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  };
  write('package.json', JSON.stringify({ name: 'repo', license: 'EUPL-1.2', engines: { node: '>=20.19' } }));
  const dependencies = Object.fromEntries(Object.keys(packages).map((name) => [name, '*']));
  write('apps/server/package.json', JSON.stringify({ name: 'server', dependencies }));
  for (const [name, { manifest, licenceText }] of Object.entries(packages)) {
    write(`node_modules/${name}/package.json`, JSON.stringify({ name, version: '1.0.0', ...manifest }));
    if (licenceText) write(`node_modules/${name}/LICENSE.md`, licenceText);
  }
  return root;
}

afterAll(() => {
  for (const root of fixtures) rmSync(root, { recursive: true, force: true });
});

describe('runtime licence check', () => {
  it('fails on a package whose licence file is proprietary', () => {
    const root = fixtureRepo({
      open: { manifest: { license: '(MIT OR Apache-2.0)' } },
      brand: {
        manifest: { license: 'SEE LICENSE IN LICENSE.md' },
        licenceText: 'These assets are property of a municipality. The open source license does NOT apply.',
      },
    });
    const report = checkLicences(root, { workspaces: ['apps/server'], exceptions: {} });
    expect(report.problems).toEqual([expect.objectContaining({ package: 'brand@1.0.0', kind: 'licence' })]);
  });

  it('reads the licence file when package.json names none, and judges SPDX expressions', () => {
    const root = fixtureRepo({
      'from-file': { manifest: {}, licenceText: 'EUROPEAN UNION PUBLIC LICENCE v. 1.2\n…' },
      both: { manifest: { license: 'MIT AND BSD-3-Clause' } },
      'one-closed': { manifest: { license: 'MIT AND LicenseRef-Proprietary' } },
      either: { manifest: { license: '(LicenseRef-Proprietary OR ISC)' } },
    });
    const report = checkLicences(root, { workspaces: ['apps/server'], exceptions: {} });
    expect(report.problems.map((p) => p.package)).toEqual(['one-closed@1.0.0']);
  });

  it('flags a package that does not support the lowest Node version the project promises', () => {
    const root = fixtureRepo({
      old: { manifest: { license: 'MIT', engines: { node: '^20.19.0 || >=22.12.0' } } },
      'node-22': { manifest: { license: 'MIT', engines: { node: '>=22' } } },
    });
    const report = checkLicences(root, { workspaces: ['apps/server'], exceptions: {} });
    expect(report.problems).toEqual([expect.objectContaining({ package: 'node-22@1.0.0', kind: 'engine' })]);
  });

  it('fails on an exception for a package that is no longer in the tree', () => {
    const root = fixtureRepo({ open: { manifest: { license: 'MIT' } } });
    const report = checkLicences(root, { workspaces: ['apps/server'], exceptions: { gone: 'reason' } });
    expect(report.problems).toEqual([expect.objectContaining({ package: 'gone', kind: 'stale-exception' })]);
  });

  it('passes on the installed runtime tree of server and web', () => {
    const report = checkLicences(repoRoot);
    expect(report.checked).toBeGreaterThan(50);
    expect(report.problems).toEqual([]);
  });
});
