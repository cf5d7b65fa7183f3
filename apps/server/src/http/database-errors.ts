import type { FieldError } from '@een-plan/contracts';
import type { ProblemCode } from './problem-catalog.ts';

/** The parts of a PostgreSQL error (node-postgres and PGlite alike) that say what input was wrong. */
interface PgError {
  code: string;
  detail?: string;
  column?: string;
}

/**
 * SQLSTATEs that input can cause once it passed validation (a reference to a row that does not
 * exist, a duplicate, text the database cannot hold). Anything else stays a 500: a bug, not input.
 */
const byState: Record<string, ProblemCode> = {
  '22021': 'text_contains_nul',
  '22001': 'value_too_long',
  '22003': 'value_out_of_range',
  '22007': 'invalid_value',
  '22008': 'value_out_of_range',
  '22P02': 'invalid_value',
  '23503': 'reference_not_found',
  '23505': 'already_exists',
  '23514': 'invalid_value',
};

export function problemForDatabaseError(
  error: unknown,
): { code: ProblemCode; errors?: FieldError[] } | undefined {
  const pg = findPgError(error);
  if (!pg) return undefined;
  const code = byState[pg.code];
  if (!code) return undefined;
  const field = fieldOf(pg);
  if (!field) return { code };
  return {
    code,
    errors: [{ path: `body.${field}`, code, message: fieldMessage[code] ?? INVALID_VALUE_MESSAGE }],
  };
}

/** Drizzle wraps the driver's error in `cause`; look a few levels down. */
function findPgError(error: unknown): PgError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const candidate = current as { code?: unknown; cause?: unknown };
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) {
      return candidate as PgError;
    }
    current = candidate.cause;
  }
  return undefined;
}

/**
 * The column that held the wrong value, as the API's camelCase field. Key details read
 * `Key (tenant_id, maintainer_organisation_id)=(…)`: the tenant is never the client's field.
 */
function fieldOf(pg: PgError): string | undefined {
  const keyColumns = /^Key \(([^)]+)\)=/.exec(pg.detail ?? '')?.[1];
  const columns = keyColumns ? keyColumns.split(',').map((c) => c.trim()) : pg.column ? [pg.column] : [];
  const column = columns.filter((c) => c !== 'tenant_id').at(-1);
  return column?.replace(/_([a-z])/g, (_m, letter: string) => letter.toUpperCase());
}

const INVALID_VALUE_MESSAGE = { nl: 'Deze waarde is ongeldig.', en: 'This value is invalid.' };

const fieldMessage: Partial<Record<ProblemCode, { nl: string; en: string }>> = {
  reference_not_found: {
    nl: 'Dit verwijst naar iets dat niet bestaat.',
    en: 'This refers to something that does not exist.',
  },
  already_exists: { nl: 'Deze waarde bestaat al.', en: 'This value already exists.' },
  value_too_long: { nl: 'Deze waarde is te lang.', en: 'This value is too long.' },
  value_out_of_range: {
    nl: 'Deze waarde is te groot of te klein.',
    en: 'This value is too large or too small.',
  },
  text_contains_nul: {
    nl: 'Deze tekst bevat een ongeldig teken (NUL).',
    en: 'This text contains an invalid character (NUL).',
  },
  invalid_value: INVALID_VALUE_MESSAGE,
};
