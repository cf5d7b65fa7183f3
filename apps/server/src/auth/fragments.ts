/**
 * A user's facts as pieces of another module's query, so a page that names a professional stays one
 * query without naming auth's tables.
 */
import { type AnyColumn, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { correlated } from '../db/correlated.ts';
import { appUser } from './schema.ts';

/** The user's name and e-mail address as one JSON value (null: no such user). */
export function userContactOf(
  tenantId: AnyColumn,
  userId: AnyColumn,
): SQL<{ name: string; email: string | null } | null> {
  return correlated(sql`(select json_build_object('name', ${appUser.displayName}, 'email', ${appUser.email})
    from ${appUser} where ${appUser.tenantId} = ${tenantId} and ${appUser.id} = ${userId})`);
}

/** The user's display name (null: no such user), for a query that says who wrote or proposed something. */
export function userNameOf(
  tenantId: AnyColumn | SQLWrapper,
  userId: AnyColumn | SQLWrapper,
): SQL<string | null> {
  return correlated(sql`(select ${appUser.displayName} from ${appUser}
    where ${appUser.tenantId} = ${tenantId} and ${appUser.id} = ${userId})`);
}

/**
 * The display names of those of the users (a text[]) who are professionals, as one JSON object by
 * id: what `findProfessionalNames` answers, for a query that checks the owners it is given.
 */
export function professionalNamesIn(
  tenantId: AnyColumn | SQLWrapper,
  userIds: SQL,
): SQL<Record<string, string>> {
  return correlated(sql`(select coalesce(json_object_agg(${appUser.id}, ${appUser.displayName}), '{}'::json)
    from ${appUser} where ${appUser.tenantId} = ${tenantId} and ${appUser.id} = any(${userIds})
      and ${appUser.role} <> 'resident')`);
}
