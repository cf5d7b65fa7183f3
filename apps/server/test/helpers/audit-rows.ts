import type { Database } from '../../src/db/database.ts';

interface AuditRow {
  action: string;
  outcome: string;
  actor_user_id: string | null;
  subject_type: string | null;
  subject_id: string | null;
  details: Record<string, unknown> | null;
}

/**
 * The audit log's rows for an action (optionally by one user or subject), oldest first, a list event
 * once per subject it names: what a test asserts on.
 */
export async function auditRows(
  database: Pick<Database, 'ownerQuery'>,
  action: string,
  filter: { userId?: string; subjectId?: string } = {},
): Promise<AuditRow[]> {
  // A list event names its subjects in subject_ids: it stands here once per subject, as the family's
  // access log finds it.
  const rows = await database.ownerQuery<AuditRow>(
    `select action, outcome, actor_user_id, subject_type, coalesce(listed.id, subject_id) as subject_id, details
       from audit_log left join lateral unnest(subject_ids) with ordinality as listed(id, n) on true
      where action = $1 and ($2::text is null or actor_user_id = $2)
        and ($3::text is null or coalesce(listed.id, subject_id) = $3)
      order by tenant_id, audit_log.id, listed.n`,
    [action, filter.userId ?? null, filter.subjectId ?? null],
  );
  return rows;
}

/** What an administrator with owner rights would have to do to rewrite history. */
export async function tamperAuditLog(database: Database, statement: string) {
  await database.ownerQuery('alter table audit_log disable trigger user');
  await database.ownerQuery(statement);
  await database.ownerQuery('alter table audit_log enable trigger user');
}
