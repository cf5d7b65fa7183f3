import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirInUse, lockDataDir } from '../src/db/data-dir-lock.ts';
import { openPglite } from '../src/db/database.ts';

const root = mkdtempSync(join(tmpdir(), 'een-plan-lock-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(root, { recursive: true, force: true });
});

/** A live process that is not this one, standing in for another server. */
function otherProcess(): ChildProcess {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  children.push(child);
  return child;
}

describe('the embedded database directory is one server’s at a time', () => {
  it('refuses a directory another live process holds, naming it, and takes over one whose holder is gone', async () => {
    const dir = join(root, 'taken');
    const other = otherProcess();
    writeFileSync(`${dir}.pid`, String(other.pid));
    expect(() => lockDataDir(dir)).toThrow(DataDirInUse);
    expect(() => lockDataDir(dir)).toThrow(new RegExp(`in use by process ${other.pid}`));

    const exited = new Promise((r) => other.once('exit', r));
    other.kill('SIGKILL');
    await exited;
    const release = lockDataDir(dir);
    expect(readFileSync(`${dir}.pid`, 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(`${dir}.pid`)).toBe(false);
  });

  it('holds the directory while the database is open and lets it go on close', async () => {
    const dir = join(root, 'pglite');
    const database = await openPglite(dir);
    try {
      expect(readFileSync(`${dir}.pid`, 'utf8')).toBe(String(process.pid));
    } finally {
      await database.close();
    }
    expect(existsSync(`${dir}.pid`)).toBe(false);
    // And the same directory opens again afterwards.
    const again = await openPglite(dir);
    await again.close();
  });
});
