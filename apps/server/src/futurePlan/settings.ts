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
import { futurePlanCustomTopic, futurePlanSettings } from './schema.ts';

export async function startAgeMonths(db: Executor, tenantId: string): Promise<number> {
  const [row] = await db
    .select({ months: futurePlanSettings.startAgeMonths })
    .from(futurePlanSettings)
    .where(eq(futurePlanSettings.tenantId, tenantId))
    .limit(1);
  return row?.months ?? DEFAULT_FUTURE_PLAN_START_MONTHS;
}

export type TopicDefinition = FuturePlanTopicDefinition & {
  custom: boolean;
  /** False once the administrator deactivated this tenant topic (decision 0026). */
  active: boolean;
  deactivatedAt: Date | null;
};

/**
 * The standard topics followed by the tenant's own, in the order the administrator put them
 * (ties, such as rows from before ordering existed, in the order they were added), deactivated
 * ones included: a plan that already answered one keeps showing it.
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
  return [
    ...FUTURE_PLAN_TOPICS.map((t) => ({ ...t, custom: false, active: true, deactivatedAt: null })),
    ...rows.map((r) => ({
      key: r.key,
      title: { nl: r.titleNl, en: r.titleEn },
      explanation: { nl: r.explanationNl, en: r.explanationEn },
      monthsBefore18: r.monthsBefore18,
      custom: true,
      active: r.deactivatedAt === null,
      deactivatedAt: r.deactivatedAt,
    })),
  ];
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
