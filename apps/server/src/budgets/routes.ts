import {
  BudgetExportQuery,
  BudgetLine,
  BudgetLineInput,
  BudgetOverview,
  BudgetQuery,
  CbsCheck,
  CbsDeliveryInput,
  CbsDeliveryRecord,
  Iv3Mapping,
  Iv3MappingInput,
  Problem,
} from '@een-plan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { sendCsv, sendCsvDocument } from '../http/csv.ts';
import { requestLocale } from '../http/locale.ts';
import { actorOf, requestContext } from '../policy/request-context.ts';
import { policies } from '../policy/route-policy.ts';
import { checkDelivery, createDelivery, listDeliveries } from './cbs-delivery.ts';
import { exportBudgetCsv } from './csv-export.ts';
import { loadIv3Mapping, saveIv3Mapping } from './iv3.ts';
import { deleteLine, saveLine } from './lines.ts';
import { getBudgetOverview } from './overview.ts';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
/** Money figures, never a person: the analyst and team lead read, the administrator sets them. */
const readPolicy = policies.roles('policy_analyst', 'team_lead', 'admin');
const adminPolicy = policies.roles('admin');
const idParams = z.object({ id: z.string().uuid() });

export const budgetRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/api/budgets',
    {
      config: { policy: readPolicy },
      schema: {
        tags: ['budgets'],
        summary:
          'Budget against committed, spent and year-end forecast per area, level, category and Iv3 task field',
        querystring: BudgetQuery,
        response: { 200: BudgetOverview, ...errors },
      },
    },
    async (request) => getBudgetOverview(await request.readDb(), actorOf(request).tenantId, request.query),
  );

  app.get(
    '/api/budgets/export',
    {
      config: { policy: readPolicy },
      schema: {
        tags: ['budgets'],
        summary: 'The budget overview as a CSV file (money figures only; audited)',
        querystring: BudgetExportQuery,
        response: { 200: z.string(), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requestContext(request);
      const csv = await exportBudgetCsv(
        db,
        ctx,
        request.query,
        requestLocale(request),
        await request.readDb(),
      );
      return sendCsv(reply, csv.filename, csv.header, csv.rows);
    },
  );

  app.post(
    '/api/budgets/lines',
    {
      config: { policy: adminPolicy },
      schema: {
        tags: ['budgets'],
        summary: 'Add a budget line (level 0 subsidy, level 1 population budget, level 2 price × quantity)',
        body: BudgetLineInput,
        response: { 201: BudgetLine, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await saveLine(db, requestContext(request), null, request.body)),
  );

  app.put(
    '/api/budgets/lines/:id',
    {
      config: { policy: adminPolicy },
      schema: {
        tags: ['budgets'],
        summary: 'Replace a budget line',
        params: idParams,
        body: BudgetLineInput,
        response: { 200: BudgetLine, ...errors },
      },
    },
    async (request) => saveLine(db, requestContext(request), request.params.id, request.body),
  );

  app.delete(
    '/api/budgets/lines/:id',
    {
      config: { policy: adminPolicy },
      schema: {
        tags: ['budgets'],
        summary: 'Remove a budget line',
        params: idParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await deleteLine(db, requestContext(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/budgets/iv3-mapping',
    {
      config: { policy: readPolicy },
      schema: {
        tags: ['budgets'],
        summary: 'The Iv3 task field of every product category (the tenant’s own over the default)',
        response: { 200: Iv3Mapping, ...errors },
      },
    },
    async (request) => loadIv3Mapping(db, actorOf(request).tenantId),
  );

  app.put(
    '/api/budgets/iv3-mapping',
    {
      config: { policy: adminPolicy },
      schema: {
        tags: ['budgets'],
        summary: 'Set the Iv3 task field of product categories',
        body: Iv3MappingInput,
        response: { 200: Iv3Mapping, ...errors },
      },
    },
    async (request) => saveIv3Mapping(db, requestContext(request), request.body),
  );

  app.post(
    '/api/budgets/cbs/check',
    {
      config: { policy: adminPolicy },
      schema: {
        tags: ['budgets'],
        summary: 'Check the CBS Beleidsinformatie Jeugd delivery of a half year for completeness',
        body: CbsDeliveryInput,
        response: { 200: CbsCheck, ...errors },
      },
    },
    async (request) => checkDelivery(db, requestContext(request), request.body, await request.readDb()),
  );

  app.get(
    '/api/budgets/cbs/deliveries',
    {
      config: { policy: adminPolicy },
      schema: {
        tags: ['budgets'],
        summary: 'CBS deliveries created so far (counts only)',
        response: { 200: z.array(CbsDeliveryRecord), ...errors },
      },
    },
    async (request) => listDeliveries(db, actorOf(request).tenantId),
  );

  app.post(
    '/api/budgets/cbs/deliveries',
    {
      config: { policy: adminPolicy },
      schema: {
        tags: ['budgets'],
        summary: 'Create the CBS Beleidsinformatie Jeugd file of a half year (or its correction); audited',
        body: CbsDeliveryInput,
        response: { 200: z.string(), ...errors },
      },
    },
    async (request, reply) => {
      const file = await createDelivery(db, requestContext(request), request.body, {
        reader: await request.readDb(),
      });
      return sendCsvDocument(reply, file.filename, file.text, {
        'x-cbs-missing': String(file.check.missing.reduce((n, m) => n + m.count, 0)),
      });
    },
  );
};
