import { Problem } from '@een-plan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import { actorOf } from '../policy/request-context.ts';
import { policies } from '../policy/route-policy.ts';
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
export const auditChainRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
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
      await recordAudit(database.db, {
        tenantId: actor.tenantId,
        actor,
        action: 'audit_chain.verify',
        outcome: 'success',
        subjectType: 'tenant',
        subjectId: actor.tenantId,
        dataCategory: 'audit',
        purpose: 'administration',
        requestId: request.id,
        clientAddress: request.ip,
        details: { ok: result.ok, rows: result.rows },
      });
      return {
        ok: result.ok,
        rows: result.rows,
        firstBreak: result.ok ? null : { seq: result.firstBreak.seq, problem: result.firstBreak.problem },
      };
    },
  );
};
