import {
  type CsrfResponse,
  type PathParamNames,
  type PathParams,
  type RouteBody,
  type RouteContract,
  type RouteQuery,
  type RouteResult,
  routePath,
} from '@een-plan/contracts';
import { ApiError, isProblem, NetworkError } from './api-error.ts';
import { rememberCsrfToken, rememberedCsrfToken } from './csrf-token.ts';

type StateChangingMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const acceptJson = 'application/json, application/problem+json';

async function send(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, { ...init, credentials: 'same-origin' });
  } catch (cause) {
    throw new NetworkError(cause);
  }
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function parseResponse<T>(response: Response): Promise<T> {
  const body = await readBody(response);
  if (!response.ok) throw new ApiError(response.status, isProblem(body) ? body : null);
  return body as T;
}

export async function apiGet<T>(path: string): Promise<T> {
  const response = await send(path, { method: 'GET', headers: { accept: acceptJson } });
  return parseResponse<T>(response);
}

async function fetchCsrfToken(): Promise<string> {
  const { csrfToken } = await apiGet<CsrfResponse>('/api/auth/csrf');
  rememberCsrfToken(csrfToken);
  return csrfToken;
}

function isCsrfRejection(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403 && /csrf/i.test(error.code ?? '');
}

async function sendWithCsrf<T>(
  method: StateChangingMethod,
  path: string,
  body: unknown,
  csrfToken: string,
): Promise<T> {
  const headers: Record<string, string> = { accept: acceptJson, 'x-csrf-token': csrfToken };
  const init: RequestInit = { method, headers };
  // Only declare JSON when there is a body: an empty body labelled as JSON is a 400 on the server.
  if (body !== undefined) {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  return parseResponse<T>(await send(path, init));
}

export async function apiSend<T>(method: StateChangingMethod, path: string, body?: unknown): Promise<T> {
  const token = rememberedCsrfToken() ?? (await fetchCsrfToken());
  try {
    return await sendWithCsrf<T>(method, path, body, token);
  } catch (error) {
    // A token from an expired or replaced session is refused once; a fresh one fixes that.
    if (!isCsrfRejection(error)) throw error;
    return sendWithCsrf<T>(method, path, body, await fetchCsrfToken());
  }
}

/** What a call of a contract route takes: the path's parameters, the query and the body, where it has them. */
type RouteCall<C extends RouteContract> = (PathParamNames<C['path']> extends never
  ? { params?: undefined }
  : { params: PathParams<C> }) &
  (RouteQuery<C> extends undefined ? { query?: undefined } : { query?: RouteQuery<C> }) &
  (RouteBody<C> extends undefined ? { body?: undefined } : { body: RouteBody<C> });

/** Calls a route of a contract table in packages/contracts (decision 0030): its method, its path, its answer. */
export function apiCall<C extends RouteContract>(
  contract: C,
  // biome-ignore lint/complexity/noBannedTypes: "a call with nothing to give" is exactly {}
  ...[call]: {} extends RouteCall<C> ? [call?: RouteCall<C>] : [call: RouteCall<C>]
): Promise<RouteResult<C>> {
  const path = routePath(
    contract,
    (call?.params ?? {}) as PathParams<C>,
    call?.query as Record<string, string>,
  );
  return contract.method === 'GET'
    ? apiGet<RouteResult<C>>(path)
    : apiSend<RouteResult<C>>(contract.method, path, call?.body);
}
