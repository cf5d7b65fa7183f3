import type {
  AuthConfig,
  DemoLoginRequest,
  DemoUser,
  DemoUsersResponse,
  SessionResponse,
  SessionState,
} from '@een-plan/contracts';
import { isUnauthorized } from './api-error.ts';
import { rememberCsrfToken } from './csrf-token.ts';
import { apiGet, apiSend } from './http-client.ts';

/** Starts OpenID Connect; it is a full page navigation, never a fetch. */
export const oidcLoginPath = '/api/auth/oidc/login';

export function fetchAuthConfig(): Promise<AuthConfig> {
  return apiGet<AuthConfig>('/api/auth/config');
}

/** The current session, or null when nobody is logged in. */
export async function findSession(): Promise<SessionResponse | null> {
  const { user, csrfToken } = await apiGet<SessionState>('/api/auth/session');
  rememberCsrfToken(csrfToken);
  return user ? { user, csrfToken } : null;
}

export async function fetchDemoUsers(): Promise<DemoUser[]> {
  const { users } = await apiGet<DemoUsersResponse>('/api/auth/demo-users');
  return users;
}

export async function demoLogin(request: DemoLoginRequest): Promise<SessionResponse> {
  const session = await apiSend<SessionResponse>('POST', '/api/auth/demo-login', request);
  rememberCsrfToken(session.csrfToken);
  return session;
}

export async function logout(): Promise<void> {
  try {
    await apiSend<void>('POST', '/api/auth/logout');
  } catch (error) {
    // An already expired session is exactly the state logging out wants to reach.
    if (!isUnauthorized(error)) throw error;
  } finally {
    rememberCsrfToken(null);
  }
}
