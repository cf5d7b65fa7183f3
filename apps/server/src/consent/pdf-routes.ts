import { AccessLogQuery, DocumentLanguageQuery } from '@een-plan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { findUserNames } from '../auth/users.ts';
import type { Db } from '../db/database.ts';
import { householdNames } from '../households/home-queries.ts';
import { getResidentHouseholdId } from '../households/membership.ts';
import { requestLocale } from '../http/locale.ts';
import { actorOf, requestContext } from '../policy/request-context.ts';
import { policies } from '../policy/route-policy.ts';
import { listLifeDomains } from '../tenancy/life-domains.ts';
import { organisationNames } from '../tenancy/organisations.ts';
import { accessLog, myData } from './access-log.ts';
import { renderAccessLogPdf, renderMyDataPdf } from './consent-pdfs.ts';

/** Readable PDFs for the family: the access log and everything about them (AVG art. 15). */
export const consentPdfRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  const pdf = (reply: import('fastify').FastifyReply, name: string, body: Buffer) =>
    reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="${name}"`)
      .header('cache-control', 'no-store')
      .send(body);

  app.get(
    '/api/my/access-log.pdf',
    {
      config: { policy: policies.roles('resident') },
      schema: {
        tags: ['consent'],
        summary: 'Who accessed my household’s data, as a readable PDF (same filter as the JSON/CSV)',
        querystring: AccessLogQuery.omit({ format: true }),
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const householdId = await getResidentHouseholdId(db, actor);
      const page = await accessLog(db, actor, householdId, request.query, requestContext(request), 500);
      const names = await householdNames(db, actor.tenantId, [householdId]);
      const body = await renderAccessLogPdf(page, {
        householdName: names.get(householdId) ?? '',
        filter: request.query,
        locale: requestLocale(request),
      });
      return pdf(reply, 'toegangslog.pdf', body);
    },
  );

  app.get(
    '/api/my/data-export.pdf',
    {
      config: { policy: policies.roles('resident') },
      schema: {
        tags: ['consent'],
        summary: 'All data about me (AVG right of access), as a readable PDF',
        querystring: DocumentLanguageQuery,
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const householdId = await getResidentHouseholdId(db, actor);
      const data = await myData(db, actor, householdId, requestContext(request));
      const orgIds = data.consents.filter((c) => c.granteeKind === 'organisation').map((c) => c.granteeRef);
      const userIds = data.consents.filter((c) => c.granteeKind === 'user').map((c) => c.granteeRef);
      const [orgs, users, domains] = await Promise.all([
        organisationNames(db, actor.tenantId, orgIds).then((ns) =>
          [...ns].map(([id, name]) => ({ id, name })),
        ),
        findUserNames(db, actor.tenantId, userIds).then((us) =>
          us.map((u) => ({ id: u.id, name: u.displayName })),
        ),
        listLifeDomains(db),
      ]);
      const names = new Map([...orgs, ...users].map((n) => [n.id, n.name]));
      const body = await renderMyDataPdf(
        {
          exportedAt: data.exportedAt,
          person: data.person,
          memberships: data.memberships.map((m) => ({ ...m, until: m.until ?? null })),
          consents: data.consents.map((c) => ({
            granteeName: names.get(c.granteeRef) ?? c.granteeRef,
            sections: c.sections as string[],
            purposeCategory: c.purposeCategory,
            validFrom: c.validFrom,
            validUntil: c.validUntil,
            revokedAt: c.revokedAt,
          })),
          selfReliance: data.selfReliance,
          goals: data.goals,
          accessLog: data.accessLog,
        },
        {
          locale: requestLocale(request),
          domainNames: new Map(domains.map((d) => [d.code, { nl: d.nameNl, en: d.nameEn }])),
        },
      );
      return pdf(reply, 'mijn-gegevens.pdf', body);
    },
  );
};
