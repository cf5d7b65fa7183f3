/** The crisis routes as one table (decision 0030): registered by the server, called by the web. */
import { z } from 'zod';
import { BreakGlassLookup, HouseholdLookupResult } from './break-glass.ts';
import {
  CreateCrisisEpisodeRequest,
  CrisisEpisode,
  CrisisEpisodeList,
  CrisisPlacementDraft,
  CrisisPlacementInput,
  CrisisSettings,
  ProposeHandoverRequest,
  RecordCrisisDecisionRequest,
  RecordExitPlanRequest,
  RecordOnSiteRequest,
} from './crisis.ts';
import { route } from './route-table.ts';

const Id = z.string().min(1).max(100);
const IdParams = z.object({ id: Id });
const EPISODES = '/api/crisis/episodes';
const EPISODE = `${EPISODES}/:id` as const;
/** A step of the crisis service on an episode: the episode as it now is. */
const step = <const P extends string, B extends z.ZodType>(path: P, body: B) =>
  route({ method: 'POST', path, params: IdParams, body, response: CrisisEpisode });

/** The crisis service's own episodes, with how many there are and how many are overdue. */
export const OwnCrisisEpisodeList = CrisisEpisodeList.extend({
  total: z.number().int(),
  overdue: z.number().int(),
});
/** The providers an episode can be handed over to. */
export const CrisisHandoverProviders = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string() })),
});
export const CrisisPlacementCreated = z.object({
  id: z.string(),
  status: z.string(),
  budgetCents: z.number().int(),
});

/** The crisis routes (episodes, their steps and placement), and the exact household lookup. */
export const crisisRoutes = {
  ownEpisodes: route({ method: 'GET', path: EPISODES, response: OwnCrisisEpisodeList }),
  createEpisode: route({
    method: 'POST',
    path: EPISODES,
    status: 201,
    body: CreateCrisisEpisodeRequest,
    response: CrisisEpisode,
  }),
  episode: route({ method: 'GET', path: EPISODE, params: IdParams, response: CrisisEpisode }),
  onSite: step(`${EPISODE}/on-site`, RecordOnSiteRequest),
  decision: step(`${EPISODE}/decision`, RecordCrisisDecisionRequest),
  exitPlan: step(`${EPISODE}/exit-plan`, RecordExitPlanRequest),
  handover: step(`${EPISODE}/handover`, ProposeHandoverRequest),
  householdLookup: route({
    method: 'POST',
    path: '/api/households/lookup',
    body: BreakGlassLookup,
    response: HouseholdLookupResult,
  }),
  placementDraft: route({
    method: 'GET',
    path: `${EPISODE}/placement-draft`,
    params: IdParams,
    response: CrisisPlacementDraft,
  }),
  requestPlacement: route({
    method: 'POST',
    path: `${EPISODE}/placement`,
    status: 201,
    params: IdParams,
    body: CrisisPlacementInput,
    response: CrisisPlacementCreated,
  }),
  confirmHandover: route({
    method: 'POST',
    path: `${EPISODE}/handover/confirm`,
    params: IdParams,
    response: CrisisEpisode,
  }),
  handoverProviders: route({
    method: 'GET',
    path: '/api/crisis/handover-providers',
    response: CrisisHandoverProviders,
  }),
  householdEpisodes: route({
    method: 'GET',
    path: '/api/households/:householdId/crisis-episodes',
    params: z.object({ householdId: Id }),
    response: CrisisEpisodeList,
  }),
  settings: route({ method: 'GET', path: '/api/crisis/settings', response: CrisisSettings }),
  saveSettings: route({
    method: 'PUT',
    path: '/api/crisis/settings',
    body: CrisisSettings,
    response: CrisisSettings,
  }),
} as const;
