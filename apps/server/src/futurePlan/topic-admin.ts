/**
 * The administrator's own toekomstplan topics: add, edit, deactivate, reactivate (decision 0026)
 * and put in order together with the standard ones (decision 0032). The key never changes, plans
 * refer to it; a deactivated topic is no longer offered to plans without an answer for it. Each
 * change and each refusal is audited.
 */
import type {
  FuturePlanCustomTopicInput,
  FuturePlanCustomTopicUpdate,
  FuturePlanSettings,
  FuturePlanTopicOrderInput,
} from '@een-plan/contracts';
import { and, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Db, Executor } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import { refuse } from '../policy/authorize.ts';
import { decideFuturePlanTopicAdmin } from '../policy/decide-future-plan.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { futurePlanCustomTopic, futurePlanStandardTopicPosition } from './schema.ts';
import { getFuturePlanSettings, topicDefinitions } from './settings.ts';

type TopicAction =
  | 'future_plan.topic_added'
  | 'future_plan.topic_edited'
  | 'future_plan.topic_deactivated'
  | 'future_plan.topic_reactivated'
  | 'future_plan.topics_reordered';

const AUDIT = { subjectType: 'future_plan_topic', dataCategory: 'configuration', purpose: 'administration' };

/** Refuses (audited) anyone but the administrator, also when a caller got past the route. */
async function requireTopicAdmin(
  db: Executor,
  actor: Actor,
  ctx: RequestOrigin,
  action: TopicAction,
  key: string,
) {
  const decision = decideFuturePlanTopicAdmin(actor);
  if (!decision.allowed) {
    await refuse(db, actor, ctx, { action, subjectId: key, ...AUDIT }, decision.reason);
  }
}

async function audit(
  tx: Executor,
  actor: Actor,
  ctx: RequestOrigin,
  action: TopicAction,
  key: string,
  details = {},
) {
  await recordAudit(tx, {
    tenantId: actor.tenantId,
    actor,
    action,
    outcome: 'success',
    ...AUDIT,
    subjectId: key,
    requestId: ctx.requestId,
    clientAddress: ctx.clientAddress,
    details,
  });
}

const same = (a: string, b: string) => a.trim().toLocaleLowerCase('nl') === b.trim().toLocaleLowerCase('nl');

/** Two topics with one name would look the same to the youth: a name is unique per language. */
async function checkTitleFree(
  tx: Executor,
  tenantId: string,
  title: { nl: string; en: string },
  ownKey?: string,
) {
  const taken = (await topicDefinitions(tx, tenantId)).some(
    (d) => d.key !== ownKey && (same(d.title.nl, title.nl) || same(d.title.en, title.en)),
  );
  if (taken) throw new ProblemError('future_plan_topic_title_exists');
}

const keyOf = (tenantId: string, key: string) =>
  and(eq(futurePlanCustomTopic.tenantId, tenantId), eq(futurePlanCustomTopic.key, key));

async function findOwnTopic(tx: Executor, tenantId: string, key: string) {
  const [row] = await tx.select().from(futurePlanCustomTopic).where(keyOf(tenantId, key)).limit(1);
  if (!row) throw new ProblemError('future_plan_unknown_topic');
  return row;
}

export async function addCustomTopic(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  input: FuturePlanCustomTopicInput,
): Promise<FuturePlanSettings> {
  await requireTopicAdmin(db, actor, ctx, 'future_plan.topic_added', input.key);
  await db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ key: futurePlanCustomTopic.key })
      .from(futurePlanCustomTopic)
      .where(keyOf(actor.tenantId, input.key))
      .limit(1);
    if (existing) throw new ProblemError('future_plan_topic_exists');
    await checkTitleFree(tx, actor.tenantId, input.title);
    // A new topic goes last, after every topic the administrator already put in order.
    const [last] = await tx
      .select({ position: sql<number>`coalesce(max(${futurePlanCustomTopic.position}), -1)`.mapWith(Number) })
      .from(futurePlanCustomTopic)
      .where(eq(futurePlanCustomTopic.tenantId, actor.tenantId));
    const [lastStandard] = await tx
      .select({
        position: sql<number>`coalesce(max(${futurePlanStandardTopicPosition.position}), -1)`.mapWith(Number),
      })
      .from(futurePlanStandardTopicPosition)
      .where(eq(futurePlanStandardTopicPosition.tenantId, actor.tenantId));
    await tx.insert(futurePlanCustomTopic).values({
      tenantId: actor.tenantId,
      key: input.key,
      titleNl: input.title.nl,
      titleEn: input.title.en,
      explanationNl: input.explanation.nl,
      explanationEn: input.explanation.en,
      monthsBefore18: input.monthsBefore18,
      position: Math.max(last?.position ?? -1, lastStandard?.position ?? -1) + 1,
    });
    await audit(tx, actor, ctx, 'future_plan.topic_added', input.key);
  });
  return getFuturePlanSettings(db, actor.tenantId);
}

