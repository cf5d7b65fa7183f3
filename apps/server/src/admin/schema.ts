import { foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { appUser } from '../auth/schema.ts';

export interface ImportProblem {
  line: number;
  code: string;
  message: { nl: string; en: string };
}

/** A CSV import of postcode → area → team; processed in batches so the UI can show progress. */
export const postcodeImport = pgTable(
  'postcode_import',
  {
    tenantId: text('tenant_id').notNull(),
    id: text('id').notNull(),
    createdBy: text('created_by').notNull(),
    status: text('status').notNull(),
    totalLines: integer('total_lines').notNull(),
    processedLines: integer('processed_lines').notNull().default(0),
    created: integer('created').notNull().default(0),
    moved: integer('moved').notNull().default(0),
    unchanged: integer('unchanged').notNull().default(0),
    areasCreated: integer('areas_created').notNull().default(0),
    problems: jsonb('problems').$type<ImportProblem[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.createdBy], foreignColumns: [appUser.tenantId, appUser.id] }),
    index('postcode_import_created_idx').on(t.tenantId, t.createdAt),
  ],
);
