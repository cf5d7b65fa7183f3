import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { adminRoutes } from '../admin/routes.ts';
import { declarationRoutes } from '../assignments/declarations-routes.ts';
import { providerRoutes } from '../assignments/providers-routes.ts';
import { requestRoutes } from '../assignments/requests-routes.ts';
import { assignmentRoutes } from '../assignments/routes.ts';
import { assignmentSettingsRoutes } from '../assignments/settings-routes.ts';
import { auditChainRoutes } from '../audit/chain-routes.ts';
import { startAuditSealer } from '../audit/seal.ts';
import { apiClientRoutes } from '../auth/api-client-routes.ts';
import { authRoutes } from '../auth/routes.ts';
import { sessionPlugin } from '../auth/session-plugin.ts';
import { budgetRoutes } from '../budgets/routes.ts';
import type { Config } from '../config/config.ts';
import { breakGlassRoutes } from '../consent/break-glass-routes.ts';
import { consentPdfRoutes } from '../consent/pdf-routes.ts';
import { consentRoutes } from '../consent/routes.ts';
import { crisisRoutes } from '../crisis/routes.ts';
import type { Database } from '../db/database.ts';
import { futurePlanRoutes } from '../futurePlan/routes.ts';
import { registerMetrics } from '../health/metrics.ts';
import { healthRoutes } from '../health/routes.ts';
import { homeRoutes } from '../home/routes.ts';
import { householdRoutes } from '../households/routes.ts';
import { intakeRoutes } from '../intake/routes.ts';
import { networkRoutes } from '../network/routes.ts';
import { outcomeRoutes } from '../outcomes/routes.ts';
import { attachPlaceChangeBus } from '../placements/live.ts';
import { placementRoutes } from '../placements/routes.ts';
import { planRoutes } from '../plans/routes.ts';
import { safetyPlanRoutes } from '../plans/safety-plan-routes.ts';
import { policyEnforcement, routePolicy } from '../policy/enforce.ts';
import { policies } from '../policy/route-policy.ts';
import { protectionRoutes } from '../protection/routes.ts';
import { referralRoutes } from '../referrals/routes.ts';
import { retentionRoutes } from '../retention/routes.ts';
import { rightsLetterRoutes } from '../rights/letter-routes.ts';
import { rightsRoutes } from '../rights/routes.ts';
import { designationRoutes } from '../safety/designation-routes.ts';
import { safetyRoutes } from '../safety/routes.ts';
import { socialMapRoutes } from '../socialMap/routes.ts';
import { registerTaskEventHook } from '../tasks/event-hook.ts';
import { taskRoutes } from '../tasks/routes.ts';
import { tenantThemeRoutes } from '../tenantTheme/routes.ts';
import { needsCsrfToken } from './csrf-rule.ts';
import { loggerOptions } from './logger.ts';
import { rejectNulCharacters } from './nul-guard.ts';
import { registerOpenApi } from './openapi/register-openapi.ts';
import { clientErrorHandler, errorHandler, sendProblem } from './problems.ts';
import { readYourWrites } from './read-your-writes.ts';
import { recordRefusalAfterRollback } from './refusal-after-rollback.ts';
import { securityHeadersPlugin } from './security-headers.ts';
import { registerWebApp } from './web-app.ts';

export { webDist } from './web-app.ts';

