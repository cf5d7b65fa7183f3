import type { Role } from '@een-plan/contracts';
import type { Actor } from '../../src/policy/actor.ts';

/** One demo user per role, as the demo story loads them; tests log in as a role through this. */
export const DEMO_USER_BY_ROLE: Record<Role, string> = {
  coordinator: 'u-sanne',
  team_lead: 'u-ahmed',
  source: 'u-marloes',
  provider: 'u-fatima',
  safety: 'u-joost',
  policy_analyst: 'u-linda',
  admin: 'u-erik',
  resident: 'u-anouk',
  crisis_service: 'u-karin',
  certified_institution: 'u-bram',
};

/** Sanne, the Jansens' coordinator, as an actor: for tests that call a service without a request. */
export const SANNE_ACTOR: Actor = {
  userId: 'u-sanne',
  sessionId: 'test-session',
  tenantId: '0394',
  role: 'coordinator',
  displayName: 'Sanne de Vries',
  organisationId: 'org-sociaal-team',
  teamId: 'team-nieuw-vennep',
  personId: null,
};
