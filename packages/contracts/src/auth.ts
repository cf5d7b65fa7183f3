import { z } from 'zod';

export const Role = z.enum([
  'coordinator',
  'team_lead',
  'source',
  'provider',
  'safety',
  'policy_analyst',
  'admin',
  /** The Integral Crisis Service: its crisis episodes. */
  'crisis_service',
  /** A certified institution (GI): child-protection measures. */
  'certified_institution',
  // Last: lists of roles (the demo login, the matrix) show the professionals first.
  'resident',
]);
export type Role = z.infer<typeof Role>;

/** Everyone who works with the family, not in it. */
export const ProfessionalRole = Role.exclude(['resident']);
export type ProfessionalRole = z.infer<typeof ProfessionalRole>;

export const OrganisationKind = z.enum([
  'municipality',
  'social_team',
  'school',
  'gp',
  'youth_care_provider',
  'veilig_thuis',
  'cjg',
  'crisis_service',
  'certified_institution',
]);
export type OrganisationKind = z.infer<typeof OrganisationKind>;

export const Locale = z.enum(['nl', 'en']);
export type Locale = z.infer<typeof Locale>;

/** `?lang=` of a document download (PDF): the language the person reads the app in. */
export const DocumentLanguageQuery = z.object({ lang: Locale.optional() });
export type DocumentLanguageQuery = z.infer<typeof DocumentLanguageQuery>;

export const SessionUser = z.object({
  id: z.string(),
  displayName: z.string(),
  role: Role,
  tenantId: z.string(),
  tenantName: z.string(),
  organisation: z.object({ id: z.string(), name: z.string(), kind: OrganisationKind }).nullable(),
  teamId: z.string().nullable(),
  householdId: z.string().nullable(),
});
export type SessionUser = z.infer<typeof SessionUser>;

export const SessionResponse = z.object({ user: SessionUser, csrfToken: z.string() });
export type SessionResponse = z.infer<typeof SessionResponse>;

/**
 * Who is logged in, asked by every first page: `user` is null when nobody is. A 200 rather than a
 * 401, so the login page does not log a failed request in the browser's console.
 */
export const SessionState = z.object({ user: SessionUser.nullable(), csrfToken: z.string() });
export type SessionState = z.infer<typeof SessionState>;

export const CsrfResponse = z.object({ csrfToken: z.string() });
export type CsrfResponse = z.infer<typeof CsrfResponse>;

export const AuthConfig = z.object({ demoLogin: z.boolean(), oidc: z.boolean() });
export type AuthConfig = z.infer<typeof AuthConfig>;

export const DemoUser = z.object({
  id: z.string(),
  displayName: z.string(),
  role: Role,
  organisationName: z.string().nullable(),
  description: z.string(),
});
export type DemoUser = z.infer<typeof DemoUser>;

export const DemoUsersResponse = z.object({ users: z.array(DemoUser) });
export type DemoUsersResponse = z.infer<typeof DemoUsersResponse>;

export const DemoLoginRequest = z.object({ userId: z.string().min(1).max(64) });
export type DemoLoginRequest = z.infer<typeof DemoLoginRequest>;

export type RoleHomePath = '/werkruimte' | '/mijn-plan';

/** Where a role lands after login: residents use the portal; every professional role the workspace. */
export function roleHomePath(role: Role): RoleHomePath {
  return role === 'resident' ? '/mijn-plan' : '/werkruimte';
}
