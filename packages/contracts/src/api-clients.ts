import { z } from 'zod';

/** A provider system's connection for the iJw transport endpoint (bearer token). */
export const ApiClient = z.object({
  id: z.string(),
  organisationId: z.string(),
  label: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiClient = z.infer<typeof ApiClient>;

export const ApiClientInput = z.object({
  label: z.string().trim().min(2).max(80),
});
export type ApiClientInput = z.infer<typeof ApiClientInput>;

export const ApiClientList = z.object({ clients: z.array(ApiClient) });
export type ApiClientList = z.infer<typeof ApiClientList>;

/** The token is in this answer only; afterwards only its hash exists. */
export const ApiClientCreated = z.object({ client: ApiClient, token: z.string() });
export type ApiClientCreated = z.infer<typeof ApiClientCreated>;
