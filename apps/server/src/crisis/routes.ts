import { crisisRoutes as api, type CrisisEpisode, Problem } from '@een-plan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { Db } from '../db/database.ts';
import { contractRoute, type RouteDocs } from '../http/contract-route.ts';
import { type RequestContext, requestContext } from '../policy/request-context.ts';
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
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const service = policies.roles('crisis_service');

type Contract = (typeof api)[keyof typeof api];
/** A route's contract with who may call it, what it does, and the problems every crisis route may answer. */
const options = <C extends Contract>(
  contract: C,
  policy: RoutePolicy,
  summary: string | Omit<RouteDocs, 'tags'>,
) => ({
  ...contractRoute(contract, errors, { tags, ...(typeof summary === 'string' ? { summary } : summary) }),
  config: { policy },
});

type StepName = 'onSite' | 'decision' | 'exitPlan' | 'handover';

/** The crisis routes of the contract table (packages/contracts/src/crisis-routes.ts, decision 0030). */
export const crisisRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.route({
    ...options(api.ownEpisodes, service, "The crisis service's own episodes, open first"),
    handler: async (request) => listOwnEpisodes(db, requestContext(request)),
  });

  app.route({
    ...options(
      api.createEpisode,
      policies.roles('crisis_service', 'coordinator'),
      'Report a crisis for a household (by phone, or by its professional)',
    ),
    handler: async (request, reply) => {
      reply.code(201);
      return createEpisode(db, requestContext(request), request.body);
    },
  });

  app.route({
    ...options(
      api.episode,
      policies.roles('crisis_service', 'coordinator', 'team_lead', 'provider'),
      'One crisis episode with its deadlines',
    ),
    handler: async (request) => getEpisode(db, requestContext(request), request.params.id),
  });

  /** A step of the crisis service alone on an episode: the episode back on success. */
  const step = <S extends StepName>(
    name: S,
    summary: string,
    run: (
      db: Db,
      ctx: RequestContext,
      id: string,
      input: z.infer<(typeof api)[S]['body']>,
    ) => Promise<CrisisEpisode>,
  ) =>
    app.route({
      ...options(api[name] as typeof api.onSite, service, summary),
      handler: async (request) =>
        run(db, requestContext(request), request.params.id, request.body as z.infer<(typeof api)[S]['body']>),
    });
  step('onSite', 'Record arrival on site (norm: two hours after the call)', recordOnSite);
  step(
    'decision',
    'Record the key decision with the behavioural expert and the bridging help',
    recordDecision,
  );
  step('exitPlan', 'Record the exit plan (due two weeks after the decision)', recordExitPlan);
  step('handover', 'Propose the warm handover to the regular team or a provider', proposeHandover);

  // The crisis service and the GI are called in without knowing the family: an exact lookup.
  app.route({
    ...options(api.householdLookup, policies.roles('crisis_service', 'certified_institution'), {
      summary: 'Find a household by exact data to open a crisis episode or register a measure (audited)',
      description: 'BSN and birth date, or surname, birth date and postcode; in the body, never in a URL.',
    }),
    handler: async (request) => ({ items: await lookupHousehold(db, requestContext(request), request.body) }),
  });

  // A crisis placement is assigned by the household's coordinator (the normal assignment flow).
  const placer = policies.roles('coordinator');
  app.route({
    ...options(
      api.placementDraft,
      placer,
      'Start a crisis placement (category 46) from the episode: person, period, crisis products',
    ),
    handler: async (request) => placementDraft(db, requestContext(request), request.params.id),
  });
  app.route({
    ...options(
      api.requestPlacement,
      placer,
      'Assign a crisis placement from the episode (builds the JW301 like any assignment)',
    ),
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await requestCrisisPlacement(db, requestContext(request), request.params.id, request.body)),
  });

  app.route({
    ...options(
      api.confirmHandover,
      policies.roles('crisis_service', 'coordinator', 'provider'),
      'Confirm the warm handover (the crisis service, and the receiving team or provider)',
    ),
    handler: async (request) => confirmHandover(db, requestContext(request), request.params.id),
  });

  app.route({
    ...options(api.handoverProviders, service, 'Youth care providers an episode can be handed over to'),
    handler: async (request) => ({
      items: await organisationsOfKind(db, requestContext(request).tenantId, 'youth_care_provider'),
    }),
  });

  app.route({
    ...options(
      api.householdEpisodes,
      policies.roles('coordinator', 'team_lead'),
      "A household's crisis episodes (its dossier)",
    ),
    handler: async (request) =>
      listHouseholdEpisodes(db, requestContext(request), request.params.householdId),
  });

  app.route({
    ...options(api.settings, policies.roles('admin', 'crisis_service'), "The tenant's maximum bridging days"),
    handler: async (request) => crisisSettings(db, requestContext(request).tenantId),
  });

  app.route({
    ...options(api.saveSettings, policies.roles('admin'), "Set the tenant's maximum bridging days"),
    handler: async (request) => saveCrisisSettings(db, requestContext(request), request.body),
  });
};
