import type { Role } from '@een-plan/contracts';
import { redirect } from '@tanstack/react-router';
import { roleHomePath } from '../auth/role-home.ts';
import { requireSession } from '../auth/session-guards.ts';
import type { RouterContext } from './router-context.ts';

/** Sends a logged-in user whose role has no business on a page to their own home. */
export function requireRole(roles: readonly Role[] | 'any') {
  return async ({ context }: { context: unknown }) => {
    const session = await requireSession((context as RouterContext).queryClient);
    if (roles !== 'any' && !roles.includes(session.user.role)) {
      throw redirect({ to: roleHomePath(session.user.role), replace: true });
    }
  };
}
