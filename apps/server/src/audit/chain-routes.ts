import { Problem } from '@een-plan/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import { actorOf, requestContext } from '../policy/request-context.ts';
import { policies } from '../policy/route-policy.ts';
import { type CheckpointKey, writeAuditCheckpoints } from './checkpoint.ts';
import { recordAudit } from './record.ts';
import { verifyAuditChain } from './verify.ts';

const ChainResult = z.object({
  ok: z.boolean(),
  rows: z.number().int(),
  firstBreak: z
    .object({ seq: z.number(), problem: z.enum(['hash_mismatch', 'prev_hash_mismatch', 'missing_row']) })
    .nullable(),
});

/**
 * An administrator checks the tenant's audit log on demand — the same walk as the nightly job and
 * `npm run audit:verify` — and the check itself is recorded.
 */
const CheckpointResult = z.object({
  seq: z.number().int(),
  headHash: z.string(),
  signedAt: z.iso.datetime(),
  keyId: z.string(),
});

export const auditChainRoutes: FastifyPluginAsyncZod<{
  database: Database;
  checkpoint: CheckpointKey;
}> = async (app, { database, checkpoint }) => {
  /** An administrator's action on the tenant's audit log is itself in that log. */
  const auditTenantAction = (
    request: FastifyRequest,
    action: string,
    details: Record<string, number | boolean>,
  ) => {
    const { actor, tenantId, requestId, clientAddress } = requestContext(request);
    return recordAudit(database.db, {
      tenantId,
      actor,
      action,
      outcome: 'success',
      subjectType: 'tenant',
      subjectId: tenantId,
      dataCategory: 'audit',
      purpose: 'administration',
      requestId,
      clientAddress,
      details,
    });
  };

  app.post(
    '/api/admin/audit-checkpoints',
    {
      config: { policy: policies.roles('admin') },
      schema: {
        tags: ['audit'],
        summary: "Sign this tenant's audit chain head now (besides the hourly job)",
        response: { 200: CheckpointResult.nullable(), 401: Problem, 403: Problem },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const [written] = await writeAuditCheckpoints(database, checkpoint, { tenantId: actor.tenantId });
      // Recorded after signing, so the next checkpoint anchors this event too.
      await auditTenantAction(request, 'audit_chain.checkpoint', { seq: written?.seq ?? 0 });
      return written
        ? {
            seq: written.seq,
            headHash: written.headHash,
            signedAt: written.signedAt.toISOString(),
            keyId: written.keyId,
          }
        : null;
    },
  );

  app.get(
    '/api/admin/audit-chain',
    {
      config: { policy: policies.roles('admin') },
      schema: {
        tags: ['audit'],
        summary: "Verify this tenant's audit hash chain now",
        response: { 200: ChainResult, 401: Problem, 403: Problem },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const result = await verifyAuditChain(database, { tenantId: actor.tenantId });
      await auditTenantAction(request, 'audit_chain.verify', { ok: result.ok, rows: result.rows });
      return {
        ok: result.ok,
        rows: result.rows,
        firstBreak: result.ok ? null : { seq: result.firstBreak.seq, problem: result.firstBreak.problem },
      };
    },
  );
};
