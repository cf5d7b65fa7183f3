import type { FieldError } from '@een-plan/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ProblemError } from './problems.ts';

const NUL = '\u0000';

/**
 * PostgreSQL cannot store U+0000 in text (error 22021), and no person types one: refuse it at the
 * edge for every route, in the body, the path and the query, before any validation or handler runs.
 */
export async function rejectNulCharacters(request: FastifyRequest, _reply: FastifyReply) {
  // Nearly every request has none: look first, and name the paths only when there is one.
  if (!hasNul(request.params) && !hasNul(request.query) && !hasNul(request.body)) return;
  const paths = [
    ...findNul(request.params, 'params'),
    ...findNul(request.query, 'query'),
    ...findNul(request.body, 'body'),
  ];
  if (paths.length === 0) return;
  const errors: FieldError[] = paths.slice(0, 20).map((path) => ({
    path,
    code: 'nul_character',
    message: {
      nl: 'Deze tekst bevat een ongeldig teken (NUL).',
      en: 'This text contains an invalid character (NUL).',
    },
  }));
  throw new ProblemError('text_contains_nul', undefined, errors);
}

/** Whether `findNul` would find anything: the same walk without building a path per value. */
function hasNul(root: unknown): boolean {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') {
      if (value.includes(NUL)) return true;
    } else if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
    } else if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) {
      for (const key of Object.keys(value)) {
        if (key.includes(NUL)) return true;
        stack.push((value as Record<string, unknown>)[key]);
      }
    }
  }
  return false;
}

/** Iterative, so a deeply nested body cannot overflow the stack. */
function findNul(root: unknown, rootPath: string): string[] {
  const found: string[] = [];
  const stack: Array<[unknown, string]> = [[root, rootPath]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [value, path] = next;
    if (typeof value === 'string') {
      if (value.includes(NUL)) found.push(path);
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], `${path}.${i}`]);
    } else if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) {
      for (const [key, child] of Object.entries(value as Record<string, unknown>).reverse()) {
        if (key.includes(NUL)) found.push(`${path}.${key.replaceAll(NUL, '\\0')}`);
        stack.push([child, `${path}.${key}`]);
      }
    }
  }
  return found;
}
