import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';

/** Another live process has the embedded database's data directory open. */
export class DataDirInUse extends Error {}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Claims the embedded database's directory for this process, or throws DataDirInUse. PGlite has no
 * lock of its own: a second server on the same directory (a forgotten one, a second `npm start`)
 * writes the same files at the same time and leaves a database that no longer opens. A lock left by
 * a process that is gone (a crash, kill -9) is taken over. Returns the release.
 */
export function lockDataDir(dir: string): () => void {
  // Beside the directory, not in it: PGlite's initdb wants an empty directory.
  const file = `${dir}.pid`;
  const mine = String(process.pid);
  for (;;) {
    try {
      writeFileSync(file, mine, { flag: 'wx' });
      return () => {
        try {
          if (readFileSync(file, 'utf8') === mine) unlinkSync(file);
        } catch {
          // Already gone: nothing to release.
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number.parseInt(readFileSync(file, 'utf8'), 10);
    if (holder > 0 && holder !== process.pid && isAlive(holder)) {
      throw new DataDirInUse(
        `the data directory ${dir} is in use by process ${holder} (another Eén Plan server?). Stop that one first; if none runs, remove ${file}.`,
      );
    }
    unlinkSync(file);
  }
}
