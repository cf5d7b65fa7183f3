import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { describeIjwEndpoint, ijwWebhooks } from './ijw-exchange.ts';
import { createOperationTransform } from './operation.ts';
import { nameContractSchemas, SchemaComponents } from './schema-components.ts';

type Json = Record<string, unknown>;

const tags = [
  { name: 'auth', description: 'Login (demo, OpenID Connect), session and CSRF token' },
  { name: 'home', description: "The start page of the logged-in user's role" },
  { name: 'households', description: 'Households, members, caseload, search and the dossier' },
  { name: 'network', description: "The household's network and ecogram" },
  { name: 'intake', description: 'The kitchen-table conversation and self-reliance scores' },
  { name: 'plans', description: 'The family plan: goals, actions, versions, agreement, evaluation' },
  { name: 'portal', description: 'The resident portal ("Mijn plan")' },
  { name: 'referrals', description: 'Signals (aanmeldingen), triage and waiting times' },
  { name: 'social-map', description: 'The social map (sociale kaart)' },
  { name: 'consent', description: "The family's consents, break-glass access and access log" },
  {
    name: 'assignments',
    description: 'Contracts, iJw assignments, requests, declarations and message exchange',
  },
  { name: 'admin', description: 'Areas, postcodes and other administration' },
  { name: 'audit', description: 'The audit hash chain' },
  { name: 'health', description: 'Liveness, readiness and metrics' },
];

/** The OpenAPI 3.1 document (served at /api/openapi.json), browsable at /api/docs. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  nameContractSchemas();
  const components = new SchemaComponents();
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Eén Plan API',
        version: '0.1.0',
        description:
          'One household, one plan, one coordinator. Errors are RFC 9457 problem details (`application/problem+json`) with a stable `code` and a Dutch and English `message`.',
        license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
      },
      servers: [{ url: '/', description: 'The installation that serves this document' }],
      tags,
      components: {
        securitySchemes: {
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: 'ep_session',
            description:
              'The session cookie set by a login (OpenID Connect, or the demo login outside production).',
          },
          csrfToken: {
            type: 'apiKey',
            in: 'header',
            name: 'x-csrf-token',
            description:
              'Required on every state-changing call made with a session: the `csrfToken` from `GET /api/auth/csrf` or the login answer, together with the `ep_csrf` cookie that call sets.',
          },
          providerKey: {
            type: 'http',
            scheme: 'bearer',
            bearerFormat: 'ep_<tenant>_<secret>',
            description:
              "A provider system's key, created by an administrator (Contracten → Koppelingen) and shown once; only for the iJw exchange.",
          },
        },
      },
      webhooks: ijwWebhooks,
    } as never,
    transform: createOperationTransform(components),
    transformObject: (documentObject) => {
      const document = (documentObject as { openapiObject: Json }).openapiObject;
      describeIjwEndpoint(document);
      components.finish(document);
      return document as never;
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
}
