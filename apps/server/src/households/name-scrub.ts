/**
 * The name scrub of an erasure of one person (decision 0027): in free text that stays, whole-word
 * occurrences of the erased person's names become "[naam verwijderd]". Whole word means no letter,
 * digit or combining mark right before or after, in any script, so "Tim" goes but "Timmerman"
 * and "Tims" stay; case does not matter. Households owns the names, so the rule lives here; each
 * module applies it to its own texts.
 */
import { and, eq, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { decryptText, encryptText } from '../crypto/data-encryption.ts';
import type { Executor } from '../db/database.ts';

export const NAME_REMOVED = '[naam verwijderd]';

export type NameScrub = (text: string) => { text: string; count: number };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A scrub for these names; the longest first, so a full name is replaced as one. */
export function nameScrubber(names: readonly string[]): NameScrub {
  const forms = names
    .map((n) => n.trim().replace(/\s+/g, ' '))
    .filter((n) => n.length >= 2)
    // A name typed with a composed "ë" and one with "e" + combining mark are the same name.
    .flatMap((n) => [n.normalize('NFC'), n.normalize('NFD')]);
  const words = [...new Set(forms)]
    .sort((a, b) => b.length - a.length)
    .map((n) => escapeRegExp(n).replace(/ /g, '\\s+'));
  if (words.length === 0) return (text) => ({ text, count: 0 });
  const edge = '[\\p{L}\\p{N}\\p{M}]';
  const pattern = new RegExp(`(?<!${edge})(?:${words.join('|')})(?!${edge})`, 'giu');
  return (text) => {
    let count = 0;
    const scrubbed = text.replace(pattern, () => {
      count += 1;
      return NAME_REMOVED;
    });
    return { text: scrubbed, count };
  };
}

/**
 * Who the erased person was, read before their row is made anonymous: for a module that stores a
 * copy of their details (a signal's subject) and must recognise it. Null: already erased.
 */
export interface ErasedIdentity {
  firstName: string;
  lastName: string;
  birthDate: string;
  bsn: string | null;
}

/** Whose names an erasure scrubs: the person's opaque id, who they were and the scrub of their names. */
export interface ErasedSubject {
  personId: string;
  identity: ErasedIdentity | null;
  scrub: NameScrub;
}

/** A module's scrub of its own texts in one household: rows changed, by the dry run's kind. */
export type HouseholdTextScrub<K extends string> = (
  tx: Executor,
  tenantId: string,
  householdId: string,
  subject: ErasedSubject,
) => Promise<Record<K, number>>;

/** How a module stores a text column: `open` reads it, `seal` writes it (identity for plain text). */
interface TextCodec {
  open: (stored: string) => string;
  seal: (plain: string) => string;
}
const PLAIN: TextCodec = { open: (s) => s, seal: (s) => s };
/** Free text encrypted at rest (crypto/data-encryption.ts): it stays encrypted after the scrub. */
export const ENCRYPTED: TextCodec = { open: decryptText, seal: encryptText };

type HouseholdTable = PgTable & { tenantId: PgColumn; id: PgColumn; householdId: PgColumn };

/** A module's table keyed by (tenant, id) with a household column: the household's rows. */
export const rowsOfHousehold = (table: HouseholdTable, tenantId: string, householdId: string) => ({
  table,
  keys: { tenantId: table.tenantId, id: table.id },
  where: and(eq(table.tenantId, tenantId), eq(table.householdId, householdId)),
});

/**
 * One table's free text for the scrub, given by the module that owns the table: the row's key
 * columns (to write it back), its text columns by property name, which rows, and how the texts
 * are stored — an encrypted column is opened, scrubbed and sealed again, never written plain.
 */
interface ScrubbedTexts {
  table: PgTable;
  keys: Record<string, PgColumn>;
  texts: Record<string, PgColumn>;
  where: SQL | undefined;
  codec?: TextCodec;
  /** Text columns of the same rows stored plain, next to `texts` stored with `codec`. */
  plainTexts?: Record<string, PgColumn>;
}

/** Scrubs the name from the given texts of the selected rows; how many rows changed. */
export async function scrubTextColumns(
  tx: Executor,
  { table, keys, texts, where, codec = PLAIN, plainTexts = {} }: ScrubbedTexts,
  scrub: NameScrub,
) {
  const rows = (await tx
    .select({ ...keys, ...texts, ...plainTexts })
    .from(table)
    .where(where)) as Array<Record<string, unknown>>;
  let changed = 0;
  for (const row of rows) {
    const next: Record<string, string> = {};
    for (const [k, how] of [
      ...Object.keys(texts).map((k) => [k, codec] as const),
      ...Object.keys(plainTexts).map((k) => [k, PLAIN] as const),
    ]) {
      const stored = row[k];
      if (typeof stored !== 'string' || stored === '') continue;
      const r = scrub(how.open(stored));
      if (r.count > 0) next[k] = how.seal(r.text);
    }
    if (Object.keys(next).length === 0) continue;
    await tx
      .update(table)
      .set(next)
      .where(and(...Object.entries(keys).map(([k, column]) => eq(column, row[k]))));
    changed += 1;
  }
  return changed;
}

/**
 * A module's scrubber of its household tables (keyed by tenant and id, with a household column):
 * each table with its text columns, all stored the same way; the rows changed count as `kind`.
 */
export const householdTextScrub =
  <K extends string>(
    kind: K,
    tables: ReadonlyArray<readonly [HouseholdTable, Record<string, PgColumn>]>,
    codec: TextCodec = PLAIN,
  ): HouseholdTextScrub<K> =>
  async (tx, tenantId, householdId, subject) => {
    let changed = 0;
    for (const [table, texts] of tables)
      changed += await scrubTextColumns(
        tx,
        { ...rowsOfHousehold(table, tenantId, householdId), texts, codec },
        subject.scrub,
      );
    return { [kind]: changed } as Record<K, number>;
  };
