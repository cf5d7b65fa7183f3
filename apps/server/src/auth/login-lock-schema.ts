import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import * as column from '../db/columns.ts';

/**
 * Failed logins per asserted account (a demo user id or an OIDC subject), hashed so the table
 * names no one. No tenant: a failed login has not reached a tenant yet (docs/decisions/0006).
 */
export const loginFailure = pgTable('login_failure', {
  accountKey: text('account_key').primaryKey(),
  failures: integer('failures').notNull(),
  firstFailureAt: column.moment('first_failure_at').notNull(),
  lockedUntil: column.moment('locked_until'),
});
