import type { SharedPlanView } from '@een-plan/contracts';
import { recordAuditMany } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import { findHouseholdFacts } from '../households/membership.ts';
import { listSelfReliance } from '../intake/self-reliance.ts';
import { open as openText } from '../plans/crypto.ts';
import { currentPlanGoalsAndActions } from '../plans/goals-and-actions.ts';
import type { Actor } from '../policy/actor.ts';
import { refuse } from '../policy/authorize.ts';
import { CONSENT_SECTIONS, consentOpens, decideSection } from '../policy/decide-consent.ts';
import { decideSharedView } from '../policy/decide-consent-manage.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { activeBreakGlassOf, basisOf, consentsNaming, loadSectionFacts, requireSection } from './access.ts';
import { consentAttempt } from './manage-access.ts';

/**
 * The plan as a consented viewer sees it: the actions it owns (its organisation's or its own)
 * and the goals they serve — only goals about people whose consent opens the plan. Break-glass
 * sees every goal and action.
 */
export async function sharedPlan(
  db: Db,
  actor: Actor,
  householdId: string,
  ctx: RequestOrigin,
  now = new Date(),
): Promise<SharedPlanView> {
  const { h, decision, facts } = await requireSection(
    db,
    actor,
    ctx,
    householdId,
    'plan',
    'plan.read_shared',
    now,
  );
  const shared = decideSharedView(decision);
  if (!shared.allowed) {
    return refuse(
      db,
      actor,
      ctx,
      { ...consentAttempt('plan.read_shared', householdId), dataCategory: 'plan' },
      shared.reason,
    );
  }
  const t = actor.tenantId;
  const view: SharedPlanView = { householdId, householdName: h.name, basis: shared.basis, goals: [] };
  const content = await currentPlanGoalsAndActions(db, t, householdId);
  if (!content) return view;
  const { goals, actions } = content;
  const owns = (a: (typeof actions)[number]) =>
    shared.basis === 'break_glass' ||
    (a.ownerKind === 'provider' && a.ownerRef === actor.organisationId) ||
    (a.ownerKind === 'professional' && a.ownerRef === actor.userId);
  const consentedSubjects = new Set(
    facts.consents.filter((c) => consentOpens(actor, c, 'plan', now)).map((c) => c.subjectPersonId),
  );
  const goalVisible = (g: (typeof goals)[number]) =>
    shared.basis === 'break_glass' ||
    (g.concernsPersonIds.length === 0
      ? consentedSubjects.size > 0
      : g.concernsPersonIds.every((pid) => consentedSubjects.has(pid)));
  for (const g of goals) {
    if (!goalVisible(g)) continue;
    const mine = actions.filter((a) => a.goalId === g.id && owns(a));
    if (mine.length === 0 && shared.basis !== 'break_glass') continue;
    view.goals.push({
      id: g.id,
      description: openText(g.description),
      achievedWhen: openText(g.achievedWhen),
      actions: mine.map((a) => ({
        id: a.id,
        description: openText(a.description),
        status: a.status,
        startDate: a.startDate,
        endDate: a.endDate,
      })),
    });
  }
  return view;
}

/** Households a provider, school or safety professional may currently see anything of (list filters). */
export async function sharedHouseholds(db: Db, actor: Actor, ctx: RequestOrigin, now = new Date()) {
  const candidates = [
    ...new Set([
      ...(await consentsNaming(db, actor)).map((r) => r.householdId),
      ...(await activeBreakGlassOf(db, actor, now)).map((r) => r.householdId),
    ]),
  ].slice(0, 200);
  const items: Array<{ id: string; name: string; sections: string[]; basis: 'consent' | 'break_glass' }> = [];
  const audits: Parameters<typeof recordAuditMany>[1] = [];
  for (const id of candidates) {
    const h = await findHouseholdFacts(db, actor.tenantId, id);
    if (!h) continue;
    const { facts } = await loadSectionFacts(db, actor, h, now);
    const allowed = CONSENT_SECTIONS.flatMap((s) => {
      const d = decideSection(actor, s, facts, now);
      return d.allowed && (d.basis === 'consent' || d.basis === 'break_glass') ? [{ s, d }] : [];
    });
    const first = allowed[0];
    if (!first) continue;
    items.push({
      id: h.id,
      name: h.name,
      sections: allowed.map((x) => x.s),
      basis: first.d.basis === 'break_glass' ? 'break_glass' : 'consent',
    });
    const basis = basisOf(first.d);
    audits.push({
      tenantId: actor.tenantId,
      actor,
      action: 'household.list_shared',
      outcome: 'success',
      subjectType: 'household',
      subjectId: h.id,
      dataCategory: 'household',
      purpose: basis.purpose,
      requestId: ctx.requestId,
      clientAddress: ctx.clientAddress,
      details: basis.details,
    });
  }
  await recordAuditMany(db, audits);
  return { items: items.sort((a, b) => a.name.localeCompare(b.name, 'nl')) };
}

/** Self-reliance scores (part of the intake section) for a consented viewer. */
export async function sharedIntake(
  db: Db,
  actor: Actor,
  householdId: string,
  ctx: RequestOrigin,
  now = new Date(),
) {
  await requireSection(db, actor, ctx, householdId, 'intake', 'intake.read_shared', now);
  return { householdId, selfReliance: await listSelfReliance(db, actor, householdId) };
}
