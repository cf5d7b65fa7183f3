import {
  AccessLogPage,
  AccessLogQuery,
  BreakGlassInput,
  BreakGlassOpened,
  BreakGlassReviewInput,
  BreakGlassReviewList,
  ConsentCompleteInput,
  ConsentGrantInput,
  ConsentList,
  ConsentRevokeInput,
  Problem,
  SelfRelianceScore,
  SharedPlanView,
} from '@een-plan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { getResidentHouseholdId } from '../households/membership.ts';
import { sendCsv } from '../http/csv.ts';
import { onHousehold, serviceCall } from '../http/household-route.ts';
import { requestLocale } from '../http/locale.ts';
import { actorOf, requestContext } from '../policy/request-context.ts';
import { policies } from '../policy/route-policy.ts';
import { accessLog, accessLogCsv, myData } from './access-log.ts';
import { openBreakGlass, reviewBreakGlass, reviewQueue } from './break-glass.ts';
import {
  coSignConsent,
  grantConsent,
  listConsents,
  revokeConsent,
  sharedHouseholds,
  sharedIntake,
  sharedPlan,
} from './service.ts';

const Params = z.object({ householdId: z.string().min(1).max(100) });
const ConsentParams = Params.extend({ consentId: z.string().min(1).max(100) });
const Ok = z.object({ ok: z.literal(true) });
const Created = z.object({ id: z.string() });
const Completed = z.object({ ok: z.literal(true), complete: z.boolean(), version: z.number().int() });
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const tags = ['consent'];

/** Who manages a household's consents: the family and its coordinator (team lead reads). */
const manage = policies.roles('coordinator', 'team_lead', 'resident');
const manageWrite = policies.roles('coordinator', 'resident');
/** Who reads a household through consent or break-glass. */
const consentedViewer = policies.roles('source', 'provider', 'safety');

