import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { ApiClient, ApiClientInput } from '@een-plan/contracts';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Db, Executor } from '../db/database.ts';
import { returnedRow } from '../db/rows.ts';
import { ProblemError } from '../http/problems.ts';
import { type Actor, SYSTEM_USER_PREFIX } from '../policy/actor.ts';
import { findOrganisation } from '../tenancy/organisations.ts';
import { apiClient } from './api-client-schema.ts';
import { appUser } from './schema.ts';

interface RequestOrigin {
  requestId: string;
  clientAddress: string;
}

/** Bearer tokens look like `ep_<tenant>_<random>`: the tenant routes the lookup, the rest is secret. */
const TOKEN_PATTERN = /^ep_(\d{4})_([A-Za-z0-9_-]{43})$/;

/** The app_user ids of API clients' system users start with this (kept with the policy's actor). */
export { SYSTEM_USER_PREFIX };

const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** Paths (and everything under them) where a provider's system may use its key (decision 0004). */
const API_TOKEN_PATHS = ['/api/ijw/messages', '/api/provider/places', '/api/provider/reservations'];

/** Only these paths accept a bearer token; everything else needs a person's session. */
export function acceptsApiToken(url: string): boolean {
  const path = url.split('?')[0] ?? '';
  return API_TOKEN_PATHS.some((p) => path === p || path.startsWith(`${p}/`));
}

/** The actor behind a bearer token: its system user, or nothing when unknown or revoked. */
export async function findActorByApiToken(db: Executor, token: string): Promise<Actor | undefined> {
  const match = TOKEN_PATTERN.exec(token);
  const [, tenantId, secret] = match ?? [];
  if (!tenantId || !secret) return undefined;
  const hash = hashSecret(secret);
  const [row] = await db
    .select({ client: apiClient, user: appUser })
    .from(apiClient)
    .innerJoin(appUser, and(eq(appUser.tenantId, apiClient.tenantId), eq(appUser.id, apiClient.userId)))
    .where(and(eq(apiClient.tenantId, tenantId), eq(apiClient.tokenHash, hash), isNull(apiClient.revokedAt)))
    .limit(1);
  // The index finds the row; the comparison in constant time keeps timing from telling anything.
  if (!row || !timingSafeEqual(Buffer.from(row.client.tokenHash), Buffer.from(hash))) return undefined;
  await db
    .update(apiClient)
    .set({ lastUsedAt: new Date() })
    .where(and(eq(apiClient.tenantId, tenantId), eq(apiClient.id, row.client.id)));
  return {
    userId: row.user.id,
    sessionId: `api-client:${row.client.id}`,
    tenantId,
    role: 'provider',
    displayName: row.user.displayName,
    organisationId: row.client.organisationId,
    teamId: null,
    personId: null,
  };
}

async function auditApiClient(
  tx: Executor,
  actor: Actor,
  action: 'create' | 'revoke',
  organisationId: string,
  apiClientId: string,
  ctx: RequestOrigin,
) {
  await recordAudit(tx, {
    tenantId: actor.tenantId,
    actor,
    action: `api_client.${action}`,
    outcome: 'success',
    subjectType: 'organisation',
    subjectId: organisationId,
    dataCategory: 'contract',
    purpose: 'administration',
    ...ctx,
    details: { apiClientId },
  });
}

function toApiClient(r: typeof apiClient.$inferSelect): ApiClient {
  return {
    id: r.id,
    organisationId: r.organisationId,
    label: r.label,
    createdAt: r.createdAt.toISOString(),
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    revokedAt: r.revokedAt?.toISOString() ?? null,
  };
}

export async function listApiClients(db: Executor, tenantId: string, organisationId: string) {
  const rows = await db
    .select()
    .from(apiClient)
    .where(and(eq(apiClient.tenantId, tenantId), eq(apiClient.organisationId, organisationId)))
    .orderBy(desc(apiClient.createdAt))
    .limit(100);
  return rows.map(toApiClient);
}

/**
 * Creates a system connection for a provider and returns its token once; afterwards only the hash
 * exists, so a lost token is revoked and replaced, never shown again.
 */
export async function createApiClient(
  db: Db,
  actor: Actor,
  organisationId: string,
  input: ApiClientInput,
  ctx: RequestOrigin,
): Promise<{ client: ApiClient; token: string }> {
  return db.transaction(async (tx) => {
    const org = await findOrganisation(tx, actor.tenantId, organisationId);
    if (!org) throw new ProblemError('not_found');
    if (!org.agbCode) throw new ProblemError('contract_no_agb_code');
    const id = randomUUID();
    const userId = `${SYSTEM_USER_PREFIX}${id}`;
    await tx.insert(appUser).values({
      tenantId: actor.tenantId,
      id: userId,
      displayName: `${org.name} — ${input.label}`,
      role: 'provider',
      organisationId,
    });
    const secret = randomBytes(32).toString('base64url');
    const row = returnedRow(
      await tx
        .insert(apiClient)
        .values({
          tenantId: actor.tenantId,
          id,
          organisationId,
          userId,
          label: input.label,
          tokenHash: hashSecret(secret),
          createdBy: actor.userId,
          createdAt: new Date(),
        })
        .returning(),
      'API client',
    );
    await auditApiClient(tx, actor, 'create', organisationId, id, ctx);
    return { client: toApiClient(row), token: `ep_${actor.tenantId}_${secret}` };
  });
}

/** Revokes a token; the next request with it is refused. */
export async function revokeApiClient(
  db: Db,
  actor: Actor,
  organisationId: string,
  id: string,
  ctx: RequestOrigin,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiClient)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(apiClient.tenantId, actor.tenantId),
          eq(apiClient.organisationId, organisationId),
          eq(apiClient.id, id),
          isNull(apiClient.revokedAt),
        ),
      )
      .returning({ id: apiClient.id });
    if (!row) throw new ProblemError('not_found');
    await auditApiClient(tx, actor, 'revoke', organisationId, id, ctx);
  });
}
