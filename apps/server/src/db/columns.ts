/**
 * The columns every module's tables repeat, defined once: the tenant, moments in time, the
 * optimistic-concurrency version and who did what when. A table file imports them as one
 * namespace (`import * as column from '../db/columns.ts'`) and calls `column.moment('closed_at')`;
 * the tables stay the module's own. Changing a builder changes every table that uses it:
 * `drizzle-kit generate` shows the migration.
 */
import { integer, text, timestamp } from 'drizzle-orm/pg-core';

/** The tenant a row belongs to: the first column of every key. */
export const tenantId = () => text('tenant_id').notNull();

/** A moment in time with its zone (timestamptz); null until it happens unless chained. */
export const moment = <TName extends string>(name: TName) => timestamp(name, { withTimezone: true });

/** The moment the row (or this fact about it) was written, filled in by the database. */
export const writtenAt = <TName extends string>(name: TName) => moment(name).notNull().defaultNow();

/** The optimistic-concurrency token: every change adds one, a stale version is refused. */
export const version = () => integer('version').notNull().default(1);

/**
 * Who did something to the row (an app_user id, `<act>_by`) and when (`<act>_at`, filled in by
 * the database): `...column.actor('created')` gives createdBy and createdAt.
 */
export const actor = <TAct extends 'created' | 'recorded' | 'updated'>(act: TAct) => {
  const by = text(`${act}_by`).notNull();
  const at = writtenAt(`${act}_at`);
  // The keys are computed, so TypeScript cannot name them itself: this says which they are.
  return { [`${act}By`]: by, [`${act}At`]: at } as Record<`${TAct}By`, typeof by> &
    Record<`${TAct}At`, typeof at>;
};
