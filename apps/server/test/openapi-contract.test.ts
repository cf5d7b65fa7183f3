import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { buildMessage, headerDefaults, type Jw315Bericht, parseMessage } from '@een-plan/ijw';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dutchDay } from './helpers/dutch-day.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

// biome-ignore lint/suspicious/noExplicitAny: the parsed document is walked by path, as a client would read it.
type Json = Record<string, any>;
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const repoRoot = join(import.meta.dirname, '../../..');
// Inside node_modules so the generated client resolves openapi-fetch like any other code.
const workDir = join(repoRoot, 'node_modules/.cache', `openapi-test-${process.pid}`);

let t: TestApp;
let doc: Json;
let baseUrl: string;
beforeAll(async () => {
  t = await createTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  doc = (await (await fetch(`${baseUrl}/api/openapi.json`)).json()) as Json;
}, 180_000);
afterAll(async () => {
  rmSync(workDir, { recursive: true, force: true });
  await t.close();
});

const operations = () =>
  Object.entries(doc.paths as Json).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((method) => ({ path, method, op: item[method] as Json })),
  );

describe('the OpenAPI document', () => {
  it('passes redocly lint with the rules in redocly.yaml, with no errors', async () => {
    mkdirSync(workDir, { recursive: true });
    writeFileSync(join(workDir, 'openapi.json'), JSON.stringify(doc));
    const { stdout } = await promisify(execFile)(
      join(repoRoot, 'node_modules/.bin/redocly'),
      ['lint', join(workDir, 'openapi.json'), '--format=json'],
      { cwd: repoRoot },
    ).catch((failed: { stdout: string }) => failed);
    const report = JSON.parse(stdout.slice(stdout.indexOf('{')));
    const errors = report.problems
      .filter((p: { severity: string }) => p.severity === 'error')
      .map((p: { ruleId: string; message: string }) => `${p.ruleId}: ${p.message}`);
    expect(errors).toEqual([]);
    expect(report.totals.errors).toBe(0);
  }, 60_000);

  it('gives every operation a unique operationId', () => {
    const ids = operations().map(({ op }) => op.operationId);
    expect(ids.every((id) => typeof id === 'string' && /^[A-Za-z][A-Za-z0-9]*$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.paths['/api/households/{householdId}/assignments'].post.operationId).toBe(
      'postHouseholdsByHouseholdIdAssignments',
    );
  });

  it('names the problem schema once and answers every error as application/problem+json', () => {
    expect(doc.components.schemas.Problem.properties.message).toBeDefined();
    const text = JSON.stringify(doc.paths);
    expect(text.match(/"currentVersion"/g) ?? []).toHaveLength(0);
    for (const { path, method, op } of operations()) {
      for (const [status, response] of Object.entries(op.responses as Json)) {
        if (status !== 'default' && Number(status) < 400) continue;
        expect(Object.keys(response.content ?? {}), `${method} ${path} ${status}`).toEqual([
          'application/problem+json',
        ]);
      }
    }
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['HouseholdDossier', 'FamilyPlanResponse', 'ApiClientInput']),
    );
  });

  it('declares who may call each operation', () => {
    const security = (path: string, method: string) => doc.paths[path][method].security;
    expect(security('/api/auth/csrf', 'get')).toEqual([]);
    expect(security('/api/auth/demo-login', 'post')).toEqual([{ csrfToken: [] }]);
    expect(security('/api/home', 'get')).toEqual([{ session: [] }]);
    expect(security('/api/households/{householdId}/assignments', 'post')).toEqual([
      { session: [], csrfToken: [] },
    ]);
    expect(security('/api/ijw/messages', 'post')).toEqual([
      { providerKey: [] },
      { session: [], csrfToken: [] },
    ]);
    expect(doc.security).toBeUndefined();
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual([
      'csrfToken',
      'providerKey',
      'session',
    ]);
  });

  it('describes the iJw exchange: XML in and out, its errors, the XSDs and the outgoing deliveries', () => {
    const op = doc.paths['/api/ijw/messages'].post;
    expect(Object.keys(op.requestBody.content)).toEqual(['application/xml']);
    expect(Object.keys(op.responses['200'].content)).toEqual(['application/xml']);
    expect(op.responses['200'].headers['ijw-duplicate']).toBeDefined();
    expect(op.responses['422'].content['application/problem+json']).toBeDefined();
    expect(op.externalDocs.url).toMatch(/xsd/);
    const webhook = doc.webhooks.ijwMessage.post;
    expect(Object.keys(webhook.requestBody.content)).toEqual(['application/xml']);
    expect(webhook.parameters[0].schema.enum).toEqual(['JW301', 'JW319', 'JW325']);
  });
});

