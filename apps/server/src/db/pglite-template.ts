/**
 * A new, migrated and still empty embedded database, made once per build (decision 0042) and
 * copied into an empty data directory on its first start. PGlite's initdb (a second PostgreSQL
 * and an initdb program in WebAssembly) and the ~50 migrations cost a first start some 10 s of
 * CPU; copying their result costs a fraction of a second. Never committed: `npm start` makes it
 * beside node_modules when the server is built (scripts/build-server-if-stale.mjs).
 *
 * The template is used only when its stamp equals the key of what made it: the PGlite version (its
 * data directory format, its initdb) and every migration file. Anything else and the first start
 * runs initdb and the migrations itself, as before. Either way the server runs the migrator after
 * the copy, so a migration the template lacks is still applied.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPglite } from './database.ts';
import { migrateDatabase, migrationsFolder } from './migrate.ts';

export const defaultTemplateDir = fileURLToPath(
  new URL('../../../../node_modules/.cache/een-plan/pglite-template', import.meta.url),
);
const STAMP = 'een-plan-template.key';

function pgliteVersion(): string {
  const entry = fileURLToPath(import.meta.resolve('@electric-sql/pglite'));
  const manifest = join(dirname(entry), '..', 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/** What a template must have been made from: the PGlite version and every migration file. */
export function templateKey(migrations = migrationsFolder): string {
  const hash = createHash('sha256').update(`pglite ${pgliteVersion()}\0`);
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
  for (const file of files(migrations)) {
    hash.update(file.slice(migrations.length)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function isCurrent(templateDir: string, key: string): boolean {
  const stamp = join(templateDir, STAMP);
  return existsSync(stamp) && readFileSync(stamp, 'utf8') === key;
}

/**
 * Makes the template unless the one there is current. Built beside it and renamed into place, so a
 * build that stops half way leaves no template that looks complete. True when one was made.
 */
export async function makePgliteTemplate(templateDir = defaultTemplateDir): Promise<boolean> {
  const key = templateKey();
  if (isCurrent(templateDir, key)) return false;
  const building = `${templateDir}.building-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  const database = await openPglite(building);
  try {
    await migrateDatabase(database);
  } finally {
    await database.close();
  }
  writeFileSync(join(building, STAMP), key);
  rmSync(templateDir, { recursive: true, force: true });
  renameSync(building, templateDir);
  return true;
}

/**
 * Copies a current template to `pgliteDir` (which must not hold a database yet). Copied beside it
 * and renamed, so an interrupted copy never looks like a database. False when there is no current
 * template or the directory is taken: the caller then creates the database itself.
 */
export function copyPgliteTemplate(pgliteDir: string, templateDir = defaultTemplateDir): boolean {
  if (!isCurrent(templateDir, templateKey())) return false;
  const copying = `${pgliteDir}.copying-${process.pid}`;
  rmSync(copying, { recursive: true, force: true });
  try {
    // No fsync, as PGlite itself: its Node file system never syncs (the OS writes the pages back).
    copyTree(templateDir, copying);
    rmSync(join(copying, STAMP), { force: true });
    // Replaces an empty directory; one with anything in it is refused (ENOTEMPTY).
    renameSync(copying, pgliteDir);
    return true;
  } catch {
    rmSync(copying, { recursive: true, force: true });
    return false;
  }
}

/**
 * Copies a directory tree to a path that does not exist yet. Node's `cpSync` stats and checks each
 * of the template's ~1,400 files from JavaScript: 0.3–0.6 s of CPU on the 2-core machine, against
 * under 0.1 s for the system's `cp -R` (measured 30 November 2026). Without one (Windows), or if it
 * fails, `cpSync`.
 */
function copyTree(from: string, to: string): void {
  if (process.platform !== 'win32') {
    if (spawnSync('cp', ['-R', from, to], { stdio: 'ignore' }).status === 0) return;
    rmSync(to, { recursive: true, force: true });
  }
  cpSync(from, to, { recursive: true });
}
