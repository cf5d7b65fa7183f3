import type { Actor } from '../policy/actor.ts';
import { actorOf, type RequestContext, requestContext } from '../policy/request-context.ts';

/** The parts of a request on a household route that a service call on that household takes. */
export interface HouseholdRequest<B> {
  id: string;
  ip: string;
  actor?: Actor | null;
  params: { householdId: string };
  body: B;
}

/** A plan service call on one household, as every write route makes it. */
export type HouseholdCall<B, R> = (
  actor: Actor,
  householdId: string,
  body: B,
  context: RequestContext,
) => Promise<R>;

/** Runs `call` for the caller on the route's household with the request body. */
export function onHousehold<B, R>(request: HouseholdRequest<B>, call: HouseholdCall<B, R>): Promise<R> {
  return call(actorOf(request), request.params.householdId, request.body, requestContext(request));
}

/** A household service taking the database first, as most write services do. */
type HouseholdService<D, B, R> = (
  db: D,
  actor: Actor,
  householdId: string,
  body: B,
  context: RequestContext,
) => Promise<R>;

/** `service` on this database, in the shape `onHousehold` runs. */
export function serviceCall<D, B, R>(db: D, service: HouseholdService<D, B, R>): HouseholdCall<B, R> {
  return (actor, householdId, body, context) => service(db, actor, householdId, body, context);
}
