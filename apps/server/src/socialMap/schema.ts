import { type SQL, sql } from 'drizzle-orm';
import { customType, index, integer, text } from 'drizzle-orm/pg-core';
import * as column from '../db/columns.ts';
import { tenantForeignKey, tenantTable } from '../db/tenant-table.ts';
import { organisation } from '../tenancy/schema.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * An offer on the social map (sociale kaart): a general facility (level 0) or nearby support
 * (level 1). `areaIds` empty means the whole municipality.
 */
export const socialOffer = tenantTable(
  'social_offer',
  {
    name: text('name').notNull(),
    organisationName: text('organisation_name').notNull(),
    /** The organisation that may maintain this offer itself (besides administrators). */
    maintainerOrganisationId: text('maintainer_organisation_id'),
    description: text('description').notNull(),
    level: integer('level').notNull(),
    lifeDomains: text('life_domains').array().notNull(),
    minAge: integer('min_age'),
    maxAge: integer('max_age'),
    areaIds: text('area_ids').array().notNull(),
    costs: text('costs').notNull(),
    phone: text('phone'),
    email: text('email'),
    website: text('website'),
    address: text('address'),
    openingHours: text('opening_hours'),
    version: column.version(),
    updatedAt: column.writtenAt('updated_at'),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      (): SQL =>
        sql`to_tsvector('dutch', coalesce(name, '') || ' ' || coalesce(organisation_name, '') || ' ' || coalesce(description, ''))`,
    ),
  },
  (t) => [
    tenantForeignKey(t, t.maintainerOrganisationId, organisation),
    index('social_offer_search_idx').using('gin', t.searchVector),
    index('social_offer_domains_idx').using('gin', t.lifeDomains),
    index('social_offer_areas_idx').using('gin', t.areaIds),
    index('social_offer_name_idx').on(t.tenantId, t.name, t.id),
  ],
);
