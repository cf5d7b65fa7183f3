import { STATUS_CODES } from 'node:http';
import type { SwaggerTransform } from '@fastify/swagger';
import type { RouteOptions } from 'fastify';
import { z } from 'zod';
import { acceptsApiToken } from '../../auth/api-clients.ts';
import { needsCsrfToken } from '../csrf-rule.ts';
import { COMPONENT_REF, type SchemaComponents } from './schema-components.ts';

type JsonSchema = Record<string, unknown>;
type Responses = Record<string, unknown>;

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';
const problemRef = { $ref: `${COMPONENT_REF}Problem` };

/**
 * A stable operationId from method and path: `GET /api/households/:householdId/plan` →
 * `getHouseholdsByHouseholdIdPlan`. A route may set its own `schema.operationId`.
 */
function deriveOperationId(method: string, url: string): string {
  const words = url
    .split('/')
    .filter((segment) => segment !== '' && segment !== 'api')
    .flatMap((segment) =>
      segment.startsWith(':') ? ['by', segment.slice(1)] : segment.split(/[^A-Za-z0-9]+/),
    )
    .filter(Boolean);
  return (
    method.toLowerCase() +
    words.map((w) => w.charAt(0).toUpperCase() + w.slice(1).replace(/[^A-Za-z0-9]/g, '')).join('')
  );
}

/** Who may call an operation, from the route's policy: the scheme names are in `securitySchemes`. */
function securityOf(method: string, url: string, route: RouteOptions): Array<Record<string, string[]>> {
  const policy = route.config?.policy;
  const csrf: Record<string, string[]> = needsCsrfToken(method, policy) ? { csrfToken: [] } : {};
  if (policy?.access === 'public') return Object.keys(csrf).length > 0 ? [csrf] : [];
  const session: Record<string, string[]> = { session: [], ...csrf };
  return acceptsApiToken(url) ? [{ providerKey: [] }, session] : [session];
}

const problemResponse = (status: string, schema: unknown = problemRef) => ({
  description: `${status === 'default' ? 'Unexpected error' : STATUS_CODES[status]} (RFC 9457 problem details; \`code\` is stable)`,
  content: { [PROBLEM_MEDIA_TYPE]: { schema } },
});

const INPUT_PARTS = ['body', 'querystring', 'params', 'headers'];

const isError = (status: string) => status === 'default' || Number(status) >= 400;

function convertResponses(response: Responses, components: SchemaComponents): Responses {
  const out: Responses = {};
  for (const [status, value] of Object.entries(response)) {
    const schema = value instanceof z.ZodType ? components.convert(value, 'output') : (value as JsonSchema);
    if (isError(status)) out[status] = problemResponse(status, schema);
    else if (schema.type === 'null') out[status] = { type: 'null', description: STATUS_CODES[status] };
    else
      out[status] = {
        description: STATUS_CODES[status] ?? 'Success',
        content: { 'application/json': { schema } },
      };
  }
  return out;
}

/** The errors any route can answer with, from what it takes and who may call it. */
function addStandardErrors(responses: Responses, schema: JsonSchema, security: unknown[], method: string) {
  const add = (status: string) => {
    if (!responses[status]) responses[status] = problemResponse(status);
  };
  if (schema.body || schema.querystring || schema.params || schema.headers) add('400');
  const isPublic = security.length === 0 || security.every((s) => !('session' in (s as object)));
  if (!isPublic) add('401');
  if (!isPublic || security.length > 0) add('403');
  if (schema.params) add('404');
  if (schema.body && method !== 'GET') add('413');
  add('default');
}

/**
 * The per-route part of the document: zod schemas to JSON Schema with named components,
 * operationId, security from the route's policy, and every error as problem+json.
 */
export function createOperationTransform(components: SchemaComponents): SwaggerTransform {
  return ({ schema, url, route }) => {
    const source = (schema ?? {}) as JsonSchema;
    if (source.hide) return { schema: { hide: true } as never, url };
    const method = (Array.isArray(route.method) ? route.method[0] : route.method) as string;
    const transformed: JsonSchema = {};
    for (const [key, value] of Object.entries(source)) {
      if (key === 'response') continue;
      if (!(value instanceof z.ZodType) || !INPUT_PARTS.includes(key)) {
        transformed[key] = value;
        continue;
      }
      const json = components.convert(value, 'input', { inline: key !== 'body' });
      // Parameters are the properties of an object; a free-form record (OIDC callback) has none to list.
      if (key === 'body' || json.properties) transformed[key] = json;
    }
    const security = securityOf(method, url, route as RouteOptions);
    const responses = convertResponses((source.response ?? {}) as Responses, components);
    addStandardErrors(responses, source, security, method);
    transformed.response = responses;
    transformed.security = security;
    transformed.operationId ??= deriveOperationId(method, url);
    return { schema: transformed as never, url };
  };
}
