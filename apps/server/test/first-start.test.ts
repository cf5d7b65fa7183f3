import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { configureDataEncryption, decryptText } from '../src/crypto/data-encryption.ts';
import { openDatabase } from '../src/db/open.ts';
import { prepareNewDataDir } from '../src/demo/first-start.ts';

const root = mkdtempSync(join(tmpdir(), 'een-plan-first-start-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the first start on an empty data directory (decision 0036)', () => {
  it('creates, migrates and fills the database in a child process, with the server’s key', async () => {
    const dataDir = join(root, 'data');
    const dataEncryptionKey = randomBytes(32).toString('base64');
    const config = {
      dataDir,
      dataEncryptionKey,
      demoData: true,
      ijwDeliveryUrl: undefined,
      databaseUrl: undefined,
    };
    expect(await prepareNewDataDir(config)).toBe(true);
    // The child has let go of the directory: the server can take it.
    expect(existsSync(join(dataDir, 'pglite.pid'))).toBe(false);
    // Only an empty directory: the next start opens what is there.
    expect(await prepareNewDataDir(config)).toBe(false);

    const database = await openDatabase({ dataDir, databaseUrl: undefined });
    try {
      const [worry] = await database.ownerQuery<{ worry_text: string }>(
        `select worry_text from referral where worry_text is not null order by id limit 1`,
      );
      // Written with the key passed over IPC: readable with the same key in this process.
      configureDataEncryption(dataEncryptionKey);
      expect(decryptText(worry?.worry_text ?? '')).toMatch(/\w{3}/);
      const [users] = await database.ownerQuery<{ n: number }>('select count(*)::int as n from app_user');
      expect(users?.n).toBeGreaterThan(0);
      // The demo story's planner statistics came along (ANALYZE ran in the child).
      const [person] = await database.ownerQuery<{ reltuples: number }>(
        `select reltuples from pg_class where oid = 'public.person'::regclass`,
      );
      expect(Number(person?.reltuples)).toBeGreaterThan(0);
    } finally {
      await database.close();
    }
  }, 300_000);

  it('does nothing on PostgreSQL', async () => {
    const config = {
      dataDir: join(root, 'unused'),
      dataEncryptionKey: randomBytes(32).toString('base64'),
      demoData: true,
      ijwDeliveryUrl: undefined,
      databaseUrl: 'postgres://nobody@127.0.0.1:1/none',
    };
    expect(await prepareNewDataDir(config)).toBe(false);
    expect(existsSync(join(root, 'unused'))).toBe(false);
  });
});
