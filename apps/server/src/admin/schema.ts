import type { ImportStatus } from '@een-plan/contracts';
import { index, integer, jsonb, text } from 'drizzle-orm/pg-core';
import { appUser } from '../auth/schema.ts';
import * as column from '../db/columns.ts';
import { tenantForeignKey, tenantTable } from '../db/tenant-table.ts';

export interface ImportProblem {
  line: number;
  code: string;
  message: { nl: string; en: string };
}

/** A CSV import of postcode → area → team; processed in batches so the UI can show progress. */
export const postcodeImport = tenantTable(
  'postcode_import',
  {
    createdBy: text('created_by').notNull(),
    status: text('status').$type<ImportStatus>().notNull(),
    totalLines: integer('total_lines').notNull(),
    processedLines: integer('processed_lines').notNull().default(0),
    created: integer('created').notNull().default(0),
    moved: integer('moved').notNull().default(0),
    unchanged: integer('unchanged').notNull().default(0),
    areasCreated: integer('areas_created').notNull().default(0),
    problems: jsonb('problems').$type<ImportProblem[]>().notNull(),
    createdAt: column.writtenAt('created_at'),
    finishedAt: column.moment('finished_at'),
  },
  (t) => [
    tenantForeignKey(t, t.createdBy, appUser),
    index('postcode_import_created_idx').on(t.tenantId, t.createdAt),
  ],
);
