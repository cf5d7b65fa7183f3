import type { Database } from '../../src/db/database.ts';

export interface AuditRow {
  action: string;
  outcome: string;
  actor_user_id: string | null;
  subject_type: string | null;
  subject_id: string | null;
  details: Record<string, unknown> | null;
}

/** The audit log's rows for an action (optionally by one user), oldest first: what a test asserts on. */
export async function auditRows(
  database: Pick<Database, 'ownerQuery'>,
  action: string,
  filter: { userId?: string; subjectId?: string } = {},
): Promise<AuditRow[]> {
  const rows = await database.ownerQuery<AuditRow>(
    `select action, outcome, actor_user_id, subject_type, subject_id, details from audit_log
      where action = $1 and ($2::text is null or actor_user_id = $2) and ($3::text is null or subject_id = $3)
      order by tenant_id, seq`,
    [action, filter.userId ?? null, filter.subjectId ?? null],
  );
  return rows;
}