export async function buildApp(opts: {
  config: Config;
  database: Database;
  logger?: boolean;
}): Promise<FastifyInstance> {
  const { config, database } = opts;
  const app = Fastify({
    logger: opts.logger === false ? false : loggerOptions(config.logLevel),
    genReqId: () => crypto.randomUUID(),
    // Only a configured proxy may say who the client is; otherwise X-Forwarded-For is ignored.
    trustProxy: config.trustProxy.length > 0 ? config.trustProxy : false,
    bodyLimit: 1_048_576,
    // A malformed URL is answered before routing; without this Fastify sends its own JSON body.
    frameworkErrors: errorHandler,
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(recordRefusalAfterRollback(database.db, errorHandler));
  app.setNotFoundHandler((_request, reply) => sendProblem(reply, 'not_found'));
  app.addHook('preValidation', rejectNulCharacters);

  await app.register(fastifyCookie, { secret: config.sessionSecret });
  await app.register(fastifyCsrf, {
    cookieKey: 'ep_csrf',
    cookieOpts: {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      signed: true,
      secure: config.publicUrl.startsWith('https://'),
    },
  });
  await app.register(securityHeadersPlugin, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Over plain http a browser ignores HSTS anyway; sent there it only misleads (and pins a dev host).
    strictTransportSecurity: config.publicUrl.startsWith('https://'),
  });
  await app.register(fastifyRateLimit, { global: false });
  await registerOpenApi(app);

  const metrics = registerMetrics(app);
  await app.register(sessionPlugin, { db: database.db, cacheMs: config.sessionCacheMs });
  await app.register(policyEnforcement, { db: database.db });
  await app.register(readYourWrites, { database, secure: config.publicUrl.startsWith('https://') });
  // CSRF after the policy check, so an anonymous POST to a protected route still answers 401.
  app.addHook('onRequest', (request, reply, done) => {
    if (request.is404 || !needsCsrfToken(request.method, routePolicy(request))) return done();
    // A bearer token is never sent by a browser on its own, so it cannot be forged cross-site.
    if (request.authenticatedBy === 'api_token') return done();
    app.csrfProtection(request, reply, done);
  });

  app.get('/api/openapi.json', { config: { policy: policies.public }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
  await app.register(healthRoutes, { database, metrics });
  await app.register(authRoutes, { db: database.db, config });
  await app.register(homeRoutes, { db: database.db });
  await app.register(householdRoutes, { db: database.db });
  await app.register(networkRoutes, { db: database.db });
  await app.register(intakeRoutes, { db: database.db });
  await app.register(planRoutes, { db: database.db });
  await app.register(safetyPlanRoutes, { db: database.db });
  await app.register(referralRoutes, { db: database.db });
  await app.register(socialMapRoutes, { db: database.db });
  await app.register(adminRoutes, { db: database.db });
  await app.register(consentRoutes, { db: database.db });
  await app.register(breakGlassRoutes, { db: database.db });
  await app.register(consentPdfRoutes, { db: database.db });
  // This process's audit sequencer (decision 0047): chains the rows appended without a lock.
  const auditSealer = startAuditSealer(database.db, {
    onError: (error) => app.log.warn({ err: error }, 'audit seal failed; the next one retries'),
  });
  app.addHook('onClose', () => auditSealer.stop());
  await app.register(auditChainRoutes, {
    database,
    checkpoint: { key: config.auditCheckpointKey, dir: config.auditCheckpointDir },
  });
  await app.register(assignmentRoutes, { db: database.db });
  await app.register(providerRoutes, { db: database.db });
  await app.register(apiClientRoutes, { db: database.db });
  await app.register(assignmentSettingsRoutes, { db: database.db });
  await app.register(declarationRoutes, { db: database.db });
  await app.register(requestRoutes, { db: database.db });
  await app.register(tenantThemeRoutes, { db: database.db });
  await app.register(taskRoutes, { db: database.db });
  await app.register(crisisRoutes, { db: database.db });
  await app.register(protectionRoutes, { db: database.db });
  await app.register(placementRoutes, { db: database.db });
  // Live availability: NOTIFY/LISTEN between processes on PostgreSQL, in-process on PGlite.
  const placeChanges = await attachPlaceChangeBus(database);
  app.addHook('onClose', () => placeChanges.close());
  await app.register(futurePlanRoutes, { db: database.db });
  await app.register(rightsRoutes, { db: database.db });
  await app.register(rightsLetterRoutes, { db: database.db });
  await app.register(outcomeRoutes, { db: database.db });
  await app.register(budgetRoutes, { db: database.db });
  await app.register(safetyRoutes, { db: database.db });
  await app.register(designationRoutes, { db: database.db });
  await app.register(retentionRoutes, { db: database.db });
  registerTaskEventHook(app, database.db);
  await registerWebApp(app);
  return app;
}
