import {
  AddEntryRequest,
  CloseTrackRequest,
  MyDesignations,
  OpenTrackRequest,
  OrganisationTrackList,
  Problem,
  RaadAnswerInput,
  RaadRequestInput,
  ReportRequest,
  SafetyConditionList,
  SetVisibilityRequest,
  TrackList,
  TrackView,
  VeiligThuisQueue,
  VeiligThuisTriageRequest,
  VeiligThuisTriageResult,
} from '@een-plan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { requestContext } from '../policy/request-context.ts';
import { policies } from '../policy/route-policy.ts';
import { readSafetyConditions } from './conditions.ts';
import { DESIGNABLE_ROLES, readerDesignations } from './designations.ts';
import { organisationOpenTracks } from './designees.ts';
import { addEntry, closeTrack, setVisibility } from './entries.ts';
import { answerRaad, requestRaad } from './raad.ts';
import { reportToVeiligThuis, triageReport, veiligThuisQueue } from './reports.ts';
import { getTrackView, listHouseholdTracks, openTrack } from './tracks.ts';

const Id = z.string().min(1).max(64);
const HouseholdParams = z.object({ householdId: Id });
const TrackParams = z.object({ trackId: Id });
const Created = z.object({ id: z.string() });
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

/** Who may reach the meldcode routes at all; the track decision (policy/decide-safety.ts) does the rest. */
const READERS = policies.roles('coordinator', 'team_lead', 'source', 'provider', 'safety', 'resident');
const WRITERS = policies.roles('coordinator', 'source', 'provider');
const ESCALATORS = policies.roles('coordinator', 'safety');
const VEILIG_THUIS = policies.roles('safety');
const CONDITION_READERS = policies.roles('coordinator', 'team_lead', 'source', 'provider', 'safety');
/** The professionals an organisation may designate as its aandachtsfunctionaris. */
const DESIGNEES = policies.roles(...DESIGNABLE_ROLES);

