import { asc, inArray } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { refLifeDomain } from './schema.ts';

/** The shared code list of life domains (intake, plans, signals, social map), by code or Dutch name. */
export async function listLifeDomains(db: Executor, orderBy: 'code' | 'nameNl' = 'code') {
  return db
    .select({ code: refLifeDomain.code, nameNl: refLifeDomain.nameNl, nameEn: refLifeDomain.nameEn })
    .from(refLifeDomain)
    .orderBy(asc(orderBy === 'code' ? refLifeDomain.code : refLifeDomain.nameNl))
    .limit(200);
}

/**
 * Every life domain code, to check a plan's goals against. Read once per process: the code list
 * changes only by migration, which runs before the server starts (the app's role may not write it,
 * migration 0001), and every database a process opens has the same migrations.
 */
export function lifeDomainCodes(db: Executor): Promise<Set<string>> {
  if (!codes) {
    codes = db
      .select({ code: refLifeDomain.code })
      .from(refLifeDomain)
      .limit(200)
      .then((rows) => new Set(rows.map((d) => d.code)));
    // A failed read (a transaction rolled back under it) is read again next time.
    codes.catch(() => {
      codes = undefined;
    });
  }
  return codes;
}

let codes: Promise<Set<string>> | undefined;

/** The codes among these that are no life domain (empty: all are known). */
export async function unknownLifeDomains(db: Executor, codes: readonly string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const known = await db
    .select({ code: refLifeDomain.code })
    .from(refLifeDomain)
    .where(inArray(refLifeDomain.code, [...codes]));
  return codes.filter((c) => !known.some((k) => k.code === c));
}
