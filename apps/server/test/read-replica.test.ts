import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.ts';
import { withReplica } from '../src/db/open.ts';
import { writePosition } from '../src/db/replica.ts';
import { buildApp } from '../src/http/app.ts';
import { WRITTEN_COOKIE } from '../src/http/read-your-writes.ts';
import { loadBudgetYear } from './helpers/budget-year.ts';
import { pdfText } from './helpers/pdf-text.ts';
import { databaseUrl } from './helpers/postgres-server.ts';
import { createClient, createTestApp, type TestApp, type TestClient } from './helpers/test-app.ts';
import { waitFor } from './helpers/wait-for.ts';

/**
 * A real streaming replica (scripts/start-standby.sh: pg_basebackup -R of the local server on
 * port 5433; `.ci/run` starts it). Replay is paused on the replica to make its lag visible: what a
 * search finds then shows which database answered it.
 */
const replicaServer = process.env.TEST_READ_SERVER_URL;

describe.runIf(process.env.DATABASE_URL && replicaServer)('READ_DATABASE_URL: a streaming replica', () => {
  let t: TestApp;
  let database: Database;
  let app: FastifyInstance;
  let replicaUrl: string;
  let superuser: pg.Client;

  const client = async (userId: string): Promise<TestClient> => {
    const c = createClient(app);
    expect((await c.loginAs(userId)).statusCode).toBe(200);
    return c;
  };
  const searchNames = async (c: TestClient, name: string) => {
    const res = await c.request({
      method: 'POST',
      url: '/api/households/search',
      payload: { kind: 'name', name },
    });
    expect(res.statusCode).toBe(200);
    return (res.json().items as Array<{ matchedMembers: Array<{ lastName: string }> }>).flatMap((i) =>
      i.matchedMembers.map((m) => m.lastName),
    );
  };
  const caughtUp = async () => {
    const lsn = await writePosition(t.database.db);
    await waitFor(async () => ((await database.replica?.hasReplayed(lsn)) ? true : undefined), {
      what: 'the replica replaying the primary',
      timeoutMs: 30_000,
    });
  };

  beforeAll(async () => {
    t = await createTestApp();
    const name = new URL(t.url ?? '').pathname.slice(1);
    replicaUrl = databaseUrl(replicaServer ?? '', name);
    // The new database reaches the replica with the WAL; until then connecting to it fails.
    superuser = await waitFor(
      async () => {
        const c = new pg.Client({ connectionString: replicaUrl });
        try {
          await c.connect();
          return c;
        } catch {
          await c.end().catch(() => undefined);
          return undefined;
        }
      },
      { what: 'the test database on the replica', timeoutMs: 30_000 },
    );
    database = withReplica(t.database, replicaUrl);
    app = await buildApp({ config: t.config, database, logger: false });
    await app.ready();
    await caughtUp();
  });

  afterAll(async () => {
    await superuser?.query('select pg_wal_replay_resume()').catch(() => undefined);
    await superuser?.end();
    await app?.close();
    await database?.replica?.close();
    await t?.close();
  });

  it('answers searches from the replica, and a user who just wrote from the primary until the replica caught up', async () => {
    const writer = await client('u-sanne');
    const colleague = await client('u-sanne');
    await superuser.query('select pg_wal_replay_pause()');

    const added = await writer.request({
      method: 'POST',
      url: '/api/households/hh-jansen/members',
      payload: {
        firstName: 'Rea',
        lastName: 'Replicus',
        birthDate: '2020-02-02',
        role: 'kind',
        since: '2026-09-01',
      },
    });
    expect(added.statusCode).toBe(201);
    expect(writer.cookies.get(WRITTEN_COOKIE)).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);

    // The writer reads its own write (the replica has not replayed it, so the primary answers) …
    expect(await searchNames(writer, 'replicus')).toEqual(['Replicus']);
    // … while a browser that wrote nothing reads the paused replica, which does not have it yet.
    expect(colleague.cookies.has(WRITTEN_COOKIE)).toBe(false);
    expect(await searchNames(colleague, 'replicus')).toEqual([]);
    // A search writes only its audit row: it must not send the searcher's next reads to the primary.
    expect(colleague.cookies.has(WRITTEN_COOKIE)).toBe(false);

    await superuser.query('select pg_wal_replay_resume()');
    await caughtUp();
    expect(await searchNames(colleague, 'replicus')).toEqual(['Replicus']);
  });

  it('sends the budget overview and the outcome dashboard to the replica too', async () => {
    const analyst = await client('u-linda');
    const before = await analyst.request({ url: '/api/budgets' });
    expect(before.statusCode).toBe(200);
    await superuser.query('select pg_wal_replay_pause()');
    try {
      // A figure written on the primary only: the overview read from the replica does not show it yet.
      expect((await analyst.request({ url: '/api/outcomes/dashboard?period=year' })).statusCode).toBe(200);
      const year = before.json().year as number;
      await t.database.ownerQuery(
        `update budget_line set amount_cents = amount_cents + 100 where tenant_id = '0394' and year = $1`,
        [year],
      );
      const stale = await analyst.request({ url: '/api/budgets' });
      expect(stale.json()).toEqual(before.json());
    } finally {
      await superuser.query('select pg_wal_replay_resume()');
    }
    await caughtUp();
    const fresh = await analyst.request({ url: '/api/budgets' });
    expect(fresh.json()).not.toEqual(before.json());
  });

  /** Runs `step` with the replica's replay paused: what it answers then came from the replica or not. */
  const whilePaused = async (step: () => Promise<void>) => {
    await superuser.query('select pg_wal_replay_pause()');
    try {
      await step();
    } finally {
      await superuser.query('select pg_wal_replay_resume()');
    }
    await caughtUp();
  };

  it('makes the decision letter PDF from the replica, and the writer’s from the primary', async () => {
    const [issued] = await t.database.ownerQuery<{ id: string; volume: number }>(
      `select a.id, a.volume from assignment a join household h on h.tenant_id = a.tenant_id and h.id = a.household_id
        where h.coordinator_id = 'u-sanne' and a.assigned_at is not null order by a.id limit 1`,
    );
    expect(issued).toBeDefined();
    const letterText = async (c: TestClient) => {
      const res = await c.request({ url: `/api/assignments/${issued?.id}/decision-letter.pdf` });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('application/pdf');
      return pdfText(res.rawPayload);
    };
    const reader = await client('u-sanne');
    const writer = await client('u-sanne');
    await whilePaused(async () => {
      // A volume only the primary has: the letter from the replica still shows the old one.
      await t.database.ownerQuery('update assignment set volume = 4321 where id = $1', [issued?.id]);
      expect(await letterText(reader)).not.toContain('4321');
      // A browser that has just written reads the primary until the replica caught up.
      const wrote = await writer.request({
        method: 'POST',
        url: '/api/households/hh-jansen/members',
        payload: {
          firstName: 'Lot',
          lastName: 'Letter',
          birthDate: '2021-03-03',
          role: 'kind',
          since: '2026-09-01',
        },
      });
      expect(wrote.statusCode).toBe(201);
      expect(await letterText(writer)).toContain('4321');
    });
    expect(await letterText(reader)).toContain('4321');
    // The read is audited on the primary, whichever database made the letter.
    const [audited] = await t.database.ownerQuery<{ n: number }>(
      "select count(*)::int as n from audit_log where action = 'assignment.decision_letter' and subject_id = $1",
      [issued?.id],
    );
    expect(audited?.n).toBeGreaterThanOrEqual(3);
  });

  it('makes the CBS delivery file from the replica', async () => {
    await loadBudgetYear(t.database.db);
    await caughtUp();
    const admin = await client('u-erik');
    const deliver = async () => {
      const res = await admin.request({
        method: 'POST',
        url: '/api/budgets/cbs/deliveries',
        payload: { halfYear: '2019-1', kind: 'regular' },
      });
      expect(res.statusCode).toBe(200);
      // A delivery is itself a write: forget its read position, as a colleague's browser would not have it.
      admin.cookies.delete(WRITTEN_COOKIE);
      return res.body.trim().split('\r\n').at(-1);
    };
    expect(await deliver()).toBe('SLUIT;3;1');
    await whilePaused(async () => {
      // Assignment 9101 never started, on the primary only: the replica's file still counts it.
      await t.database.ownerQuery('update assignment set started_on = null where assignment_number = 9101');
      expect(await deliver()).toBe('SLUIT;3;1');
    });
    expect(await deliver()).toBe('SLUIT;2;1');
  });

  it('falls back to the primary when the replica cannot be reached', async () => {
    const unreachable = withReplica(t.database, 'postgres://postgres@127.0.0.1:1/none');
    const other = await buildApp({ config: t.config, database: unreachable, logger: false });
    try {
      await other.ready();
      await waitFor(() => (unreachable.replica?.isReachable() ? undefined : true), {
        what: 'the probe failing',
      });
      const c = createClient(other);
      expect((await c.loginAs('u-sanne')).statusCode).toBe(200);
      const res = await c.request({
        method: 'POST',
        url: '/api/households/search',
        payload: { kind: 'name', name: 'jansen' },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().items.length).toBeGreaterThan(0);
    } finally {
      await other.close();
      await unreachable.replica?.close();
    }
  });
});
