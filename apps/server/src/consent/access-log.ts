import {
  ACCESS_WORDS,
  type AccessLogEntry,
  type AccessLogPage,
  type AccessVisit,
  accessEntryWords,
  type Locale,
} from '@een-plan/contracts';
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { subjectVisitsPage } from '../audit/subject-visits.ts';
import { findUserNames } from '../auth/users.ts';
import type { Db } from '../db/database.ts';
import { findPersonDetails, membershipHistory } from '../households/person-data.ts';
import type { CsvValue } from '../http/csv.ts';
import { ProblemError } from '../http/problems.ts';
import { selfRelianceOfPerson } from '../intake/self-reliance.ts';
import { goalsAboutPerson } from '../plans/goals-and-actions.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { activityOf, WITHHELD_FROM_FAMILY } from './access-log-words.ts';
import { breakGlass, consent } from './schema.ts';

const ACCESS_LOG_PAGE_SIZE = 20;

interface AccessLogFilter {
  page: number;
  section?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

function basisOf(row: {
  actorRole: string | null;
  details: Record<string, unknown> | null;
}): AccessLogEntry['basis'] {
  const b = row.details?.basis;
  if (b === 'consent' || b === 'break_glass') return b;
  if (row.actorRole === 'resident') return 'own_household';
  if (
    row.actorRole === 'coordinator' ||
    row.actorRole === 'team_lead' ||
    b === 'coordinator' ||
    b === 'team'
  ) {
    return 'relationship';
  }
  // A school or GP following its own signal, a provider working on its own assignment.
  if (row.actorRole === 'source' || row.actorRole === 'provider') return 'own_work';
  return 'other';
}

/** Rows of one actor closer together than this belong to one visit (a page load writes several). */
const VISIT_GAP_MINUTES = 10;

/**
 * Every access (and refused attempt) to the household's data, newest first, from the audit log (the same
 * hash-chained log `audit:verify` checks), grouped into visits: one actor's rows of one request, or
 * following each other within VISIT_GAP_MINUTES. A page holds `pageSize` visits with all their rows —
 * nothing is hidden, only grouped. Uses audit_log_subject_seq_idx (tenant, subject type, subject id, seq).
 * Break-glass accesses under a legal ground that forbids telling are left out.
 */
export async function accessLog(
  db: Db,
  actor: Actor,
  householdId: string,
  filter: AccessLogFilter,
  ctx: RequestOrigin,
  pageSize = ACCESS_LOG_PAGE_SIZE,
): Promise<AccessLogPage> {
  const t = actor.tenantId;
  // Break-glass openings under a legal ground that forbids telling the family (a household has few).
  const withheld = await db
    .select({ id: breakGlass.id })
    .from(breakGlass)
    .where(
      and(
        eq(breakGlass.tenantId, t),
        eq(breakGlass.householdId, householdId),
        eq(breakGlass.withholdFromFamily, true),
      ),
    )
    .limit(1000);
  const { rows, hasMore } = await subjectVisitsPage(db, {
    tenantId: t,
    subjectType: 'household',
    subjectId: householdId,
    dataCategory: filter.section,
    from: filter.from,
    to: filter.to,
    withoutBreakGlassIds: withheld.map((w) => w.id),
    // The meldcode and Veilig Thuis are withheld from the family's log (see WITHHELD_FROM_FAMILY).
    withoutNamespaces: [...WITHHELD_FROM_FAMILY],
    visitGapMinutes: VISIT_GAP_MINUTES,
    page: filter.page,
    pageSize,
    maxRows: MAX_ROWS_PER_PAGE,
  });
  const actorIds = [...new Set(rows.flatMap((r) => (r.actorUserId ? [r.actorUserId] : [])))];
  const names = new Map((await findUserNames(db, t, actorIds)).map((u) => [u.id, u.displayName]));
  const entries = rows.map((r) => ({
    seq: r.seq,
    occurredAt: r.occurredAt.toISOString(),
    who: (r.actorUserId ? names.get(r.actorUserId) : undefined) ?? r.actorUserId ?? '',
    organisation: r.organisation,
    role: r.role,
    action: r.action,
    section: r.section,
    basis: basisOf({ actorRole: r.role, details: r.details }),
    consentId:
      typeof r.details?.consentIds === 'string'
        ? r.details.consentIds
        : typeof r.details?.consentId === 'string'
          ? r.details.consentId
          : null,
    outcome: r.outcome,
    activity: activityOf(r.action),
  }));
  const visitOf = new Map(rows.map((r) => [r.seq, r.visit]));
  const visits = groupVisits(entries, (e) => visitOf.get(e.seq) ?? 0);
  // Reading the log is itself an access: recorded after the query, so it shows on the next page load.
  await recordAudit(db, {
    tenantId: t,
    actor,
    action: 'access_log.read',
    outcome: 'success',
    subjectType: 'household_access_log',
    subjectId: householdId,
    dataCategory: 'audit',
    purpose: 'right_of_access',
    requestId: ctx.requestId,
    clientAddress: ctx.clientAddress,
    details: { page: filter.page, count: entries.length, visits: visits.length },
  });
  return { householdId, page: filter.page, pageSize, hasMore, visits, entries };
}

/** A bound on the rows one page returns (a visit of a very busy session stays whole below it). */
const MAX_ROWS_PER_PAGE = 5000;

/** Entries (newest first) into visits by their visit number, keeping the order. */
function groupVisits(entries: AccessLogEntry[], visitNumber: (e: AccessLogEntry) => number): AccessVisit[] {
  const byNumber = new Map<number, AccessLogEntry[]>();
  for (const e of entries) {
    const n = visitNumber(e);
    byNumber.set(n, [...(byNumber.get(n) ?? []), e]);
  }
  return [...byNumber.values()].map((rows) => {
    const newest = rows[0] as AccessLogEntry;
    const oldest = rows[rows.length - 1] as AccessLogEntry;
    const outcomes = new Set(rows.map((r) => (r.outcome === 'success' ? 'success' : 'denied')));
    return {
      id: String(oldest.seq),
      startedAt: oldest.occurredAt,
      endedAt: newest.occurredAt,
      who: newest.who,
      organisation: newest.organisation,
      role: newest.role,
      outcome: outcomes.size > 1 ? 'mixed' : outcomes.has('success') ? 'success' : 'denied',
      bases: [...new Set(rows.filter((r) => r.outcome === 'success').map((r) => r.basis))],
      entries: rows,
    };
  });
}

/** "regisseur" / "coordinator"; null for an unknown role (never the code). */
export function roleWords(role: string | null, locale: Locale): string | null {
  const roles: Readonly<Record<string, string>> = ACCESS_WORDS[locale].roles;
  return role ? (roles[role] ?? null) : null;
}

const CSV_HEADER: Record<Locale, string[]> = {
  nl: ['wanneer', 'wie', 'organisatie', 'rol', 'wat', 'waarom mocht dit', 'toestemming', 'uitkomst'],
  en: ['when', 'who', 'organisation', 'role', 'what', 'why this was allowed', 'consent', 'outcome'],
};
const CSV_OUTCOME: Record<Locale, { success: string; denied: string }> = {
  nl: { success: 'toegestaan', denied: 'geweigerd' },
  en: { success: 'allowed', denied: 'refused' },
};

/**
 * The log page as CSV rows in the reader's language, in the page's words ("bekeek uw gezinsplan"),
 * never an audit code (written by `http/csv.ts`: BOM, `;`, quoted cells).
 */
export function accessLogCsv(page: AccessLogPage, locale: Locale): { header: string[]; rows: CsvValue[][] } {
  const w = ACCESS_WORDS[locale];
  const rows = page.entries.map((e) => [
    e.occurredAt,
    e.who,
    e.organisation,
    roleWords(e.role, locale),
    accessEntryWords(e, locale),
    e.outcome === 'success' ? w.bases[e.basis].toLowerCase() : null,
    e.consentId,
    CSV_OUTCOME[locale][e.outcome === 'success' ? 'success' : 'denied'],
  ]);
  return { header: CSV_HEADER[locale], rows };
}

/** AVG art. 15: everything about the resident, machine-readable. */
export async function myData(db: Db, actor: Actor, householdId: string, ctx: RequestOrigin) {
  if (!actor.personId) throw new ProblemError('not_found');
  const t = actor.tenantId;
  const me = await findPersonDetails(db, t, actor.personId);
  const memberships = await membershipHistory(db, t, actor.personId);
  const consents = await db
    .select({
      id: consent.id,
      granteeKind: consent.granteeKind,
      granteeRef: consent.granteeRef,
      sections: consent.sections,
      purposeCategory: consent.purposeCategory,
      validFrom: consent.validFrom,
      validUntil: consent.validUntil,
      givenBy: consent.givenBy,
      recordedVia: consent.recordedVia,
      revokedAt: consent.revokedAt,
    })
    .from(consent)
    .where(and(eq(consent.tenantId, t), eq(consent.subjectPersonId, actor.personId)))
    .limit(500);
  // What the plan and the intake say about this person: their self-reliance scores and the goals
  // about them (in every plan of the household, also closed ones).
  const selfReliance = await selfRelianceOfPerson(db, t, actor.personId);
  const goals = await goalsAboutPerson(db, t, householdId, actor.personId);
  const log = await accessLog(db, actor, householdId, { page: 1 }, ctx, 1000);
  await recordAudit(db, {
    tenantId: t,
    actor,
    action: 'right_of_access.export',
    outcome: 'success',
    subjectType: 'person',
    subjectId: actor.personId,
    dataCategory: 'all',
    purpose: 'right_of_access',
    requestId: ctx.requestId,
    clientAddress: ctx.clientAddress,
  });
  return {
    exportedAt: new Date().toISOString(),
    person: me ?? null,
    memberships,
    consents: consents.map((c) => ({ ...c, revokedAt: c.revokedAt?.toISOString() ?? null })),
    selfReliance,
    goals,
    accessLog: log.entries,
  };
}
