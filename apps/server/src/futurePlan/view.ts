/** A toekomstplan as its reader gets it: topics with due dates, the helper, the countdown. */
import {
  AdultCareLaw,
  type ContinuityDecision,
  type FuturePlan,
  type FuturePlanHelper,
  type FuturePlanTopicOwner,
  type FuturePlanTopicStatus,
} from '@een-plan/contracts';
import { and, eq, inArray } from 'drizzle-orm';
import { findUserNames } from '../auth/users.ts';
import { decryptOptional } from '../crypto/data-encryption.ts';
import type { Executor } from '../db/database.ts';
import { listNetwork } from '../network/service.ts';
import { daysBetween, eighteenthBirthdayOf, topicDueDate } from './dates.ts';
import { type futurePlan, futurePlanTopic } from './schema.ts';
import { topicDefinitions } from './settings.ts';

export type FuturePlanRow = typeof futurePlan.$inferSelect;
type TopicRow = typeof futurePlanTopic.$inferSelect;

/** A topic is settled when it is done or not needed; anything else still needs work before 18. */
export const SETTLED: ReadonlySet<string> = new Set(['done', 'not_needed']);

export async function topicRowsOf(db: Executor, tenantId: string, planIds: readonly string[]) {
  if (planIds.length === 0) return [];
  return db
    .select()
    .from(futurePlanTopic)
    .where(and(eq(futurePlanTopic.tenantId, tenantId), inArray(futurePlanTopic.planId, [...planIds])));
}

/** The people a youth may choose as helper: her household's active network and its coordinator. */
export async function helperOptions(
  db: Executor,
  tenantId: string,
  householdId: string,
  coordinatorId: string | null,
): Promise<FuturePlanHelper[]> {
  const network = await listNetwork(db, tenantId, householdId, ['active']);
  const coordinator = coordinatorId ? await findUserNames(db, tenantId, [coordinatorId]) : [];
  return [
    ...network.map((n) => ({
      kind: n.relation === 'jim_mentor' ? ('jim_mentor' as const) : ('network' as const),
      ref: n.id,
      name: n.name,
    })),
    ...coordinator.map((u) => ({ kind: 'professional' as const, ref: u.id, name: u.displayName })),
  ];
}

function continuityOf(row: FuturePlanRow, decidedByName: string | null): ContinuityDecision | null {
  if (!row.continuityDecision || !row.continuityDecidedAt) return null;
  return {
    decision: row.continuityDecision,
    careType: row.continuityCareType,
    until: row.continuityUntil,
    handoverTo: (row.continuityHandoverTo ?? '')
      .split(',')
      .filter((l) => l !== '')
      .map((l) => AdultCareLaw.parse(l)),
    note: row.continuityNoteEnc ? decryptOptional(row.continuityNoteEnc) : null,
    decidedByName,
    decidedAt: row.continuityDecidedAt.toISOString(),
  };
}

interface ViewInput {
  row: FuturePlanRow;
  youth: { firstName: string; birthDate: string };
  coordinatorId: string | null;
  today: string;
  may: FuturePlan['may'];
}

export async function toFuturePlanView(
  db: Executor,
  tenantId: string,
  input: ViewInput,
): Promise<FuturePlan> {
  const { row, youth, today } = input;
  const defs = await topicDefinitions(db, tenantId);
  const states = new Map<string, TopicRow>(
    (await topicRowsOf(db, tenantId, [row.id])).map((t) => [t.topicKey, t]),
  );
  const options = row.helperKind
    ? await helperOptions(db, tenantId, row.householdId, input.coordinatorId)
    : [];
  const helper = options.find((o) => o.kind === row.helperKind && o.ref === row.helperRef) ?? null;
  const decidedBy = row.continuityDecidedBy
    ? await findUserNames(db, tenantId, [row.continuityDecidedBy])
    : [];
  const eighteenth = eighteenthBirthdayOf(youth.birthDate);
  return {
    id: row.id,
    householdId: row.householdId,
    youthPersonId: row.personId,
    youthFirstName: youth.firstName,
    startedOn: row.startedOn,
    eighteenthBirthday: eighteenth,
    daysUntil18: daysBetween(today, eighteenth),
    helper,
    // A deactivated topic stays only where it was answered, read-only and never overdue.
    topics: defs
      .filter((d) => d.active || states.has(d.key))
      .map((d) => {
        const state = states.get(d.key);
        const status = (state?.status ?? 'open') as FuturePlanTopicStatus;
        const dueDate = topicDueDate(youth.birthDate, d.monthsBefore18);
        return {
          key: d.key,
          title: d.title,
          explanation: d.explanation,
          status,
          owner: (state?.owner ?? 'youth') as FuturePlanTopicOwner,
          dueDate,
          overdue: d.active && !SETTLED.has(status) && dueDate < today,
          custom: d.custom,
          active: d.active,
        };
      }),
    continuity: continuityOf(row, decidedBy[0]?.displayName ?? null),
    may: input.may,
    version: row.version,
  };
}
