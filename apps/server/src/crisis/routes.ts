import {
  BreakGlassLookup,
  CreateCrisisEpisodeRequest,
  CrisisEpisode,
  CrisisEpisodeList,
  CrisisPlacementDraft,
  CrisisPlacementInput,
  CrisisSettings,
  HouseholdLookupResult,
  Problem,
  ProposeHandoverRequest,
  RecordCrisisDecisionRequest,
  RecordExitPlanRequest,
  RecordOnSiteRequest,
} from '@een-plan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { requestContext } from '../policy/request-context.ts';
import { policies, type RoutePolicy } from '../policy/route-policy.ts';
import { organisationsOfKind } from '../tenancy/organisations.ts';
import { getEpisode, listHouseholdEpisodes, listOwnEpisodes } from './episodes.ts';
import { lookupHousehold } from './household-lookup.ts';
import { placementDraft, requestCrisisPlacement } from './placement.ts';
import { crisisSettings, saveCrisisSettings } from './settings.ts';
import {
  confirmHandover,
  createEpisode,
  proposeHandover,
  recordDecision,
  recordExitPlan,
  recordOnSite,
} from './steps.ts';

const tags = ['crisis'];
const IdParams = z.object({ id: z.string().min(1).max(100) });
const HouseholdParams = z.object({ householdId: z.string().min(1).max(100) });
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const service = policies.roles('crisis_service');
const OwnList = CrisisEpisodeList.extend({ total: z.number().int(), overdue: z.number().int() });
const ProviderOptions = z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) });
const PlacementCreated = z.object({ id: z.string(), status: z.string(), budgetCents: z.number().int() });

type Parts = { params?: z.ZodType; body?: z.ZodType; description?: string };

/** A route's options: who may call it, what it does, and the problems every crisis route may answer. */
const ok = <P extends Parts, R extends z.ZodType>(
  policy: RoutePolicy,
  summary: string,
  parts: P,
  reply: R,
) => ({
  config: { policy },
  schema: { tags, summary, ...parts, response: { 200: reply, ...errors } },
});
const created = <P extends Parts, R extends z.ZodType>(
  policy: RoutePolicy,
  summary: string,
  parts: P,
  reply: R,
) => ({
  config: { policy },
  schema: { tags, summary, ...parts, response: { 201: reply, ...errors } },
});

export const crisisRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/api/crisis/episodes',
    ok(service, "The crisis service's own episodes, open first", {}, OwnList),
    async (request) => listOwnEpisodes(db, requestContext(request)),
  );

  app.post(
    '/api/crisis/episodes',
    created(
      policies.roles('crisis_service', 'coordinator'),
      'Report a crisis for a household (by phone, or by its professional)',
      { body: CreateCrisisEpisodeRequest },
      CrisisEpisode,
    ),
    async (request, reply) => {
      reply.code(201);
      return createEpisode(db, requestContext(request), request.body);
    },
  );

  app.get(
    '/api/crisis/episodes/:id',
    ok(
      policies.roles('crisis_service', 'coordinator', 'team_lead', 'provider'),
      'One crisis episode with its deadlines',
      { params: IdParams },
      CrisisEpisode,
    ),
    async (request) => getEpisode(db, requestContext(request), request.params.id),
  );

  /** A step's options: the crisis service only, the episode back on success. */
  const step = <B extends z.ZodType>(summary: string, body: B) =>
    ok(service, summary, { params: IdParams, body }, CrisisEpisode);
  app.post(
    '/api/crisis/episodes/:id/on-site',
    step('Record arrival on site (norm: two hours after the call)', RecordOnSiteRequest),
    async (request) => recordOnSite(db, requestContext(request), request.params.id, request.body),
  );
  app.post(
    '/api/crisis/episodes/:id/decision',
    step(
      'Record the key decision with the behavioural expert and the bridging help',
      RecordCrisisDecisionRequest,
    ),
    async (request) => recordDecision(db, requestContext(request), request.params.id, request.body),
  );
  app.post(
    '/api/crisis/episodes/:id/exit-plan',
    step('Record the exit plan (due two weeks after the decision)', RecordExitPlanRequest),
    async (request) => recordExitPlan(db, requestContext(request), request.params.id, request.body),
  );
  app.post(
    '/api/crisis/episodes/:id/handover',
    step('Propose the warm handover to the regular team or a provider', ProposeHandoverRequest),
    async (request) => proposeHandover(db, requestContext(request), request.params.id, request.body),
  );

  // The crisis service and the GI are called in without knowing the family: an exact lookup.
  app.post(
    '/api/households/lookup',
    ok(
      policies.roles('crisis_service', 'certified_institution'),
      'Find a household by exact data to open a crisis episode or register a measure (audited)',
      {
        description: 'BSN and birth date, or surname, birth date and postcode; in the body, never in a URL.',
        body: BreakGlassLookup,
      },
      HouseholdLookupResult,
    ),
    async (request) => ({ items: await lookupHousehold(db, requestContext(request), request.body) }),
  );

  // A crisis placement is assigned by the household's coordinator (the normal assignment flow).
  const placer = policies.roles('coordinator');
  app.get(
    '/api/crisis/episodes/:id/placement-draft',
    ok(
      placer,
      'Start a crisis placement (category 46) from the episode: person, period, crisis products',
      { params: IdParams },
      CrisisPlacementDraft,
    ),
    async (request) => placementDraft(db, requestContext(request), request.params.id),
  );
  app.post(
    '/api/crisis/episodes/:id/placement',
    created(
      placer,
      'Assign a crisis placement from the episode (builds the JW301 like any assignment)',
      { params: IdParams, body: CrisisPlacementInput },
      PlacementCreated,
    ),
    async (request, reply) =>
      reply
        .status(201)
        .send(await requestCrisisPlacement(db, requestContext(request), request.params.id, request.body)),
  );

  app.post(
    '/api/crisis/episodes/:id/handover/confirm',
    ok(
      policies.roles('crisis_service', 'coordinator', 'provider'),
      'Confirm the warm handover (the crisis service, and the receiving team or provider)',
      { params: IdParams },
      CrisisEpisode,
    ),
    async (request) => confirmHandover(db, requestContext(request), request.params.id),
  );

  app.get(
    '/api/crisis/handover-providers',
    ok(service, 'Youth care providers an episode can be handed over to', {}, ProviderOptions),
    async (request) => ({
      items: await organisationsOfKind(db, requestContext(request).tenantId, 'youth_care_provider'),
    }),
  );

  app.get(
    '/api/households/:householdId/crisis-episodes',
    ok(
      policies.roles('coordinator', 'team_lead'),
      "A household's crisis episodes (its dossier)",
      { params: HouseholdParams },
      CrisisEpisodeList,
    ),
    async (request) => listHouseholdEpisodes(db, requestContext(request), request.params.householdId),
  );

  app.get(
    '/api/crisis/settings',
    ok(policies.roles('admin', 'crisis_service'), "The tenant's maximum bridging days", {}, CrisisSettings),
    async (request) => crisisSettings(db, requestContext(request).tenantId),
  );

  app.put(
    '/api/crisis/settings',
    ok(
      policies.roles('admin'),
      "Set the tenant's maximum bridging days",
      { body: CrisisSettings },
      CrisisSettings,
    ),
    async (request) => saveCrisisSettings(db, requestContext(request), request.body),
  );
};
