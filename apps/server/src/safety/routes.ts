import { safetyRoutes as api, Problem } from '@een-plan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { Db } from '../db/database.ts';
import { contractRoute } from '../http/contract-route.ts';
import { requestContext } from '../policy/request-context.ts';
import { policies } from '../policy/route-policy.ts';
import { readSafetyConditions } from './conditions.ts';
import { DESIGNABLE_ROLES, readerDesignations } from './designations.ts';
import { organisationOpenTracks } from './designees.ts';
import { addEntry, closeTrack, setVisibility } from './entries.ts';
import { answerRaad, requestRaad } from './raad.ts';
import { reportToVeiligThuis, triageReport, veiligThuisQueue } from './reports.ts';
import { getTrackView, listHouseholdTracks, openTrack } from './tracks.ts';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };
const tags = ['safety'];

type TrackStep = 'addEntry' | 'setVisibility' | 'close' | 'report' | 'requestRaad';

/** Who may reach the meldcode routes at all; the track decision (policy/decide-safety.ts) does the rest. */
const READERS = policies.roles('coordinator', 'team_lead', 'source', 'provider', 'safety', 'resident');
const WRITERS = policies.roles('coordinator', 'source', 'provider');
const ESCALATORS = policies.roles('coordinator', 'safety');
const VEILIG_THUIS = policies.roles('safety');
const CONDITION_READERS = policies.roles('coordinator', 'team_lead', 'source', 'provider', 'safety');
/** The professionals an organisation may designate as its aandachtsfunctionaris. */
const DESIGNEES = policies.roles(...DESIGNABLE_ROLES);

/** The meldcode routes of the contract table (packages/contracts/src/safety.ts, decision 0030). */
export const safetyRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.route({
    ...contractRoute(api.householdTracks, errors, {
      tags,
      summary: "The household's meldcode tracks the reader may see",
    }),
    config: { policy: READERS },
    handler: async (request) => {
      const ctx = requestContext(request);
      return listHouseholdTracks(db, ctx.actor, ctx, request.params.householdId);
    },
  });

  app.route({
    ...contractRoute(api.openTrack, errors, {
      tags,
      summary: 'Open a meldcode track for a person in the household',
    }),
    config: { policy: WRITERS },
    handler: async (request, reply) => {
      const ctx = requestContext(request);
      const created = await openTrack(db, ctx.actor, ctx, request.params.householdId, request.body);
      return reply.status(201).send(created);
    },
  });

  app.route({
    ...contractRoute(api.track, errors, {
      tags,
      summary: 'A meldcode track: its steps, the derived reporting duty, reports and Raad requests',
    }),
    config: { policy: READERS },
    handler: async (request) => {
      const ctx = requestContext(request);
      return getTrackView(db, ctx.actor, ctx, request.params.trackId);
    },
  });

  /** A step on a track: POST with the track in the path, answered 201 with the new record's id. */
  const step = <C extends (typeof api)[TrackStep]>(
    contract: C,
    summary: string,
    policy: typeof WRITERS,
    run: (
      ctx: ReturnType<typeof requestContext>,
      trackId: string,
      input: z.infer<C['body']>,
    ) => Promise<{ id: string }>,
  ) =>
    app.route({
      ...contractRoute(contract as (typeof api)['addEntry'], errors, { tags, summary }),
      config: { policy },
      handler: async (request, reply) => {
        const ctx = requestContext(request);
        return reply
          .status(201)
          .send(await run(ctx, request.params.trackId, request.body as z.infer<C['body']>));
      },
    });

  step(
    api.addEntry,
    'Add a step (or a correction of one) to a track; saved entries never change',
    WRITERS,
    (ctx, id, input) => addEntry(db, ctx.actor, ctx, id, input),
  );
  step(
    api.setVisibility,
    'Hide the track from household members (the alleged perpetrator); the decision is recorded',
    WRITERS,
    (ctx, id, input) => setVisibility(db, ctx.actor, ctx, id, input),
  );
  step(
    api.close,
    'Close the track (refused while the afwegingskader owes a report that was not made)',
    WRITERS,
    (ctx, id, input) => closeTrack(db, ctx.actor, ctx, id, input),
  );
  step(
    api.report,
    'Report to Veilig Thuis from the track (triage due in 5 working days)',
    WRITERS,
    (ctx, id, input) => reportToVeiligThuis(db, ctx.actor, ctx, id, input),
  );
  step(
    api.requestRaad,
    'Ask the Raad voor de Kinderbescherming for an investigation, with the grounds',
    ESCALATORS,
    (ctx, id, input) => requestRaad(db, ctx.actor, ctx, id, input),
  );

  app.route({
    ...contractRoute(api.answerRaad, errors, { tags, summary: "Record the Raad's answer to a request" }),
    config: { policy: ESCALATORS },
    handler: async (request, reply) => {
      const ctx = requestContext(request);
      return reply
        .status(201)
        .send(await answerRaad(db, ctx.actor, ctx, request.params.requestId, request.body));
    },
  });

  app.route({
    ...contractRoute(api.conditions, errors, {
      tags,
      summary: 'The safety conditions Veilig Thuis attached when it handed the family over',
    }),
    config: { policy: CONDITION_READERS },
    handler: async (request) => {
      const ctx = requestContext(request);
      return readSafetyConditions(db, ctx.actor, ctx, request.params.householdId);
    },
  });

  app.route({
    ...contractRoute(api.myDesignations, errors, {
      tags,
      summary: 'Whether the logged-in user is an aandachtsfunctionaris, and of which organisations',
    }),
    config: { policy: DESIGNEES },
    // About the user themselves, no one else's data: the menu asks it to offer the organisation's list.
    handler: async (request) => ({
      organisationIds: await readerDesignations(db, requestContext(request).actor),
    }),
  });

  app.route({
    ...contractRoute(api.organisationTracks, errors, {
      tags,
      summary: "The aandachtsfunctionaris's list: the open meldcode tracks of their organisation",
    }),
    config: { policy: DESIGNEES },
    handler: async (request) => {
      const ctx = requestContext(request);
      return organisationOpenTracks(db, ctx.actor, ctx);
    },
  });

  app.route({
    ...contractRoute(api.veiligThuisQueue, errors, {
      tags,
      summary: "Veilig Thuis's queue of reports, oldest triage deadline first",
    }),
    config: { policy: VEILIG_THUIS },
    handler: async (request) => {
      const ctx = requestContext(request);
      return veiligThuisQueue(db, ctx.actor, ctx, request.query.status);
    },
  });

  app.route({
    ...contractRoute(api.triage, errors, { tags, summary: "Record Veilig Thuis's triage outcome (once)" }),
    config: { policy: VEILIG_THUIS },
    handler: async (request, reply) => {
      const ctx = requestContext(request);
      return reply
        .status(201)
        .send(await triageReport(db, ctx.actor, ctx, request.params.reportId, request.body));
    },
  });
};
