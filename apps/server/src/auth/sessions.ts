import { createHash, randomBytes } from 'node:crypto';
import { Role } from '@een-plan/contracts';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { preparedOnce } from '../db/prepared.ts';
import type { Actor } from '../policy/actor.ts';
import { appUser, session } from './schema.ts';
import { cachedActor, forgetSession, rememberActor } from './session-cache.ts';

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

const sessionStatement = (db: Executor) =>
  db
    .select({ user: appUser, sessionId: session.id, expiresAt: session.expiresAt })
    .from(session)
    .innerJoin(appUser, and(eq(appUser.tenantId, session.tenantId), eq(appUser.id, session.userId)))
    .where(
      and(
        eq(session.tenantId, sql.placeholder('tenantId')),
        eq(session.id, sql.placeholder('id')),
        gt(session.expiresAt, sql`now()`),
      ),
    )
    .limit(1)
    .prepare('session_actor');

async function lookUpSession(db: Executor, key: { tenantId: string; id: string }) {
  const [row] = await preparedOnce(db, 'session_actor', sessionStatement).execute(key);
  if (!row) return undefined;
  const actor: Actor = {
    userId: row.user.id,
    sessionId: row.sessionId,
    tenantId: row.user.tenantId,
    role: Role.parse(row.user.role),
    displayName: row.user.displayName,
    organisationId: row.user.organisationId,
    teamId: row.user.teamId,
    personId: row.user.personId,
  };
  return { actor, expiresAt: row.expiresAt };
}

const cacheKey = (key: { tenantId: string; id: string }) => `${key.tenantId}.${key.id}`;

/** Finds the actor behind a session cookie; nothing when it is unknown, malformed or expired. */
export async function findActorBySession(db: Executor, cookieValue: string): Promise<Actor | undefined> {
  const key = parseCookie(cookieValue);
  return key ? (await lookUpSession(db, key))?.actor : undefined;
}

/**
 * The same, remembered for `windowMs` (session-cache.ts): the per-request lookup of the session
 * plugin, where one page's burst of API requests then costs one round trip.
 */
export async function actorOfSession(
  db: Executor,
  cookieValue: string,
  windowMs: number,
): Promise<Actor | undefined> {
  const key = parseCookie(cookieValue);
  if (!key) return undefined;
  const cached = cachedActor(cacheKey(key));
  if (cached) return cached;
  const found = await lookUpSession(db, key);
  if (!found) return undefined;
  rememberActor(cacheKey(key), found.actor, found.expiresAt, windowMs);
  return found.actor;
}

export async function deleteSession(db: Executor, actor: Actor): Promise<void> {
  forgetSession(cacheKey({ tenantId: actor.tenantId, id: actor.sessionId }));
  await db.delete(session).where(and(eq(session.tenantId, actor.tenantId), eq(session.id, actor.sessionId)));
}
