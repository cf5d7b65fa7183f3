import type { FastifyServerOptions } from 'fastify';

type DatabaseErrorFields = {
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
  routine?: string;
};

/**
 * Errors are logged without anything that can carry personal data: query parameters, database
 * messages and details echo the values people typed (names, BSNs, dates), so a database error is
 * logged by its SQLSTATE, constraint and the parameterised query text only.
 */
type SafeError = { [key: string]: unknown; type: string; message: string; stack: string };

export function safeError(error: unknown): SafeError {
  if (!(error instanceof Error)) return { type: typeof error, message: 'non-error thrown', stack: '' };
  const frames = (error.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at '));
  const withQuery = error as Error & { query?: string; params?: unknown[]; cause?: unknown };
  const dbCause = (withQuery.cause ?? error) as Error & DatabaseErrorFields;
  const isDatabaseError =
    typeof withQuery.query === 'string' || /^[0-9A-Z]{5}$/.test(String(dbCause.code ?? ''));
  if (isDatabaseError) {
    return {
      type: error.name,
      message: 'database error',
      sqlState: dbCause.code,
      constraint: dbCause.constraint,
      table: dbCause.table,
      column: dbCause.column,
      routine: dbCause.routine,
      query: withQuery.query,
      stack: frames.join('\n'),
    };
  }
  return {
    type: error.name,
    message: error.message,
    code: (error as { code?: unknown }).code,
    stack: frames.join('\n'),
  };
}

/**
 * JSON logs with request ids. Personal data never reaches them: bodies and query strings are not
 * logged, the URL is logged without its query, and errors go through `safeError`.
 */
export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]'],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({
        method: req.method,
        url: req.url.split('?')[0],
        id: req.id,
      }),
      err: safeError,
    },
  };
}
