import type { FieldError, Problem } from '@een-plan/contracts';
import { expect, onTestFinished, vi } from 'vitest';
import type { ProblemCode } from '../../../server/src/http/problem-catalog.ts';
import { buildProblem } from '../../../server/src/http/problems.ts';

/** One request the page sent, as the server would see it. */
interface SentRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
}

type Answer = { status: number; body?: unknown } | Promise<{ status: number; body?: unknown }>;
type Handler = (request: SentRequest) => Answer;

/** A problem+json answer built by the server's own problem builder, so codes and texts cannot drift. */
export function problem(
  code: ProblemCode,
  extra: { errors?: FieldError[]; currentVersion?: number } = {},
): { status: number; body: Problem } {
  const body = buildProblem(code, undefined, extra);
  return { status: body.status, body };
}

/** An answer that never arrives until `release` is called: for the loading state. */
export function held(): {
  answer: Promise<{ status: number; body?: unknown }>;
  release: (a: { status: number; body?: unknown }) => void;
} {
  let release!: (a: { status: number; body?: unknown }) => void;
  const answer = new Promise<{ status: number; body?: unknown }>((resolve) => {
    release = resolve;
  });
  return { answer, release };
}

/**
 * Replaces `fetch` (the network boundary) with answers per "METHOD /path". Everything above it, the
 * API client, CSRF handling, React Query and the components, runs for real. A request nobody
 * expected fails the test.
 */
export function fakeApi() {
  const handlers = new Map<string, Handler[]>();
  const sent: SentRequest[] = [];
  const unexpected: string[] = [];

  const fetchStub = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    const text = typeof init.body === 'string' ? init.body : undefined;
    const request: SentRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      headers: new Headers(init.headers),
      body: text === undefined ? undefined : JSON.parse(text),
    };
    sent.push(request);
    const key = `${method} ${url.pathname}`;
    const queue = handlers.get(key);
    const handler = queue && queue.length > 1 ? queue.shift() : queue?.[0];
    if (!handler) {
      unexpected.push(key);
      return json({ status: 501, body: { unexpected: key } });
    }
    return json(await handler(request));
  });
  vi.stubGlobal('fetch', fetchStub);

  const api = {
    /** Answers `METHOD /path`; several calls for one route answer in turn, the last one repeats. */
    on(route: string, answer: Answer | Handler) {
      const handler: Handler = typeof answer === 'function' ? answer : () => answer;
      handlers.set(route, [...(handlers.get(route) ?? []), handler]);
      return api;
    },
    sent,
    /** The requests to one route, in order. */
    requests: (route: string) => sent.filter((r) => `${r.method} ${r.path}` === route),
  };
  api.on('GET /api/auth/csrf', { status: 200, body: { csrfToken: 'csrf-test-token' } });
  onTestFinished(() => {
    expect(unexpected, 'requests without a prepared answer').toEqual([]);
  });
  return api;
}

export const ok = (body: unknown) => ({ status: 200, body });

function json({ status, body }: { status: number; body?: unknown }): Response {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': type },
  });
}
