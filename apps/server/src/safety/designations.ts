/**
 * Who an organisation designated as its aandachtsfunctionaris (meldcode). Kept apart from the
 * list of tracks, because deciding access to a track needs it and the list needs that access.
 */
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import type { Actor } from '../policy/actor.ts';
import { meldcodeDesignee } from './schema.ts';

/** The roles that work with families and may be an organisation's aandachtsfunctionaris. */
export const DESIGNABLE_ROLES = ['coordinator', 'team_lead', 'source', 'provider'] as const;

/** The organisations whose aandachtsfunctionaris the actor is. */
export async function readerDesignations(db: Executor, actor: Actor): Promise<string[]> {
  if (actor.organisationId === null) return [];
  const rows = await db
    .select({ organisationId: meldcodeDesignee.organisationId })
    .from(meldcodeDesignee)
    .where(and(eq(meldcodeDesignee.tenantId, actor.tenantId), eq(meldcodeDesignee.userId, actor.userId)))
    .limit(50);
  return rows.map((r) => r.organisationId);
}

/** Designates a user as the organisation's aandachtsfunctionaris (demo data and tests; idempotent). */
export async function designateAandachtsfunctionaris(
  db: Executor,
  tenantId: string,
  organisationId: string,
  userId: string,
): Promise<void> {
  await db.insert(meldcodeDesignee).values({ tenantId, organisationId, userId }).onConflictDoNothing();
}
