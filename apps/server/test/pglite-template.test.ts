import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TEMPLATE_DIR } from '../../../scripts/build-server-if-stale.mjs';
import { openDatabase } from '../src/db/open.ts';
import {
  copyPgliteTemplate,
  defaultTemplateDir,
  makePgliteTemplate,
  templateKey,
} from '../src/db/pglite-template.ts';

const root = mkdtempSync(join(tmpdir(), 'een-plan-template-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const template = join(root, 'template');
const journal = JSON.parse(
  readFileSync(new URL('../drizzle/meta/_journal.json', import.meta.url), 'utf8'),
) as { entries: unknown[] };

describe('the embedded database template (decision 0042)', () => {
  it('is made once per key, and a first start copies it with every migration applied', async () => {
    expect(await makePgliteTemplate(template)).toBe(true);
    expect(await makePgliteTemplate(template)).toBe(false);

    const dataDir = join(root, 'data');
    mkdirSync(join(dataDir, 'pglite'), { recursive: true }); // an empty directory is replaced
    expect(copyPgliteTemplate(join(dataDir, 'pglite'), template)).toBe(true);
    expect(existsSync(join(dataDir, 'pglite', 'PG_VERSION'))).toBe(true);
    expect(existsSync(join(dataDir, 'pglite', 'een-plan-template.key'))).toBe(false);
    // A directory that holds a database is never overwritten.
    expect(copyPgliteTemplate(join(dataDir, 'pglite'), template)).toBe(false);

    const database = await openDatabase({ dataDir, databaseUrl: undefined });
    try {
      const [applied] = await database.ownerQuery<{ n: number }>(
        'select count(*)::int as n from drizzle.__drizzle_migrations',
      );
      expect(applied?.n).toBe(journal.entries.length);
      const [tenants] = await database.ownerQuery<{ n: number }>('select count(*)::int as n from tenant');
      expect(tenants?.n).toBe(0);
    } finally {
      await database.close();
    }
  }, 300_000);

  it('is not used when it was made from other migrations or another PGlite', () => {
    writeFileSync(join(template, 'een-plan-template.key'), 'made from other migrations');
    expect(copyPgliteTemplate(join(root, 'other', 'pglite'), template)).toBe(false);
    expect(existsSync(join(root, 'other', 'pglite'))).toBe(false);
  });

  it('keys on the migration files', () => {
    const migrations = join(root, 'migrations');
    mkdirSync(migrations);
    writeFileSync(join(migrations, '0000_a.sql'), 'create table a (id int);');
    const before = templateKey(migrations);
    writeFileSync(join(migrations, '0000_a.sql'), 'create table a (id bigint);');
    expect(templateKey(migrations)).not.toBe(before);
  });

  it('lies where the build makes it', () => {
    expect(defaultTemplateDir).toBe(TEMPLATE_DIR);
  });
});
