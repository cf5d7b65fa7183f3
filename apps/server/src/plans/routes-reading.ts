import {
  DocumentLanguageQuery,
  PlanDiff,
  PlanOwnerOptions,
  PlanSelfRelianceTrend,
  PlanVersionDetail,
  PlanVersionList,
} from '@een-plan/contracts';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { requestLocale } from '../http/locale.ts';
import { actorOf, requestContext } from '../policy/request-context.ts';
import { renderPlanPdf } from './pdf.ts';
import { errors, Params, type PlanApp, planAccess, professional, tags } from './route-parts.ts';
import {
  diffVersions,
  getVersion,
  listVersions,
  ownerOptions,
  pdfData,
  selfRelianceTrend,
} from './service.ts';

/** Reading the family plan: versions, differences, owner options, the self-reliance trend and the PDF. */
export function registerPlanReadingRoutes(app: PlanApp, db: Db, base: string) {
  app.get(
    `${base}/versions`,
    {
      config: { policy: planAccess },
      schema: {
        tags,
        summary: 'All versions of the current plan',
        params: Params,
        response: { 200: PlanVersionList, ...errors },
      },
    },
    async (request) =>
      listVersions(db, actorOf(request), request.params.householdId, requestContext(request)),
  );

  app.get(
    `${base}/versions/:version`,
    {
      config: { policy: professional },
      schema: {
        tags,
        summary: 'One older version as it was',
        params: Params.extend({ version: z.coerce.number().int().min(1) }),
        response: { 200: PlanVersionDetail, ...errors },
      },
    },
    async (request) =>
      getVersion(
        db,
        actorOf(request),
        request.params.householdId,
        request.params.version,
        requestContext(request),
      ),
  );

  app.get(
    `${base}/diff`,
    {
      config: { policy: professional },
      schema: {
        tags,
        summary: 'Structured difference between two versions',
        params: Params,
        querystring: z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) }),
        response: { 200: PlanDiff, ...errors },
      },
    },
    async (request) =>
      diffVersions(
        db,
        actorOf(request),
        request.params.householdId,
        request.query.from,
        request.query.to,
        requestContext(request),
      ),
  );

  app.get(
    `${base}/owner-options`,
    {
      config: { policy: professional },
      schema: {
        tags,
        summary: 'Who can own an action',
        params: Params,
        response: { 200: PlanOwnerOptions, ...errors },
      },
    },
    async (request) => ({
      options: await ownerOptions(db, actorOf(request), request.params.householdId, requestContext(request)),
    }),
  );

  app.get(
    '/api/households/:householdId/self-reliance/trend',
    {
      config: { policy: planAccess },
      schema: {
        tags,
        summary: 'Self-reliance scores over time',
        params: Params,
        response: { 200: PlanSelfRelianceTrend, ...errors },
      },
    },
    async (request) =>
      selfRelianceTrend(db, actorOf(request), request.params.householdId, requestContext(request)),
  );

  app.get(
    `${base}/pdf`,
    {
      config: { policy: planAccess },
      schema: {
        tags,
        summary: 'The current plan as a PDF in plain language (Dutch, or English with lang=en)',
        params: Params,
        querystring: DocumentLanguageQuery,
      },
    },
    async (request, reply) => {
      const data = await pdfData(
        db,
        actorOf(request),
        request.params.householdId,
        requestContext(request),
        await request.readDb(),
      );
      const pdf = await renderPlanPdf(data, requestLocale(request));
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="plan-v${data.version}.pdf"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
}
