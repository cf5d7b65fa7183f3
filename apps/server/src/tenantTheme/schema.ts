import type { ThemeTokens } from '@een-plan/contracts';
import { jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import * as column from '../db/columns.ts';
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
  version: column.version(),
  ...column.actor('updated'),
});
