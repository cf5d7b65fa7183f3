import { createHash, randomBytes } from 'node:crypto';
import { Role } from '@een-plan/contracts';
import { and, eq, gt } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import type { Actor } from '../policy/actor.ts';
import { appUser, session } from './schema.ts';

export const SESSION_COOKIE = 'ep_session';

/** The stored form of a session token (the database never holds the token itself). */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Creates a session and returns the cookie value: `<tenant>.<random token>` (only the hash is stored). */
export async function createSession(
  db: Executor,
  opts: { tenantId: string; userId: string; ttlHours: number; authMethod: 'demo' | 'oidc' },
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  await db.insert(session).values({
    tenantId: opts.tenantId,
    id: hashToken(token),
    userId: opts.userId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + opts.ttlHours * 3_600_000),
    authMethod: opts.authMethod,
  });
  return `${opts.tenantId}.${token}`;
}

function parseCookie(value: string): { tenantId: string; id: string } | undefined {
  const [, tenantId, token] = /^(\d{4})\.([A-Za-z0-9_-]{43})$/.exec(value) ?? [];
  if (!tenantId || !token) return undefined;
  return { tenantId, id: hashToken(token) };
}

/** Finds the actor behind a session cookie; nothing when it is unknown, malformed or expired. */
export async function findActorBySession(db: Executor, cookieValue: string): Promise<Actor | undefined> {
  const key = parseCookie(cookieValue);
  if (!key) return undefined;
  const [row] = await db
    .select({ user: appUser, sessionId: session.id })
    .from(session)
    .innerJoin(appUser, and(eq(appUser.tenantId, session.tenantId), eq(appUser.id, session.userId)))
    .where(and(eq(session.tenantId, key.tenantId), eq(session.id, key.id), gt(session.expiresAt, new Date())))
    .limit(1);
  if (!row) return undefined;
  return {
    userId: row.user.id,
    sessionId: row.sessionId,
    tenantId: row.user.tenantId,
    role: Role.parse(row.user.role),
    displayName: row.user.displayName,
    organisationId: row.user.organisationId,
    teamId: row.user.teamId,
    personId: row.user.personId,
  };
}

export async function deleteSession(db: Executor, actor: Actor): Promise<void> {
  await db.delete(session).where(and(eq(session.tenantId, actor.tenantId), eq(session.id, actor.sessionId)));
}
