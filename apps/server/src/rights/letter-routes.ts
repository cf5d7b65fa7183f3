import { Problem, RightsCase, WithdrawCase } from '@een-plan/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { getResidentHouseholdId } from '../households/membership.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import { actorOf, requestOrigin } from '../policy/request-context.ts';
import { policies } from '../policy/route-policy.ts';
import { auditRights, requireCase } from './cases.ts';
import { readLetter } from './letters.ts';
import { withdrawCase } from './steps.ts';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const id = z.string().min(1).max(100);
const LetterParams = z.object({ householdId: id, caseId: id, letterId: id });
const MyLetterParams = z.object({ caseId: id, letterId: id });
const tags = ['rights'];

/**
 * The letters of a rights case, for the professionals and for the resident in "Mijn rechten", and
 * the resident's withdrawal. Every download is audited with the letter's hash.
 */
export const rightsLetterRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  const sendLetter = async (
    request: FastifyRequest,
    reply: FastifyReply,
    actor: Actor,
    householdId: string,
    params: { caseId: string; letterId: string },
    purpose: string,
  ) => {
    const ctx = requestOrigin(request);
    await requireCase(db, actor, ctx, householdId, params.caseId, 'view', {
      action: 'rights.letter.download',
      purpose,
    });
    const letter = await readLetter(db, actor.tenantId, householdId, params.letterId);
    if (letter.caseId !== params.caseId) throw new ProblemError('not_found');
    await auditRights(
      db,
      actor,
      ctx,
      householdId,
      { action: 'rights.letter.download', purpose },
      {
        caseId: params.caseId,
        letterId: params.letterId,
        kind: letter.kind,
        locale: letter.locale,
        sha256: letter.sha256,
      },
    );
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="brief-${letter.kind}-${letter.locale}.pdf"`)
      .header('x-content-sha256', letter.sha256)
      .header('cache-control', 'no-store')
      .send(letter.pdf);
  };

  app.get(
    '/api/households/:householdId/rights/:caseId/letters/:letterId',
    {
      config: { policy: policies.roles('coordinator', 'team_lead') },
      schema: {
        tags,
        summary: 'Download a letter of a rights case (tagged PDF; its SHA-256 in a header)',
        params: LetterParams,
        response: { 200: z.any(), ...errors },
      },
    },
    async (request, reply) =>
      sendLetter(
        request,
        reply,
        actorOf(request),
        request.params.householdId,
        request.params,
        'client_rights',
      ),
  );

  app.get(
    '/api/my/rights/:caseId/letters/:letterId',
    {
      config: { policy: policies.roles('resident') },
      schema: {
        tags,
        summary: 'Mijn rechten: download one of my letters',
        params: MyLetterParams,
        response: { 200: z.any(), ...errors },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const householdId = await getResidentHouseholdId(db, actor);
      return sendLetter(request, reply, actor, householdId, request.params, 'portal');
    },
  );

  app.post(
    '/api/my/rights/:caseId/withdrawal',
    {
      config: { policy: policies.roles('resident') },
      schema: {
        tags,
        summary: 'Mijn rechten: withdraw my own open request, objection or complaint; its clock stops',
        params: z.object({ caseId: id }),
        body: WithdrawCase,
        response: { 200: RightsCase, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const ctx = requestOrigin(request);
      const householdId = await getResidentHouseholdId(db, actor);
      const { row } = await requireCase(db, actor, ctx, householdId, request.params.caseId, 'file', {
        action: 'rights.withdraw',
        purpose: 'portal',
      });
      return withdrawCase(db, actor, ctx, row, request.body);
    },
  );
};
