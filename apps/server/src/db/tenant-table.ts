/**
 * Every row a tenant owns is keyed by (tenant_id, id) and every reference stays inside the tenant,
 * so no query can join one municipality's rows to another's. Written once here; a module's table
 * file builds its tables with these and keeps them its own.
 */
import type { BuildExtraConfigColumns } from 'drizzle-orm';
import {
  type AnyPgColumn,
  foreignKey,
  type PgColumnBuilderBase,
  type PgTableExtraConfigValue,
  pgTable,
  primaryKey,
  text,
} from 'drizzle-orm/pg-core';
import * as column from './columns.ts';

const tenantKeyColumns = () => ({
  tenantId: column.tenantId(),
  id: text('id').notNull(),
});

interface TenantKeyed {
  tenantId: AnyPgColumn;
  id: AnyPgColumn;
}

/**
 * A table of rows a tenant owns: `tenant_id` and `id` come first and are its primary key; the
 * columns and the extra config (indexes, foreign keys) are the table's own.
 */
export const tenantTable = <TName extends string, TColumns extends Record<string, PgColumnBuilderBase>>(
  name: TName,
  columns: TColumns,
  extraConfig?: (
    self: BuildExtraConfigColumns<TName, ReturnType<typeof tenantKeyColumns> & TColumns, 'pg'>,
  ) => PgTableExtraConfigValue[],
) =>
  pgTable(name, { ...tenantKeyColumns(), ...columns }, (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    ...(extraConfig?.(t) ?? []),
  ]);

/**
 * A reference from column `from` to the (tenant_id, id) of `target`, in the same tenant: (tenant_id,
 * from) → (target.tenant_id, target.id). `target` may be the table itself (a correction).
 */
export const tenantForeignKey = (t: { tenantId: AnyPgColumn }, from: AnyPgColumn, target: TenantKeyed) =>
  foreignKey({ columns: [t.tenantId, from], foreignColumns: [target.tenantId, target.id] });
