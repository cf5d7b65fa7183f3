/**
 * Tenancy facts as pieces of another module's query (scalar subqueries and conditions), so a list
 * that shows an organisation's or area's name stays one query without naming tenancy's tables.
 * Each takes the caller's columns (or plain values) and looks up one row by its primary key.
 */
import { type AnyColumn, type Placeholder, type SQL, sql } from 'drizzle-orm';
import { correlated } from '../db/correlated.ts';
import { area, organisation, team, tenant } from './schema.ts';

type Ref = AnyColumn | SQL | string;

/**
 * The organisation's name (null: no organisation). A caller whose foreign key guarantees the row
 * (a not-null organisation column) asks for `organisationNameOf<string>`.
 */
export function organisationNameOf<Name extends string | null = string | null>(
  tenantId: Ref,
  organisationId: Ref,
): SQL<Name> {
  return correlated(sql<Name>`(select ${organisation.name} from ${organisation}
    where ${organisation.tenantId} = ${tenantId} and ${organisation.id} = ${organisationId})`);
}

/**
 * The organisation's row as a source to join, its one column `name`: `left join lateral … on true`.
 * For a list that names the organisation of every row, where PostgreSQL then looks each one up
 * once (a memoized key lookup) instead of running `organisationNameOf` for every row.
 */
export function organisationNameRow(tenantId: Ref, organisationId: Ref): SQL {
  return correlated(sql`(select ${organisation.name} as name from ${organisation}
    where ${organisation.tenantId} = ${tenantId} and ${organisation.id} = ${organisationId})`);
}

/** The names of those of the organisations (a text[]) that exist, as one JSON object by id. */
export function organisationNamesIn(tenantId: Ref, organisationIds: SQL): SQL<Record<string, string>> {
  return correlated(sql`(select coalesce(json_object_agg(${organisation.id}, ${organisation.name}), '{}'::json)
    from ${organisation} where ${organisation.tenantId} = ${tenantId} and ${organisation.id} = any(${organisationIds}))`);
}

/** The tenant's name (null: no such tenant). */
export function tenantNameOf(tenantId: Ref): SQL<string | null> {
  return correlated(
    sql<string | null>`(select ${tenant.name} from ${tenant} where ${tenant.tenantId} = ${tenantId})`,
  );
}

/** The organisation's id, name and kind as one JSON value (null: no organisation). */
export function organisationOf(
  tenantId: Ref,
  organisationId: Ref,
): SQL<{ id: string; name: string; kind: string } | null> {
  return correlated(sql`(select json_build_object('id', ${organisation.id}, 'name', ${organisation.name},
    'kind', ${organisation.kind}) from ${organisation}
    where ${organisation.tenantId} = ${tenantId} and ${organisation.id} = ${organisationId})`);
}

/** The area's name (null: no area). */
export function areaNameOf(tenantId: Ref, areaId: Ref): SQL<string | null> {
  return correlated(sql<string | null>`(select ${area.name} from ${area}
    where ${area.tenantId} = ${tenantId} and ${area.id} = ${areaId})`);
}

/** The team that serves the area (null: no area). */
export function teamOfArea(tenantId: Ref, areaId: Ref): SQL<string | null> {
  return correlated(sql<string | null>`(select ${area.teamId} from ${area}
    where ${area.tenantId} = ${tenantId} and ${area.id} = ${areaId})`);
}

/** The team's name (null: no team; `teamNameOf<string>` where a not-null foreign key guarantees one). */
export function teamNameOf<Name extends string | null = string | null>(
  tenantId: Ref,
  teamId: Ref | null,
): SQL<Name> {
  if (!teamId) return sql<Name>`null`;
  return correlated(sql<Name>`(select ${team.name} from ${team}
    where ${team.tenantId} = ${tenantId} and ${team.id} = ${teamId})`);
}

/** The condition "the area is one of the team's", over the caller's area column. */
export function areaOfTeam(
  tenantId: Ref | Placeholder,
  areaId: AnyColumn,
  teamId: string | Placeholder,
): SQL {
  return sql`${areaId} in (select ${area.id} from ${area}
    where ${area.tenantId} = ${tenantId} and ${area.teamId} = ${teamId})`;
}

/** The name of the team that serves the area (null: no area). */
export function teamNameOfArea(tenantId: Ref, areaId: Ref): SQL<string | null> {
  return correlated(sql<string | null>`(select ${team.name} from ${area} join ${team}
    on ${team.tenantId} = ${area.tenantId} and ${team.id} = ${area.teamId}
    where ${area.tenantId} = ${tenantId} and ${area.id} = ${areaId})`);
}

/** How to reach the team that serves the area, as one JSON value (null: no area or no team). */
export function teamContactOfArea(
  tenantId: Ref,
  areaId: Ref,
): SQL<{ name: string; phone: string | null; email: string | null } | null> {
  return correlated(sql`(select json_build_object('name', ${team.name}, 'phone', ${team.phone},
    'email', ${team.email}) from ${area} join ${team} on ${team.tenantId} = ${area.tenantId} and ${team.id} = ${area.teamId}
    where ${area.tenantId} = ${tenantId} and ${area.id} = ${areaId})`);
}
