import { and, eq } from 'drizzle-orm';
import { demoActorOf } from '../auth/users.ts';
import type { Db } from '../db/database.ts';
import { openBreakGlass } from './break-glass.ts';
import { breakGlass } from './schema.ts';

/** Two days ago: the 24 hours are over (no open access now), the team lead's review is not. */
const OPENED_DAYS_AGO = 2;

/**
 * Veilig Thuis (Joost) opened the Öztürk household under the meldcode two days ago, through the
 * same code path as the API (audit and the team lead as reviewer included). Not reviewed yet, so
 * Joost's home and the team lead's review list show it. Idempotent: skipped when Joost has any.
 */
export async function loadBreakGlassDemo(db: Db, tenantId: string): Promise<void> {
  if (tenantId !== '0394') return;
  const [existing] = await db
    .select({ id: breakGlass.id })
    .from(breakGlass)
    .where(and(eq(breakGlass.tenantId, tenantId), eq(breakGlass.userId, 'u-joost')))
    .limit(1);
  if (existing) return;
  const joost = await demoActorOf(db, tenantId, 'u-joost');
  if (!joost) return;
  await openBreakGlass(
    db,
    joost,
    'hh-ozturk',
    {
      reason:
        'Melding van de kinderopvang over zorgen om de veiligheid van een kind; nagaan of er al hulp in het gezin is (meldcode stap 2).',
    },
    { requestId: 'demo-data', clientAddress: '127.0.0.1' },
    new Date(Date.now() - OPENED_DAYS_AGO * 86_400_000),
  );
}
