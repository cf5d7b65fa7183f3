/**
 * The audit rows about one subject, numbered into visits, a page at a time: the read behind the
 * family's access log (consent decides who may read it and which rows are withheld from them).
 */
import {
  and,
  arrayContains,
  desc,
  eq,
  gt,
  gte,
  inArray,
  isNotNull,
  lt,
  lte,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import { type Executor, isTransaction } from '../db/database.ts';
import { organisationNameOf } from '../tenancy/fragments.ts';
import { auditLog } from './schema.ts';
import { sealAllAuditRows } from './seal.ts';

interface SubjectVisitsQuery {
  tenantId: string;
  subjectType: string;
  subjectId: string;
  dataCategory?: string | undefined;
  /** Days as `YYYY-MM-DD` (UTC midnight), both inclusive. */
  from?: string | undefined;
  to?: string | undefined;
  /** Rows of these break-glass openings are left out (`details.breakGlassId`). */
  withoutBreakGlassIds: readonly string[];
  /** Rows whose action starts with one of these namespaces (`meldcode.…`) are left out. */
  withoutNamespaces: readonly string[];
  /** Rows of one actor closer together than this belong to one visit. */
  visitGapMinutes: number;
  page: number;
  pageSize: number;
  /** A bound on the rows one page returns (a very busy visit stays whole below it). */
  maxRows: number;
}

/**
 * A page of visits, newest first: one actor's rows of one request, or following each other within
 * the gap. Uses audit_log_subject_seq_idx (tenant, subject type, subject id, seq) and, for list events,
 * audit_log_subject_ids_idx. Each row carries its
 * visit number; `hasMore` says whether a next page holds a visit.
 */
export async function subjectVisitsPage(db: Executor, q: SubjectVisitsQuery) {
  // Rows are numbered by seq: the tenant's rows committed so far are sealed first (decision 0047).
  if (!isTransaction(db)) await sealAllAuditRows(db, q.tenantId);
  const first = (q.page - 1) * q.pageSize;
  const picked = await visitPicksQuery(db, q);
  const hasMore = picked.some((p) => Number(p.visit) > first + q.pageSize);
  const inPage = picked.filter((p) => Number(p.visit) <= first + q.pageSize);
  const visitOf = new Map(inPage.map((p) => [Number(p.seq), Number(p.visit)]));
  const rows = inPage.length
    ? await db
        .select({
          seq: auditLog.seq,
          occurredAt: auditLog.occurredAt,
          actorUserId: auditLog.actorUserId,
          organisation: organisationNameOf(auditLog.tenantId, auditLog.actorOrganisationId),
          role: auditLog.actorRole,
          action: auditLog.action,
          section: auditLog.dataCategory,
          details: auditLog.details,
          outcome: auditLog.outcome,
        })
        .from(auditLog)
        .where(
          and(
            eq(auditLog.tenantId, q.tenantId),
            inArray(
              auditLog.seq,
              inPage.map((p) => Number(p.seq)),
            ),
          ),
        )
        .orderBy(desc(auditLog.seq))
        .limit(inPage.length)
    : [];
  // Every row read has a seq: it was picked by one.
  return {
    rows: rows.map((r) => ({ ...r, seq: Number(r.seq), visit: visitOf.get(Number(r.seq)) ?? 0 })),
    hasMore,
  };
}

/**
 * The subject's rows numbered into visits, newest first, and the page's visits (plus one, to tell
 * whether a next page holds one) picked: exported so a test can EXPLAIN exactly what runs.
 */
export function visitPicksQuery(db: Executor, q: SubjectVisitsQuery) {
  const conditions: SQL[] = [
    eq(auditLog.tenantId, q.tenantId),
    eq(auditLog.subjectType, q.subjectType),
    // A row committed after the seal above shows on the next read, once it has its place.
    isNotNull(auditLog.seq),
    // A row about this subject alone, or a list event that showed it among others (two indexes, ORed).
    or(eq(auditLog.subjectId, q.subjectId), arrayContains(auditLog.subjectIds, [q.subjectId])) as SQL,
  ];
  if (q.withoutBreakGlassIds.length > 0) {
    conditions.push(
      sql`coalesce(${auditLog.details}->>'breakGlassId', '') not in (${sql.join(
        q.withoutBreakGlassIds.map((id) => sql`${id}`),
        sql`, `,
      )})`,
    );
  }
  if (q.withoutNamespaces.length > 0) {
    conditions.push(
      sql`split_part(${auditLog.action}, '.', 1) not in (${sql.join(
        q.withoutNamespaces.map((ns) => sql`${ns}`),
        sql`, `,
      )})`,
    );
  }
  if (q.dataCategory) conditions.push(eq(auditLog.dataCategory, q.dataCategory));
  if (q.from) conditions.push(gte(auditLog.occurredAt, new Date(`${q.from}T00:00:00Z`)));
  if (q.to) {
    const end = new Date(`${q.to}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + 1);
    conditions.push(lt(auditLog.occurredAt, end));
  }
  // A row starts a new visit unless the row just before it (newer) is the same actor's, from the
  // same request or at most the gap later. Visits are numbered by a running sum.
  const newer = (column: SQL | typeof auditLog.seq) =>
    sql`lag(${column}) over (order by ${auditLog.seq} desc)`;
  const flagged = db
    .select({
      seq: auditLog.seq,
      starts:
        sql<number>`case when ${newer(sql`${auditLog.actorUserId}`)} is not distinct from ${auditLog.actorUserId}
        and (${newer(sql`${auditLog.requestId}`)} = ${auditLog.requestId}
          or ${newer(sql`${auditLog.occurredAt}`)} - ${auditLog.occurredAt} <= make_interval(mins => ${q.visitGapMinutes}))
        then 0 else 1 end`.as('starts'),
    })
    .from(auditLog)
    .where(and(...conditions))
    .as('flagged');
  const numbered = db
    .select({
      seq: flagged.seq,
      visit: sql<number>`(sum(${flagged.starts}) over (order by ${flagged.seq} desc))::int`.as('visit'),
    })
    .from(flagged)
    .as('numbered');
  const first = (q.page - 1) * q.pageSize;
  return db
    .select({ seq: numbered.seq, visit: numbered.visit })
    .from(numbered)
    .where(and(gt(numbered.visit, first), lte(numbered.visit, first + q.pageSize + 1)))
    .orderBy(desc(numbered.seq))
    .limit(q.maxRows);
}