/** Consent, break-glass and the family's access log (issue 4). */
export const consentRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  const base = '/api/households/:householdId/consents';

  app.get(
    '/api/my/consents',
    {
      config: { policy: policies.roles('resident') },
      schema: {
        tags,
        summary: "Consents of the resident's own household",
        response: { 200: ConsentList, ...errors },
      },
    },
    async (request) => {
      const householdId = await getResidentHouseholdId(db, actorOf(request));
      return listConsents(db, actorOf(request), householdId, requestContext(request));
    },
  );

  app.get(
    base,
    {
      config: { policy: manage },
      schema: {
        tags,
        summary: 'Consents of a household',
        params: Params,
        response: { 200: ConsentList, ...errors },
      },
    },
    async (request) =>
      listConsents(db, actorOf(request), request.params.householdId, requestContext(request)),
  );

  app.post(
    base,
    {
      config: { policy: manageWrite },
      schema: {
        tags,
        summary: 'Give (resident) or record (coordinator) a consent',
        params: Params,
        body: ConsentGrantInput,
        response: { 201: Created, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await onHousehold(request, serviceCall(db, grantConsent))),
  );

  app.post(
    `${base}/:consentId/cosign`,
    {
      config: { policy: manageWrite },
      schema: {
        tags,
        summary:
          'Complete a consent that still waits for a party (12–15 rule): the resident agrees, or the coordinator records it (paper or conversation)',
        params: ConsentParams,
        body: ConsentCompleteInput,
        response: { 200: Completed, ...errors },
      },
    },
    async (request) =>
      coSignConsent(db, actorOf(request), request.params, request.body, requestContext(request)),
  );

  app.post(
    `${base}/:consentId/revoke`,
    {
      config: { policy: manageWrite },
      schema: {
        tags,
        summary: 'Revoke a consent (effective on the next request)',
        params: ConsentParams,
        body: ConsentRevokeInput,
        response: { 200: Ok, ...errors },
      },
    },
    async (request) =>
      revokeConsent(db, actorOf(request), request.params, request.body, requestContext(request)),
  );

  app.get(
    '/api/shared/households',
    {
      config: { policy: consentedViewer },
      schema: {
        tags,
        summary: 'Households the actor may see through consent or break-glass',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                name: z.string(),
                sections: z.array(z.string()),
                basis: z.enum(['consent', 'break_glass']),
              }),
            ),
          }),
          ...errors,
        },
      },
    },
    async (request) => sharedHouseholds(db, actorOf(request), requestContext(request)),
  );

  app.get(
    '/api/shared/households/:householdId/plan',
    {
      config: { policy: consentedViewer },
      schema: {
        tags,
        summary: 'The plan as a consented viewer sees it (own actions and the goals they serve)',
        params: Params,
        response: { 200: SharedPlanView, ...errors },
      },
    },
    async (request) => sharedPlan(db, actorOf(request), request.params.householdId, requestContext(request)),
  );

  app.get(
    '/api/shared/households/:householdId/intake',
    {
      config: { policy: consentedViewer },
      schema: {
        tags,
        summary: 'Self-reliance scores (intake section) for a consented viewer',
        params: Params,
        response: {
          200: z.object({ householdId: z.string(), selfReliance: z.array(SelfRelianceScore) }),
          ...errors,
        },
      },
    },
    async (request) =>
      sharedIntake(db, actorOf(request), request.params.householdId, requestContext(request)),
  );

  app.post(
    '/api/households/:householdId/break-glass',
    {
      config: { policy: policies.roles('safety') },
      schema: {
        tags,
        summary: 'Open a dossier without consent for 24 hours (meldcode), with a written reason',
        params: Params,
        body: BreakGlassInput,
        response: { 201: BreakGlassOpened, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await onHousehold(request, serviceCall(db, openBreakGlass))),
  );

  app.get(
    '/api/break-glass/reviews',
    {
      config: { policy: policies.roles('team_lead') },
      schema: {
        tags,
        summary: "The team lead's break-glass review queue",
        response: { 200: BreakGlassReviewList, ...errors },
      },
    },
    async (request) => reviewQueue(db, actorOf(request), requestContext(request)),
  );

  app.post(
    '/api/break-glass/:breakGlassId/review',
    {
      config: { policy: policies.roles('team_lead') },
      schema: {
        tags,
        summary: 'Review a break-glass access',
        params: z.object({ breakGlassId: z.string().min(1).max(100) }),
        body: BreakGlassReviewInput,
        response: { 200: Ok, ...errors },
      },
    },
    async (request) =>
      reviewBreakGlass(
        db,
        actorOf(request),
        request.params.breakGlassId,
        request.body,
        requestContext(request),
      ),
  );

  app.get(
    '/api/my/access-log',
    {
      config: { policy: policies.roles('resident') },
      schema: {
        tags,
        summary: 'Who accessed my household’s data (JSON page or CSV)',
        querystring: AccessLogQuery,
        response: { 200: z.union([AccessLogPage, z.string()]), ...errors },
      },
    },
    async (request, reply) => {
      const householdId = await getResidentHouseholdId(db, actorOf(request));
      const { format, ...filter } = request.query;
      const page = await accessLog(db, actorOf(request), householdId, filter, requestContext(request));
      if (format === 'csv') {
        const csv = accessLogCsv(page, requestLocale(request));
        return sendCsv(reply, 'toegangslog.csv', csv.header, csv.rows);
      }
      return page;
    },
  );

  app.get(
    '/api/my/data-export',
    {
      config: { policy: policies.roles('resident') },
      schema: {
        tags,
        summary: 'All data about me (AVG right of access), JSON',
        response: { 200: z.unknown(), ...errors },
      },
    },
    async (request, reply) => {
      const householdId = await getResidentHouseholdId(db, actorOf(request));
      const data = await myData(db, actorOf(request), householdId, requestContext(request));
      return reply.header('content-disposition', 'attachment; filename="mijn-gegevens.json"').send(data);
    },
  );
};