describe('a client generated from the document', () => {
  const dir = workDir;
  it('type-checks a call of the iJw endpoint and sends a JW315 with the provider key', async () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'schema.d.ts'), astToString(await openapiTS(doc as never)));
    writeFileSync(
      join(dir, 'client.ts'),
      `import createClient from 'openapi-fetch';
import type { paths } from './schema.d.ts';

export async function sendIjwMessage(baseUrl: string, key: string, xml: string) {
  const client = createClient<paths>({ baseUrl });
  const { data, error, response } = await client.POST('/api/ijw/messages', {
    body: xml,
    bodySerializer: (body: string) => body,
    headers: { authorization: \`Bearer \${key}\`, 'content-type': 'application/xml' },
    parseAs: 'text',
  });
  return { status: response.status, type: response.headers.get('content-type'), data, error };
}
`,
    );
    const program = ts.createProgram([join(dir, 'client.ts')], {
      strict: true,
      noEmit: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      allowImportingTsExtensions: true,
      skipLibCheck: true,
      types: [],
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);

    const admin = t.client();
    await admin.loginAs('u-erik');
    const created = await admin.request({
      method: 'POST',
      url: '/api/admin/providers/org-jeugdhulp/api-clients',
      payload: { label: 'Generated client' },
    });
    expect(created.statusCode).toBe(201);
    const { sendIjwMessage } = (await import(pathToFileURL(join(dir, 'client.ts')).href)) as {
      sendIjwMessage: (
        baseUrl: string,
        key: string,
        xml: string,
      ) => Promise<{ status: number; type: string | null; data?: string; error?: unknown }>;
    };

    const answer = await sendIjwMessage(baseUrl, created.json().token, await jw315());
    expect(answer.status).toBe(200);
    expect(answer.type).toContain('application/xml');
    expect(parseMessage(answer.data!).type).toBe('JW316');

    const refused = await sendIjwMessage(baseUrl, created.json().token, '<niet-ijw/>');
    expect(refused.status).toBe(422);
    expect(answerCode(refused.error)).toBe('ijw_message_invalid');
  }, 120_000);
});

// openapi-fetch parses a JSON error body even when the success body is read as text.
const answerCode = (error: unknown) =>
  (typeof error === 'string' ? JSON.parse(error) : (error as { code: string })).code;

async function jw315(): Promise<string> {
  const [p] = await t.database.ownerQuery<{ bsn: string; birth_date: string }>(
    "select bsn, to_char(birth_date, 'YYYY-MM-DD') as birth_date from person where id = 'p-sem'",
  );
  const day = (offset: number) => dutchDay(offset);
  return buildMessage('JW315', {
    Header: {
      ...headerDefaults('JW315'),
      Afzender: '98765432',
      Ontvanger: '0394',
      BerichtIdentificatie: { Identificatie: 'OPENAPI1', Dagtekening: day(0) },
    },
    Client: {
      Bsn: p!.bsn,
      Geboortedatum: { Datum: p!.birth_date },
      Geslacht: '0',
      Naam: { Geslachtsnaam: { Achternaam: 'Test' } },
      AangevraagdeProducten: [
        {
          ReferentieAanbieder: 'OPENAPI-1',
          Product: { Categorie: '45', Code: '45A03' },
          ToewijzingIngangsdatum: day(14),
          ToewijzingEinddatum: day(14 + 8 * 7 - 1),
          Omvang: { Volume: 2, Eenheid: '04', Frequentie: '2' },
          Verwijzer: { Type: '02', ZorgverlenerCode: '01234567' },
        },
      ],
    },
  } as Jw315Bericht);
}