export const safetyRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/api/households/:householdId/safety/tracks',
    {
      config: { policy: READERS },
      schema: {
        tags: ['safety'],
        summary: "The household's meldcode tracks the reader may see",
        params: HouseholdParams,
        response: { 200: TrackList, ...errors },
      },
    },
    async (request) => {
      const ctx = requestContext(request);
      return listHouseholdTracks(db, ctx.actor, ctx, request.params.householdId);
    },
  );

  app.post(
    '/api/households/:householdId/safety/tracks',
    {
      config: { policy: WRITERS },
      schema: {
        tags: ['safety'],
        summary: 'Open a meldcode track for a person in the household',
        params: HouseholdParams,
        body: OpenTrackRequest,
        response: { 201: Created, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requestContext(request);
      const created = await openTrack(db, ctx.actor, ctx, request.params.householdId, request.body);
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/safety/tracks/:trackId',
    {
      config: { policy: READERS },
      schema: {
        tags: ['safety'],
        summary: 'A meldcode track: its steps, the derived reporting duty, reports and Raad requests',
        params: TrackParams,
        response: { 200: TrackView, ...errors },
      },
    },
    async (request) => {
      const ctx = requestContext(request);
      return getTrackView(db, ctx.actor, ctx, request.params.trackId);
    },
  );

  const write = <B extends z.ZodType>(
    path: string,
    summary: string,
    body: B,
    policy: typeof WRITERS,
    run: (
      ctx: ReturnType<typeof requestContext>,
      trackId: string,
      input: z.infer<B>,
    ) => Promise<{ id: string }>,
  ) =>
    app.post(
      path,
      {
        config: { policy },
        schema: {
          tags: ['safety'],
          summary,
          params: TrackParams,
          body,
          response: { 201: z.looseObject({ id: z.string() }), ...errors },
        },
      },
      async (request, reply) => {
        const ctx = requestContext(request);
        return reply.status(201).send(await run(ctx, request.params.trackId, request.body as z.infer<B>));
      },
    );

  write(
    '/api/safety/tracks/:trackId/entries',
    'Add a step (or a correction of one) to a track; saved entries never change',
    AddEntryRequest,
    WRITERS,
    (ctx, id, input) => addEntry(db, ctx.actor, ctx, id, input),
  );
  write(
    '/api/safety/tracks/:trackId/visibility',
    'Hide the track from household members (the alleged perpetrator); the decision is recorded',
    SetVisibilityRequest,
    WRITERS,
    (ctx, id, input) => setVisibility(db, ctx.actor, ctx, id, input),
  );
  write(
    '/api/safety/tracks/:trackId/close',
    'Close the track (refused while the afwegingskader owes a report that was not made)',
    CloseTrackRequest,
    WRITERS,
    (ctx, id, input) => closeTrack(db, ctx.actor, ctx, id, input),
  );
  write(
    '/api/safety/tracks/:trackId/reports',
    'Report to Veilig Thuis from the track (triage due in 5 working days)',
    ReportRequest,
    WRITERS,
    (ctx, id, input) => reportToVeiligThuis(db, ctx.actor, ctx, id, input),
  );
  write(
    '/api/safety/tracks/:trackId/raad-requests',
    'Ask the Raad voor de Kinderbescherming for an investigation, with the grounds',
    RaadRequestInput,
    ESCALATORS,
    (ctx, id, input) => requestRaad(db, ctx.actor, ctx, id, input),
  );

  app.post(
    '/api/safety/raad-requests/:requestId/answer',
    {
      config: { policy: ESCALATORS },
      schema: {
        tags: ['safety'],
        summary: "Record the Raad's answer to a request",
        params: z.object({ requestId: Id }),
        body: RaadAnswerInput,
        response: { 201: Created, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requestContext(request);
      return reply
        .status(201)
        .send(await answerRaad(db, ctx.actor, ctx, request.params.requestId, request.body));
    },
  );

  app.get(
    '/api/households/:householdId/safety/conditions',
    {
      config: { policy: CONDITION_READERS },
      schema: {
        tags: ['safety'],
        summary: 'The safety conditions Veilig Thuis attached when it handed the family over',
        params: HouseholdParams,
        response: { 200: SafetyConditionList, ...errors },
      },
    },
    async (request) => {
      const ctx = requestContext(request);
      return readSafetyConditions(db, ctx.actor, ctx, request.params.householdId);
    },
  );

  app.get(
    '/api/safety/designations/mine',
    {
      config: { policy: DESIGNEES },
      schema: {
        tags: ['safety'],
        summary: 'Whether the logged-in user is an aandachtsfunctionaris, and of which organisations',
        response: { 200: MyDesignations, ...errors },
      },
    },
    // About the user themselves, no one else's data: the menu asks it to offer the organisation's list.
    async (request) => ({ organisationIds: await readerDesignations(db, requestContext(request).actor) }),
  );

  app.get(
    '/api/safety/organisation-tracks',
    {
      config: { policy: DESIGNEES },
      schema: {
        tags: ['safety'],
        summary: "The aandachtsfunctionaris's list: the open meldcode tracks of their organisation",
        response: { 200: OrganisationTrackList, ...errors },
      },
    },
    async (request) => {
      const ctx = requestContext(request);
      return organisationOpenTracks(db, ctx.actor, ctx);
    },
  );

  app.get(
    '/api/safety/reports',
    {
      config: { policy: VEILIG_THUIS },
      schema: {
        tags: ['safety'],
        summary: "Veilig Thuis's queue of reports, oldest triage deadline first",
        querystring: z.object({ status: z.enum(['open', 'all']).default('open') }),
        response: { 200: VeiligThuisQueue, ...errors },
      },
    },
    async (request) => {
      const ctx = requestContext(request);
      return veiligThuisQueue(db, ctx.actor, ctx, request.query.status);
    },
  );

  app.post(
    '/api/safety/reports/:reportId/triage',
    {
      config: { policy: VEILIG_THUIS },
      schema: {
        tags: ['safety'],
        summary: "Record Veilig Thuis's triage outcome (once)",
        params: z.object({ reportId: Id }),
        body: VeiligThuisTriageRequest,
        response: { 201: VeiligThuisTriageResult, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requestContext(request);
      return reply
        .status(201)
        .send(await triageReport(db, ctx.actor, ctx, request.params.reportId, request.body));
    },
  );
};
