import { Problem } from '@een-plan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { policies } from '../policy/route-policy.ts';

export const Params = z.object({ householdId: z.string().min(1).max(100) });
export const Ok = z.object({ ok: z.literal(true) });
export const Created = z.object({ id: z.string() });
export const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
export const planAccess = policies.roles('coordinator', 'team_lead', 'resident');
export const professional = policies.roles('coordinator', 'team_lead');
export const tags = ['plans'];

/** The Fastify instance the plan routes register on. */
export type PlanApp = Parameters<FastifyPluginAsyncZod<{ db: Db }>>[0];
