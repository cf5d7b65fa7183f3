import type { RouteContract } from '@een-plan/contracts';
import type { z } from 'zod';

/** What the OpenAPI document says of a route beside its contract. */
export interface RouteDocs {
  tags: string[];
  summary: string;
  description?: string;
}

/** The route options `contractRoute` gives, typed by the contract so the handler's request is too. */
interface ContractRouteOptions<C extends RouteContract, E> {
  method: C['method'];
  url: C['path'];
  schema: RouteDocs &
    Pick<C, 'params' | 'querystring' | 'body'> & { response: E & { [K in C['status']]: C['response'] } };
}

/**
 * The method, URL and schema of a route from its contract in packages/contracts (decision 0030), with
 * the route's documentation and error answers: spread it into `app.route` and add the policy and the
 * handler. The success status and its schema come from the contract, so the web client and the
 * server cannot disagree on them.
 */
export function contractRoute<C extends RouteContract, E extends Record<number, z.ZodType>>(
  contract: C,
  errors: E,
  docs: RouteDocs,
): ContractRouteOptions<C, E> {
  const parts = { params: contract.params, querystring: contract.querystring, body: contract.body };
  return {
    method: contract.method,
    url: contract.path,
    schema: {
      ...docs,
      // A route without a body (or parameters, or query) has no such key, as when written by hand.
      ...(Object.fromEntries(Object.entries(parts).filter(([, schema]) => schema)) as Pick<
        C,
        'params' | 'querystring' | 'body'
      >),
      response: { ...errors, [contract.status]: contract.response } as E & {
        [K in C['status']]: C['response'];
      },
    },
  };
}
