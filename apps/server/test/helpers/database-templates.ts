import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitFor } from './wait-for.ts';

/** `plain`: migrated, empty. `demo`: migrated with the demo story loaded. */
type TemplateName = 'plain' | 'demo';

/** What the global set-up gives every test file (vitest `provide` / `inject`). */
export interface DatabaseTemplates {
  /** Folder in which each template is announced as `<name>.json` once it is built. */
  dir: string;
  /** The key the demo data's encrypted fields were written with; test apps must use it too. */
  dataEncryptionKey: string;
}

/** Where a built template lives: a PGlite data-dir dump, or a database on the PostgreSQL server. */
export type BuiltTemplate = { kind: 'pglite'; dumpFile: string } | { kind: 'postgres'; database: string };

declare module 'vitest' {
  export interface ProvidedContext {
    databaseTemplates: DatabaseTemplates;
  }
}

const FAILURE_FILE = 'failed.txt';

/** Written with a rename, so a reader never sees half a file. */
function writeAtomically(path: string, content: string | Buffer): void {
  writeFileSync(`${path}.partial`, content);
  renameSync(`${path}.partial`, path);
}

export function announceTemplate(dir: string, name: TemplateName, template: BuiltTemplate): void {
  writeAtomically(join(dir, `${name}.json`), JSON.stringify(template));
}

export function announceFailure(dir: string, error: unknown): void {
  writeAtomically(
    join(dir, FAILURE_FILE),
    error instanceof Error ? (error.stack ?? error.message) : String(error),
  );
}

export async function writeDump(dir: string, name: TemplateName, dump: Blob): Promise<string> {
  const file = join(dir, `${name}.tar`);
  writeAtomically(file, Buffer.from(await dump.arrayBuffer()));
  return file;
}

/**
 * The template once the global set-up has built it. It is built while the first files start, so
 * files without a database never wait; the limit is far above any build time and only catches a
 * set-up that died without saying so.
 */
export function awaitTemplate(templates: DatabaseTemplates, name: TemplateName): Promise<BuiltTemplate> {
  const announced = join(templates.dir, `${name}.json`);
  const failed = join(templates.dir, FAILURE_FILE);
  return waitFor(
    () => {
      if (existsSync(announced)) return JSON.parse(readFileSync(announced, 'utf8')) as BuiltTemplate;
      if (existsSync(failed)) {
        throw new Error(`building the ${name} database template failed:\n${readFileSync(failed, 'utf8')}`);
      }
      return undefined;
    },
    { what: `the ${name} database template`, timeoutMs: 600_000, intervalMs: 100 },
  );
}
