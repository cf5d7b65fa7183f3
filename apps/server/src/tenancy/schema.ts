import { index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import * as column from '../db/columns.ts';
import { tenantForeignKey, tenantTable } from '../db/tenant-table.ts';

/** A municipality or region, identified by its CBS code (e.g. 0394 Haarlemmermeer). */
export const tenant = pgTable('tenant', {
  tenantId: text('tenant_id').primaryKey(),
  name: text('name').notNull(),
});

export const organisation = pgTable(
  'organisation',
  {
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenant.tenantId),
    id: text('id').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    agbCode: text('agb_code'),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export const team = tenantTable(
  'team',
  {
    name: text('name').notNull(),
    organisationId: text('organisation_id').notNull(),
    phone: text('phone'),
    email: text('email'),
  },
  (t) => [tenantForeignKey(t, t.organisationId, organisation)],
);

export const area = tenantTable(
  'area',
  {
    name: text('name').notNull(),
    teamId: text('team_id').notNull(),
  },
  (t) => [tenantForeignKey(t, t.teamId, team)],
);

/** Routing: each 4-digit postcode of the tenant belongs to exactly one area. */
export const areaPostcode = pgTable(
  'area_postcode',
  {
    tenantId: column.tenantId(),
    postcode4: text('postcode4').notNull(),
    areaId: text('area_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.postcode4] }),
    tenantForeignKey(t, t.areaId, area),
    index('area_postcode_area_idx').on(t.tenantId, t.areaId),
  ],
);

/** Shared code list (reference table): life domains used in intake and plans. */
export const refLifeDomain = pgTable('ref_life_domain', {
  code: text('code').primaryKey(),
  nameNl: text('name_nl').notNull(),
  nameEn: text('name_en').notNull(),
});
