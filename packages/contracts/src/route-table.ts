import type { z } from 'zod';

/**
 * A module's HTTP routes as one table that the server registers and the web client calls (decision
 * 0030): the method, the path with its `:name` parameters, the answer's status, and the zod schemas
 * of the parameters, query, body and answer. Neither side writes a path or a schema list again.
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Schema = z.ZodType | undefined;

export interface RouteContract<
  M extends HttpMethod = HttpMethod,
  P extends string = string,
  S extends 200 | 201 = 200 | 201,
  R extends z.ZodType = z.ZodType,
  B extends Schema = Schema,
  Q extends Schema = Schema,
  A extends Schema = Schema,
> {
  method: M;
  path: P;
  status: S;
  response: R;
  body: B;
  querystring: Q;
  params: A;
}

/** One route of a table; the status is 200 unless given. */
export function route<
  const M extends HttpMethod,
  const P extends string,
  R extends z.ZodType,
  B extends Schema = undefined,
  Q extends Schema = undefined,
  A extends Schema = undefined,
  const S extends 200 | 201 = 200,
>(spec: {
  method: M;
  path: P;
  response: R;
  status?: S;
  body?: B;
  querystring?: Q;
  params?: A;
}): RouteContract<M, P, S, R, B, Q, A> {
  return {
    method: spec.method,
    path: spec.path,
    status: (spec.status ?? 200) as S,
    response: spec.response,
    body: spec.body as B,
    querystring: spec.querystring as Q,
    params: spec.params as A,
  };
}

/** The `:name` parameters of a route path. */
export type PathParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;
export type PathParams<C extends RouteContract> = Record<PathParamNames<C['path']>, string>;
/** What a client sends as the body (before the server's defaults), and what it gets back. */
export type RouteBody<C extends RouteContract> = C['body'] extends z.ZodType ? z.input<C['body']> : undefined;
export type RouteQuery<C extends RouteContract> = C['querystring'] extends z.ZodType
  ? z.input<C['querystring']>
  : undefined;
export type RouteResult<C extends RouteContract> = z.output<C['response']>;

/** The route's path with its parameters filled in (each URL-encoded) and its query appended. */
export function routePath<C extends RouteContract>(
  contract: C,
  params: PathParams<C>,
  query?: Record<string, string | undefined>,
): string {
  const values = params as Record<string, string>;
  const path = contract.path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`route ${contract.path}: no value for :${name}`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams(
    Object.entries(query ?? {}).filter((entry): entry is [string, string] => entry[1] !== undefined),
  ).toString();
  return search ? `${path}?${search}` : path;
}
