import type { SafetySection } from '@een-plan/contracts';
import type { Db, Executor } from '../db/database.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { listLifeDomains } from '../tenancy/life-domains.ts';
import { auditSuccess, authorizePlan } from './access.ts';
import { agreementStatus } from './agreement.ts';
import { loadContent } from './content.ts';
import { requirePlan } from './current-plan.ts';
import { userNames } from './names.ts';
import { isEmptySafety } from './safety-content.ts';
import { auditSafetyPlan, safetyPlanReadable } from './safety-plan-access.ts';
import { visibleSafety } from './safety-visible.ts';
import { visibleContent } from './visible-content.ts';

/**
 * What the plan's PDF shows this reader: the same part of the plan as on screen. The document's
 * content may come from `reader`, a read replica (decision 0033); who may read it, and the audit
 * of the read, stay on the primary `db`, so a consent withdrawn a moment ago is already in force.
 */
export async function pdfData(
  db: Db,
  actor: Actor,
  householdId: string,
  ctx: RequestOrigin,
  reader: Executor = db,
) {
  const access = await authorizePlan(db, actor, householdId, 'plan.read', ctx, { action: 'plan.pdf' });
  const { h } = access;
  const p = await requirePlan(reader, actor.tenantId, householdId);
  const full = await loadContent(reader, actor.tenantId, p);
  const { content } = await visibleContent(db, actor, access, full);
  const domains = await listLifeDomains(reader);
  const status = await agreementStatus(reader, actor.tenantId, h, p);
  const coordinator = h.coordinatorId
    ? (await userNames(reader, actor.tenantId, [h.coordinatorId])).get(h.coordinatorId)
    : undefined;
  await auditSuccess(db, actor, ctx, householdId, 'plan.pdf', { planId: p.id, version: p.version });
  const safety = await safetyFor(db, actor, householdId, ctx, p.id, full.safety);
  return {
    householdName: h.name,
    state: p.state,
    version: p.version,
    content,
    domainNames: new Map(domains.map((d) => [d.code, { nl: d.nameNl, en: d.nameEn }])),
    agreed: status.required.map((r) => ({
      name: r.party === 'coordinator' ? (coordinator ?? null) : r.name,
      agreed: r.agreed,
    })),
    coordinatorName: coordinator ?? null,
    nextEvaluationDate: p.nextEvaluationDate,
    safety,
  };
}

/**
 * The safety section in the PDF: only for a reader the safety-plan policy lets read it, narrowed
 * as on screen (a youth's part), and audited as a read of the safety plan.
 */
async function safetyFor(
  db: Db,
  actor: Actor,
  householdId: string,
  ctx: RequestOrigin,
  planId: string,
  section: SafetySection | undefined,
): Promise<{ section: SafetySection; partial: boolean } | null> {
  if (!section || isEmptySafety(section)) return null;
  const via = await safetyPlanReadable(db, actor, householdId);
  if (!via) return null;
  const seen = await visibleSafety(db, actor, via.h, via.basis, section, { checksDone: [], scores: [] });
  await auditSafetyPlan(db, actor, ctx, householdId, 'safety_plan.pdf', via, { planId });
  return { section: seen.section, partial: seen.partial };
}
