import type pg from 'pg';
import { createSession, hashToken } from '../../apps/server/src/auth/sessions.ts';
import { openPostgres } from '../../apps/server/src/db/database.ts';
import { coordinatorCount, coordinatorId, TENANT_ID } from '../seed/plan.ts';

export async function countBenchHouseholds(pool: pg.Pool): Promise<number> {
  const { rows } = await pool.query<{ n: string }>(
    `select count(*) as n from household where tenant_id = $1 and id like 'bench-hh-%'`,
    [TENANT_ID],
  );
  return Number(rows[0]?.n ?? 0);
}

async function caseloadOf(pool: pg.Pool, userId: string): Promise<number> {
  const { rows } = await pool.query<{ n: string }>(
    'select count(*) as n from household where tenant_id = $1 and coordinator_id = $2',
    [TENANT_ID, userId],
  );
  return Number(rows[0]?.n ?? 0);
}

/** A synthetic coordinator from the middle of the data set with a caseload of 30–40. */
export async function pickCoordinator(
  pool: pg.Pool,
  households: number,
): Promise<{ userId: string; caseload: number }> {
  const total = coordinatorCount(households);
  const middle = Math.floor(total / 2);
  let best = { userId: coordinatorId(middle), caseload: 0 };
  for (let c = middle; c < Math.min(total, middle + 20); c++) {
    const userId = coordinatorId(c);
    const caseload = await caseloadOf(pool, userId);
    if (caseload >= 30 && caseload <= 40) return { userId, caseload };
    if (caseload > best.caseload) best = { userId, caseload };
  }
  if (best.caseload === 0)
    throw new Error('no synthetic coordinator with a caseload: run npm run bench:seed first');
  return best;
}

/**
 * Logs the coordinator in the way the server does (createSession on the app role's connection)
 * and returns the `ep_session` cookie value and a clean-up that removes the session again.
 */
export async function benchSession(url: string, userId: string) {
  const { cookies, remove } = await benchSessions(url, { user: userId });
  return { cookie: cookies.user, remove };
}

/** One session per named user (the module scenarios read as the demo story's people). */
export async function benchSessions<K extends string>(url: string, users: Record<K, string>) {
  const database = await openPostgres(url);
  try {
    const cookies = {} as Record<K, string>;
    for (const [key, userId] of Object.entries(users) as Array<[K, string]>) {
      cookies[key] = await createSession(database.db, {
        tenantId: TENANT_ID,
        userId,
        ttlHours: 2,
        authMethod: 'demo',
      });
    }
    // Only this run's sessions: another run on the same database may be logged in as the same users.
    const ids = Object.values<string>(cookies).map((c) => hashToken(c.slice(c.indexOf('.') + 1)));
    return {
      cookies,
      remove: async (pool: pg.Pool) => {
        await pool.query('delete from session where tenant_id = $1 and id = any($2)', [TENANT_ID, ids]);
      },
    };
  } finally {
    await database.close();
  }
}
