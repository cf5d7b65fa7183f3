import {
  AuthConfig,
  CsrfResponse,
  DemoLoginRequest,
  DemoUsersResponse,
  Problem,
  Role,
  roleHomePath,
  SessionResponse,
  SessionState,
} from '@een-plan/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import type { Config } from '../config/config.ts';
import type { Db } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import { actorOf } from '../policy/request-context.ts';
import { policies } from '../policy/route-policy.ts';
import {
  assertLoginNotLocked,
  clearLoginFailures,
  type LoginAttempt,
  recordLoginFailure,
} from './login-lock.ts';
import { finishOidcLogin, type OidcLoginState, oidcClientFactory, startOidcLogin } from './oidc.ts';
import { createSession, deleteSession, findActorBySession, SESSION_COOKIE } from './sessions.ts';
import { describeSessionUser, findUsersById, findUsersByOidcSubject, listDemoUsers } from './users.ts';

const OIDC_COOKIE = 'ep_oidc';

export const authRoutes: FastifyPluginAsyncZod<{ db: Db; config: Config }> = async (app, { db, config }) => {
  const secure = config.publicUrl.startsWith('https://');
  const loginRateLimit = { max: config.loginRateLimit, timeWindow: '1 minute' };

  const setSessionCookie = (reply: FastifyReply, value: string) =>
    reply.setCookie(SESSION_COOKIE, value, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure,
      maxAge: config.sessionTtlHours * 3600,
    });

  /** Starts a session for a user whose identity was established, and audits the login. */
  const logIn = async (
    request: FastifyRequest,
    reply: FastifyReply,
    user: { tenantId: string; id: string },
    method: 'demo' | 'oidc',
  ) => {
    const cookie = await createSession(db, {
      tenantId: user.tenantId,
      userId: user.id,
      ttlHours: config.sessionTtlHours,
      authMethod: method,
    });
    const actor = await findActorBySession(db, cookie);
    if (!actor) throw new ProblemError('unauthenticated');
    await recordAudit(db, {
      tenantId: user.tenantId,
      actor,
      action: 'auth.login',
      outcome: 'success',
      details: { method },
      requestId: request.id,
      clientAddress: request.ip,
    });
    setSessionCookie(reply, cookie);
    return actor;
  };

  const loginAttempt = (
    request: FastifyRequest,
    account: string,
    accounts: LoginAttempt['accounts'],
  ): LoginAttempt => ({ account, accounts, requestId: request.id, clientAddress: request.ip });

  app.get(
    '/api/auth/config',
    {
      config: { policy: policies.public },
      schema: { tags: ['auth'], summary: 'Which login methods are available', response: { 200: AuthConfig } },
    },
    async () => ({ demoLogin: config.demoLogin, oidc: Boolean(config.oidc) }),
  );

  app.get(
    '/api/auth/csrf',
    {
      config: { policy: policies.public },
      schema: {
        tags: ['auth'],
        summary: 'A CSRF token for state-changing requests',
        response: { 200: CsrfResponse },
      },
    },
    async (_request, reply) => ({ csrfToken: reply.generateCsrf() }),
  );

  app.get(
    '/api/auth/session',
    {
      config: { policy: policies.public },
      schema: {
        tags: ['auth'],
        summary: 'The logged-in user, or null when nobody is logged in',
        response: { 200: SessionState },
      },
    },
    async (request, reply) => ({
      user: request.actor ? await describeSessionUser(db, request.actor) : null,
      csrfToken: reply.generateCsrf(),
    }),
  );

  app.post(
    '/api/auth/logout',
    {
      config: { policy: policies.authenticated },
      schema: { tags: ['auth'], summary: 'End the session', response: { 204: z.null(), 401: Problem } },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      await deleteSession(db, actor);
      await recordAudit(db, {
        tenantId: actor.tenantId,
        actor,
        action: 'auth.logout',
        outcome: 'success',
        requestId: request.id,
        clientAddress: request.ip,
      });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/demo-users',
    {
      config: { policy: policies.public },
      schema: {
        tags: ['auth'],
        summary: 'Demo users (development and embedded mode only)',
        response: { 200: DemoUsersResponse, 404: Problem },
      },
    },
    async () => {
      if (!config.demoLogin) throw new ProblemError('demo_login_disabled');
      const users = await listDemoUsers(db);
      return {
        users: users.map((u) => ({
          id: u.id,
          displayName: u.displayName,
          role: Role.parse(u.role),
          organisationName: u.organisationName,
          description: u.description ?? '',
        })),
      };
    },
  );

  app.post(
    '/api/auth/demo-login',
    {
      config: { policy: policies.public, rateLimit: loginRateLimit },
      schema: {
        tags: ['auth'],
        summary: 'Log in as a demo user (development and embedded mode only)',
        body: DemoLoginRequest,
        response: { 200: SessionResponse, 400: Problem, 404: Problem, 423: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      if (!config.demoLogin) throw new ProblemError('demo_login_disabled');
      const { userId } = request.body;
      const attempt = loginAttempt(request, `demo:${userId}`, await findUsersById(db, userId));
      await assertLoginNotLocked(db, attempt);
      const demoUsers = await listDemoUsers(db);
      const chosen = demoUsers.find((u) => u.id === userId);
      if (!chosen) {
        await recordLoginFailure(db, attempt, config.loginLock);
        throw new ProblemError('unknown_user');
      }
      await clearLoginFailures(db, attempt.account);
      const actor = await logIn(request, reply, chosen, 'demo');
      return { user: await describeSessionUser(db, actor), csrfToken: reply.generateCsrf() };
    },
  );

  const oidc = config.oidc;
  const discover = oidc ? oidcClientFactory(oidc, config.env !== 'production') : undefined;

  app.get(
    '/api/auth/oidc/login',
    {
      config: { policy: policies.public, rateLimit: loginRateLimit },
      schema: { tags: ['auth'], summary: 'Start OpenID Connect login (redirects to the issuer)' },
    },
    async (_request, reply) => {
      if (!oidc || !discover) throw new ProblemError('oidc_not_configured');
      const { url, login } = await startOidcLogin(await discover(), oidc);
      reply.setCookie(OIDC_COOKIE, JSON.stringify(login), {
        path: '/api/auth/oidc',
        httpOnly: true,
        sameSite: 'lax',
        secure,
        signed: true,
        maxAge: 600,
      });
      return reply.redirect(url);
    },
  );

  app.get(
    '/api/auth/oidc/callback',
    {
      config: { policy: policies.public, rateLimit: loginRateLimit },
      schema: {
        tags: ['auth'],
        summary: 'OpenID Connect redirect target',
        querystring: z.record(z.string(), z.string()),
      },
    },
    async (request, reply) => {
      if (!oidc || !discover) throw new ProblemError('oidc_not_configured');
      const raw = request.cookies[OIDC_COOKIE];
      const unsigned = raw ? request.unsignCookie(raw) : undefined;
      if (!unsigned?.valid || !unsigned.value) throw new ProblemError('oidc_failed', 'missing login state');
      reply.clearCookie(OIDC_COOKIE, { path: '/api/auth/oidc' });
      let subject: string;
      try {
        const login = JSON.parse(unsigned.value) as OidcLoginState;
        const callbackUrl = new URL(request.url, oidc.redirectUri);
        subject = await finishOidcLogin(await discover(), callbackUrl, login);
      } catch (error) {
        request.log.warn({ err: { message: (error as Error).message } }, 'oidc callback failed');
        throw new ProblemError('oidc_failed');
      }
      const users = await findUsersByOidcSubject(db, subject);
      const attempt = loginAttempt(
        request,
        `oidc:${subject}`,
        users.map((u) => ({ tenantId: u.tenantId, userId: u.id })),
      );
      await assertLoginNotLocked(db, attempt);
      const [user, ...others] = users;
      if (!user || others.length > 0) {
        await recordLoginFailure(db, attempt, config.loginLock);
        throw new ProblemError('oidc_unknown_account');
      }
      await clearLoginFailures(db, attempt.account);
      await logIn(request, reply, user, 'oidc');
      return reply.redirect(roleHomePath(user.role));
    },
  );
};
