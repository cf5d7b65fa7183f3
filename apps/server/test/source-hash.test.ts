import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readStamp, sourceHash } from '../../../scripts/source-hash.mjs';

// `npm start` rebuilds the web app and the server only when this hash of their inputs changed.
let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'een-plan-hash-'));
  mkdirSync(join(root, 'src/db'), { recursive: true });
  writeFileSync(join(root, 'src/main.ts'), 'export const a = 1;\n');
  writeFileSync(join(root, 'src/db/open.ts'), 'export const b = 2;\n');
  writeFileSync(join(root, 'package.json'), '{}\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('source hash of a build', () => {
  it('stays the same while nothing changed, and ignores tests', () => {
    const before = sourceHash(root, ['src', 'package.json']);
    expect(sourceHash(root, ['src', 'package.json'])).toBe(before);
    writeFileSync(join(root, 'src/main.test.ts'), 'it("x", () => {});\n');
    expect(sourceHash(root, ['src', 'package.json'])).toBe(before);
  });

  it('changes with a changed, added, renamed or removed source and with a changed input file', () => {
    const inputs = ['src', 'package.json'];
    const seen = new Set([sourceHash(root, inputs)]);
    writeFileSync(join(root, 'src/main.ts'), 'export const a = 2;\n');
    seen.add(sourceHash(root, inputs));
    writeFileSync(join(root, 'src/db/extra.ts'), '\n');
    seen.add(sourceHash(root, inputs));
    rmSync(join(root, 'src/db/extra.ts'));
    writeFileSync(join(root, 'src/db/other.ts'), '\n');
    seen.add(sourceHash(root, inputs));
    rmSync(join(root, 'src/db/other.ts'));
    writeFileSync(join(root, 'package.json'), '{"x":1}\n');
    seen.add(sourceHash(root, inputs));
    expect(seen.size).toBe(5);
  });

  it('reads the stamp a build left, or none', () => {
    expect(readStamp(join(root, 'missing'))).toBeNull();
    writeFileSync(join(root, '.source-hash'), 'abc\n');
    expect(readStamp(join(root, '.source-hash'))).toBe('abc');
  });
});
