import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConditionalOnlyExpects } from './hygiene/conditional-expects.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const TEST_DIRS = [
  'apps/server/test',
  'apps/server/src',
  'apps/web/src',
  'apps/web/test',
  'packages',
  'bench',
];

function testFiles(dir: string): string[] {
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : testFiles(path);
    return /\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

describe('test hygiene', () => {
  it('finds a test whose only expect is behind an if or in a catch', () => {
    const sample = `
      it('checks only sometimes', () => {
        if (value) expect(value).toBe(1);
      });
      it('checks only when it throws', () => {
        try { run(); } catch (e) { expect(e).toBeDefined(); }
      });
      it('checks always, and more in one branch', () => {
        expect(value).toBeDefined();
        if (value) expect(value).toBe(1);
      });
      it.each([1])('checks only after &&', (n) => { n > 0 && expect(n).toBe(1); });
    `;
    expect(findConditionalOnlyExpects('sample.test.ts', sample).map((f) => f.title)).toEqual([
      'checks only sometimes',
      'checks only when it throws',
      'checks only after &&',
    ]);
  });

  it('no test in the repository checks only inside a condition or a catch', () => {
    const files = TEST_DIRS.flatMap((d) => testFiles(join(ROOT, d)));
    expect(files.length).toBeGreaterThan(20);
    const findings = files.flatMap((file) =>
      findConditionalOnlyExpects(relative(ROOT, file), readFileSync(file, 'utf8')),
    );
    expect(findings).toEqual([]);
  });
});
