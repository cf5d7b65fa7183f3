import type { SessionResponse } from '@een-plan/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { redirect } from '@tanstack/react-router';
import { sessionQuery } from '../api/queries.ts';
import { type RoleHomePath, roleHomePath } from './role-home.ts';

export function findCachedOrFetchedSession(queryClient: QueryClient): Promise<SessionResponse | null> {
  return queryClient.ensureQueryData(sessionQuery);
}

export async function requireSession(queryClient: QueryClient): Promise<SessionResponse> {
  const session = await findCachedOrFetchedSession(queryClient);
  if (!session) throw redirect({ to: '/inloggen', replace: true });
  return session;
}

/** Sends a user who opened the other role's home to their own, instead of showing a 403. */
export function requireRoleHome(session: SessionResponse, home: RoleHomePath): void {
  const ownHome = roleHomePath(session.user.role);
  if (ownHome !== home) throw redirect({ to: ownHome, replace: true });
}
