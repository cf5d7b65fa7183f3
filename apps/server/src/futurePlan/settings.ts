/** Per tenant: when a toekomstplan starts and which topics the tenant added to the standard list. */
import {
  DEFAULT_FUTURE_PLAN_START_MONTHS,
  FUTURE_PLAN_TOPICS,
  type FuturePlanSettings,
  type FuturePlanTopicDefinition,
} from '@een-plan/contracts';
import { asc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Db, Executor } from '../db/database.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { futurePlanCustomTopic, futurePlanSettings, futurePlanStandardTopicPosition } from './schema.ts';

export async function startAgeMonths(db: Executor, tenantId: string): Promise<number> {
  const [row] = await db
    .select({ months: futurePlanSettings.startAgeMonths })
    .from(futurePlanSettings)
    .where(eq(futurePlanSettings.tenantId, tenantId))
    .limit(1);
  return row?.months ?? DEFAULT_FUTURE_PLAN_START_MONTHS;
}

type TopicDefinition = FuturePlanTopicDefinition & {
  custom: boolean;
  /** False once the administrator deactivated this tenant topic (decision 0026). */
  active: boolean;
  deactivatedAt: Date | null;
};

/**
 * Every topic of the tenant in the order plans show them, deactivated ones included (a plan that
 * already answered one keeps showing it). A tenant that never reordered has no standard positions:
 * the standard topics first in their built-in order, then its own by position (ties, such as rows
 * from before ordering existed, in the order they were added). Once the administrator put the whole
 * list in order, standard and own topics share one numbering (decision 0032); a standard topic
 * without a position (one a later release adds) goes last.
 */
export async function topicDefinitions(db: Executor, tenantId: string): Promise<TopicDefinition[]> {
  const rows = await db
    .select()
    .from(futurePlanCustomTopic)
    .where(eq(futurePlanCustomTopic.tenantId, tenantId))
    .orderBy(
      asc(futurePlanCustomTopic.position),
      asc(futurePlanCustomTopic.createdAt),
      asc(futurePlanCustomTopic.key),
    )
    .limit(100);
  const standardPositions = new Map(
    (
      await db
        .select({
          key: futurePlanStandardTopicPosition.topicKey,
          position: futurePlanStandardTopicPosition.position,
        })
        .from(futurePlanStandardTopicPosition)
        .where(eq(futurePlanStandardTopicPosition.tenantId, tenantId))
        .limit(100)
    ).map((r) => [r.key, r.position]),
  );
  const standard = FUTURE_PLAN_TOPICS.map((t) => ({
    ...t,
    custom: false,
    active: true,
    deactivatedAt: null,
  }));
  const own = rows.map((r) => ({
    key: r.key,
    title: { nl: r.titleNl, en: r.titleEn },
    explanation: { nl: r.explanationNl, en: r.explanationEn },
    monthsBefore18: r.monthsBefore18,
    custom: true,
    active: r.deactivatedAt === null,
    deactivatedAt: r.deactivatedAt,
  }));
  if (standardPositions.size === 0) return [...standard, ...own];
  // One numbering: sort by position; a stable sort keeps standard before own on a tie, and each
  // group in its own order (built-in, and the rows' order above).
  const placed = [
    ...standard.map((d) => ({ d, position: standardPositions.get(d.key) ?? Number.POSITIVE_INFINITY })),
    ...own.map((d, i) => ({ d, position: rows[i]?.position ?? 0 })),
  ];
  const before = (a: number, b: number) => (a === b ? 0 : a < b ? -1 : 1);
  return placed.sort((a, b) => before(a.position, b.position)).map((p) => p.d);
}

export async function getFuturePlanSettings(db: Executor, tenantId: string): Promise<FuturePlanSettings> {
  const defs = await topicDefinitions(db, tenantId);
  return {
    startAgeMonths: await startAgeMonths(db, tenantId),
    customTopics: defs
      .filter((d) => d.custom)
      .map(({ key, title, explanation, monthsBefore18, active, deactivatedAt }) => ({
        key,
        title,
        explanation,
        monthsBefore18,
        active,
        deactivatedAt: deactivatedAt?.toISOString() ?? null,
      })),
    topicOrder: defs.map((d) => d.key),
  };
}

export async function setStartAge(db: Db, actor: Actor, ctx: RequestOrigin, months: number) {
  await db.transaction(async (tx) => {
    await tx
      .insert(futurePlanSettings)
      .values({ tenantId: actor.tenantId, startAgeMonths: months })
      .onConflictDoUpdate({
        target: futurePlanSettings.tenantId,
        set: { startAgeMonths: months, updatedAt: new Date() },
      });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor,
      action: 'future_plan.settings_changed',
      outcome: 'success',
      subjectType: 'tenant',
      subjectId: actor.tenantId,
      requestId: ctx.requestId,
      clientAddress: ctx.clientAddress,
      details: { startAgeMonths: months },
    });
  });
  return getFuturePlanSettings(db, actor.tenantId);
}
