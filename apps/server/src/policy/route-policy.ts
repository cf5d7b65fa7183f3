import { ProfessionalRole, type Role } from '@een-plan/contracts';

/**
 * What a route requires before its handler runs. Every route declares one (a test enumerates
 * them); resource-level decisions (this household, this consent) are made by `decide`.
 */
export type RoutePolicy =
  | { access: 'public'; csrf?: 'exempt' }
  | { access: 'authenticated' }
  | { access: 'roles'; roles: readonly Role[] };

export const PROFESSIONAL_ROLES = ProfessionalRole.options;

export const policies = {
  public: { access: 'public' },
  authenticated: { access: 'authenticated' },
  roles: (...roles: Role[]): RoutePolicy => ({ access: 'roles', roles }),
} as const satisfies Record<string, RoutePolicy | ((...r: Role[]) => RoutePolicy)>;

/**
 * Routes registered by third-party plugins cannot carry our route config; they are listed here,
 * in the policy module, so the decision is still made in one place.
 */
export const pluginRoutePolicies: Array<{ prefix: string; policy: RoutePolicy }> = [
  { prefix: '/api/docs', policy: { access: 'public' } },
];

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
  }
}
