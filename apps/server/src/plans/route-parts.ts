import { Problem } from '@een-plan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { type HouseholdCall, type HouseholdRequest, onHousehold } from '../http/household-route.ts';
import { policies, type RoutePolicy } from '../policy/route-policy.ts';

export const Params = z.object({ householdId: z.string().min(1).max(100) });
export const Ok = z.object({ ok: z.literal(true) });
export const Created = z.object({ id: z.string() });
export const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
export const planAccess = policies.roles('coordinator', 'team_lead', 'resident');
export const professional = policies.roles('coordinator', 'team_lead');
export { onHousehold };
export const tags = ['plans'];

/** The Fastify instance the plan routes register on. */
export type PlanApp = Parameters<FastifyPluginAsyncZod<{ db: Db }>>[0];

/** A write route that answers `{ ok: true }` once the call is done. */
export async function okAfter<B>(request: HouseholdRequest<B>, call: HouseholdCall<B, unknown>) {
  await onHousehold(request, call);
  return { ok: true as const };
}

/** A write route that creates something: the body of its 201 answer. */
export async function createdBy<B>(request: HouseholdRequest<B>, call: HouseholdCall<B, string>) {
  return { id: await onHousehold(request, call) };
}

/** The options of a write route on one household: who may call it, what it does, what it takes. */
export function householdWrite<P extends z.ZodType, B extends z.ZodType, R extends object>(
  policy: RoutePolicy,
  summary: string,
  params: P,
  body: B,
  response: R,
) {
  return {
    config: { policy },
    schema: { tags, summary, params, body, response: { ...response, ...errors } },
  };
}

/** A household write that answers `{ ok: true }`. */
export function okRoute<P extends z.ZodType, B extends z.ZodType>(
  policy: RoutePolicy,
  summary: string,
  params: P,
  body: B,
) {
  return householdWrite(policy, summary, params, body, { 200: Ok });
}

/** A household write that creates something and answers 201 with its id. */
export function createRoute<P extends z.ZodType, B extends z.ZodType>(
  policy: RoutePolicy,
  summary: string,
  params: P,
  body: B,
) {
  return householdWrite(policy, summary, params, body, { 201: Created });
}
