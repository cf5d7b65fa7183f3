import type { RoutePolicy } from '../policy/route-policy.ts';

const STATE_CHANGING_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Whether a browser session's call needs the CSRF token: every state-changing call, except on
 * public routes that opt out. (A provider system's bearer key is never sent by a browser on its
 * own, so it needs none.)
 */
export function needsCsrfToken(method: string, policy: RoutePolicy | undefined): boolean {
  return STATE_CHANGING_METHODS.has(method) && !(policy?.access === 'public' && policy.csrf === 'exempt');
}
