import type { SessionResponse } from '@een-plan/contracts';
import { useQuery } from '@tanstack/react-query';
import { sessionQuery } from '../api/queries.ts';

/** The logged-in session, or null when logged out or not known yet. */
export function useSession(): SessionResponse | null {
  const { data } = useQuery(sessionQuery);
  return data ?? null;
}
