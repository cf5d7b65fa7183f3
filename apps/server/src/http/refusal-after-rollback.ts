import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { recordAudit } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import { ProblemError } from './problems.ts';

type ErrorHandler = (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => unknown;

/**
 * A refusal decided inside a transaction reaches the error handler after its rollback; its audit row
 * is written here, on the database itself, before the answer goes out — so no refusal goes unrecorded
 * because the work around it was undone.
 */
export function recordRefusalAfterRollback(db: Db, handler: ErrorHandler): ErrorHandler {
  return async (error, request, reply) => {
    if (error instanceof ProblemError && error.pendingRefusal) {
      const event = error.pendingRefusal;
      error.pendingRefusal = undefined;
      await recordAudit(db, event);
    }
    return handler(error, request, reply);
  };
}
