import type { Duplex } from 'node:stream';
import type { FieldError, Problem } from '@een-plan/contracts';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { AuditEvent } from '../audit/record.ts';
import { problemForDatabaseError } from './database-errors.ts';
import { type ProblemCode, problemCatalog } from './problem-catalog.ts';

/** Thrown by routes and services; turned into RFC 9457 problem details by the error handler. */
export class ProblemError extends Error {
  /**
   * A refusal decided inside a transaction: its audit row would roll back with the transaction, so
   * the error handler writes it once the rollback is done (see `recordRefusalAfterRollback`).
   */
  pendingRefusal?: AuditEvent;

  constructor(
    readonly code: ProblemCode,
    readonly detail?: string,
    readonly errors?: FieldError[],
    /** With `version_conflict`: the version the server holds now, so the client can redo its edit. */
    readonly currentVersion?: number,
  ) {
    super(detail ?? code);
  }
}

export function buildProblem(
  code: ProblemCode,
  instance: string | undefined,
  extra: { detail?: string; errors?: FieldError[]; currentVersion?: number } = {},
): Problem {
  const def = problemCatalog[code];
  return {
    type: `https://een-plan.nl/problems/${code.replaceAll('_', '-')}`,
    title: def.title,
    status: def.status,
    code,
    message: def.message,
    ...(extra.detail ? { detail: extra.detail } : {}),
    ...(instance ? { instance } : {}),
    ...(extra.errors ? { errors: extra.errors } : {}),
    ...(extra.currentVersion !== undefined ? { currentVersion: extra.currentVersion } : {}),
  };
}

export function sendProblem(
  reply: FastifyReply,
  code: ProblemCode,
  extra: { detail?: string; errors?: FieldError[]; currentVersion?: number } = {},
): FastifyReply {
  const problem = buildProblem(code, reply.request.url.split('?')[0], extra);
  return reply.status(problem.status).type('application/problem+json').send(problem);
}

const CUSTOM_FIELD_MESSAGE = { nl: 'Deze waarde is ongeldig.', en: 'This value is invalid.' };

const fieldMessages: Record<string, { nl: string; en: string }> = {
  invalid_type: {
    nl: 'Dit veld heeft een verkeerd type of ontbreekt.',
    en: 'This field has the wrong type or is missing.',
  },
  too_small: { nl: 'Deze waarde is te kort of te klein.', en: 'This value is too short or too small.' },
  too_big: { nl: 'Deze waarde is te lang of te groot.', en: 'This value is too long or too large.' },
  invalid_format: {
    nl: 'Deze waarde heeft niet de juiste vorm.',
    en: 'This value does not have the right format.',
  },
  invalid_value: { nl: 'Deze waarde is niet toegestaan.', en: 'This value is not allowed.' },
  unrecognized_keys: { nl: 'Dit veld is onbekend.', en: 'This field is unknown.' },
  custom: CUSTOM_FIELD_MESSAGE,
};

function toFieldErrors(error: FastifyError): FieldError[] {
  if (!hasZodFastifySchemaValidationErrors(error)) return [];
  return error.validation.map((v) => {
    const issueCode = v.keyword;
    const where = error.validationContext ?? 'body';
    const path = [where, ...v.instancePath.split('/').filter(Boolean)].join('.');
    return {
      path,
      code: issueCode,
      message: fieldMessages[issueCode] ?? CUSTOM_FIELD_MESSAGE,
    };
  });
}

/** Fastify's own errors, by their stable code: each gets ours instead of Fastify's body. */
const frameworkProblems: Record<string, ProblemCode> = {
  FST_ERR_BAD_URL: 'bad_url',
  FST_ERR_MAX_PARAM_LENGTH: 'url_too_long',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_CSRF_INVALID_TOKEN: 'csrf_invalid',
  FST_CSRF_MISSING_SECRET: 'csrf_invalid',
};

/** One error handler: log everything, never show internals, always problem+json. */
export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof ProblemError) {
    return sendProblem(reply, error.code, {
      detail: error.detail,
      errors: error.errors,
      currentVersion: error.currentVersion,
    });
  }
  if (hasZodFastifySchemaValidationErrors(error) || error.validation) {
    return sendProblem(reply, 'validation_failed', { errors: toFieldErrors(error) });
  }
  const framework = error.code ? frameworkProblems[error.code] : undefined;
  if (framework) return sendProblem(reply, framework);
  const fromDatabase = problemForDatabaseError(error);
  if (fromDatabase) {
    // Input the database refused after validation let it through: worth a look, not an alarm.
    request.log.warn({ err: { code: fromDatabase.code } }, 'input refused by the database');
    return sendProblem(reply, fromDatabase.code, { errors: fromDatabase.errors });
  }
  const status = error.statusCode ?? 500;
  if (status === 429) return sendProblem(reply, 'rate_limited');
  if (status === 413) return sendProblem(reply, 'payload_too_large');
  if (status === 415) return sendProblem(reply, 'unsupported_media_type');
  if (status >= 400 && status < 500) {
    request.log.info({ err: { code: error.code, message: error.message } }, 'client error');
    return sendProblem(reply, 'bad_request');
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(reply, 'internal_error');
}

/**
 * A request Node's HTTP parser cannot even read (a broken request line or header) never reaches
 * Fastify's routing; answer it as problem+json too, straight on the socket.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Duplex) {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const body = JSON.stringify(buildProblem(tooLarge ? 'payload_too_large' : 'bad_request', undefined));
  const status = tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request';
  socket.end(
    `HTTP/1.1 ${status}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