/** New names, explanation or due month of a tenant topic; every plan shows the new words. */
export async function editCustomTopic(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  key: string,
  input: FuturePlanCustomTopicUpdate,
): Promise<FuturePlanSettings> {
  await requireTopicAdmin(db, actor, ctx, 'future_plan.topic_edited', key);
  await db.transaction(async (tx) => {
    const before = await findOwnTopic(tx, actor.tenantId, key);
    await checkTitleFree(tx, actor.tenantId, input.title, key);
    await tx
      .update(futurePlanCustomTopic)
      .set({
        titleNl: input.title.nl,
        titleEn: input.title.en,
        explanationNl: input.explanation.nl,
        explanationEn: input.explanation.en,
        monthsBefore18: input.monthsBefore18,
        updatedAt: new Date(),
      })
      .where(keyOf(actor.tenantId, key));
    // Which parts changed, never the words themselves (the log holds codes only).
    await audit(tx, actor, ctx, 'future_plan.topic_edited', key, {
      titleChanged: before.titleNl !== input.title.nl || before.titleEn !== input.title.en,
      explanationChanged:
        before.explanationNl !== input.explanation.nl || before.explanationEn !== input.explanation.en,
      monthsBefore18: input.monthsBefore18,
    });
  });
  return getFuturePlanSettings(db, actor.tenantId);
}

/** Stops (or resumes) offering a tenant topic; plans with an answer for it keep showing it. */
export async function setCustomTopicActive(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  key: string,
  active: boolean,
  now = new Date(),
): Promise<FuturePlanSettings> {
  const action = active ? 'future_plan.topic_reactivated' : 'future_plan.topic_deactivated';
  await requireTopicAdmin(db, actor, ctx, action, key);
  await db.transaction(async (tx) => {
    const before = await findOwnTopic(tx, actor.tenantId, key);
    const changed = (before.deactivatedAt === null) !== active;
    if (changed) {
      await tx
        .update(futurePlanCustomTopic)
        .set({ deactivatedAt: active ? null : now, updatedAt: now })
        .where(keyOf(actor.tenantId, key));
    }
    await audit(tx, actor, ctx, action, key, { changed });
  });
  return getFuturePlanSettings(db, actor.tenantId);
}

/**
 * Puts all the tenant's topics, standard and own, in the given order; plans list them so. The
 * standard topics' places are stored by key only (decision 0032). A key that is no topic of the
 * tenant is refused (400); the list must name every topic, so a page that missed a change (another
 * administrator added one meanwhile) is refused (409) instead of leaving a topic without a place.
 * Keys twice never get here (the body's schema refuses them).
 */
export async function reorderTopics(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  input: FuturePlanTopicOrderInput,
): Promise<FuturePlanSettings> {
  await requireTopicAdmin(db, actor, ctx, 'future_plan.topics_reordered', actor.tenantId);
  await db.transaction(async (tx) => {
    const defs = await topicDefinitions(tx, actor.tenantId);
    const custom = new Map(defs.map((d) => [d.key, d.custom]));
    if (input.keys.some((k) => !custom.has(k))) throw new ProblemError('future_plan_topic_order_unknown');
    if (new Set(input.keys).size !== input.keys.length || input.keys.length !== defs.length) {
      throw new ProblemError('future_plan_topic_order_mismatch');
    }
    const standard = input.keys.flatMap((key, position) => (custom.get(key) ? [] : [{ key, position }]));
    await tx
      .insert(futurePlanStandardTopicPosition)
      .values(standard.map(({ key, position }) => ({ tenantId: actor.tenantId, topicKey: key, position })))
      .onConflictDoUpdate({
        target: [futurePlanStandardTopicPosition.tenantId, futurePlanStandardTopicPosition.topicKey],
        set: { position: sql`excluded.position` },
      });
    for (const [position, key] of input.keys.entries()) {
      if (custom.get(key)) {
        await tx.update(futurePlanCustomTopic).set({ position }).where(keyOf(actor.tenantId, key));
      }
    }
    await audit(tx, actor, ctx, 'future_plan.topics_reordered', actor.tenantId, {
      topics: input.keys.length,
    });
  });
  return getFuturePlanSettings(db, actor.tenantId);
}
