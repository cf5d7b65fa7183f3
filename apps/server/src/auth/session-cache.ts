import type { Actor } from '../policy/actor.ts';

/**
 * Who is behind a session, remembered for a moment. A page load sends several API requests with one
 * cookie; each used to cost a database round trip before any work began. An entry lives at most
 * `SESSION_CACHE_MS` (default 2 s) and never past its session's expiry; logging out here forgets it
 * at once. A session ended by another server process (logout, retention) is refused there within
 * that window (decision 0037).
 */
interface Entry {
  actor: Actor;
  /** Until when (ms since epoch) the entry may answer: min(now + window, session expiry). */
  until: number;
}

const MAX_ENTRIES = 10_000;
const entries = new Map<string, Entry>();

export function cachedActor(key: string, now = Date.now()): Actor | undefined {
  const entry = entries.get(key);
  if (!entry) return undefined;
  if (entry.until > now) return entry.actor;
  entries.delete(key);
  return undefined;
}

export function rememberActor(key: string, actor: Actor, sessionExpiresAt: Date, windowMs: number): void {
  if (windowMs <= 0) return;
  // A Map iterates in insertion order: the first key is the oldest entry.
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
  const until = Math.min(Date.now() + windowMs, sessionExpiresAt.getTime());
  entries.set(key, { actor: Object.freeze({ ...actor }), until });
}

/** Forgets one session (logout) in this process. */
export function forgetSession(key: string): void {
  entries.delete(key);
}

/** Forgets every session of these users in this process (accounts retired or anonymised). */
export function forgetUsers(userIds: readonly string[]): void {
  const gone = new Set(userIds);
  for (const [key, entry] of entries) if (gone.has(entry.actor.userId)) entries.delete(key);
}
