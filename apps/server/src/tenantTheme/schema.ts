import type { ThemeTokens } from '@een-plan/contracts';
import { integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { tenant } from '../tenancy/schema.ts';

/** A tenant's own theme (name, logo, design tokens); no row means the open default theme. */
export const tenantTheme = pgTable('tenant_theme', {
  tenantId: text('tenant_id')
    .primaryKey()
    .references(() => tenant.tenantId),
  name: text('name').notNull(),
  /** A data URI of at most THEME_LOGO_MAX_BYTES, checked by content, not only by its label. */
  logo: text('logo'),
  tokens: jsonb('tokens').$type<ThemeTokens>().notNull(),
  version: integer('version').notNull().default(1),
  updatedBy: text('updated_by').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
