/**
 * The safety conditions (bottom lines) Veilig Thuis attached when it handed a family over: the
 * data the household's plan shows. Who may read them is decided in policy/decide-safety.ts; the
 * read and every refusal are audited (a refusal answers 404, as for tracks).
 */
import type { SafetyConditionList } from '@een-plan/contracts';
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { recordAccess } from '../audit/record.ts';
import { findUserNames } from '../auth/users.ts';
import { loadSectionFacts } from '../consent/access.ts';
import { decryptText } from '../crypto/data-encryption.ts';
import type { Db, Executor } from '../db/database.ts';
import { findHouseholdFacts } from '../households/membership.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/authorize.ts';
import { decideSafetyConditions } from '../policy/decide-safety.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { triageOfReport, veiligThuisReport, veiligThuisTriage } from './schema.ts';

/** The household's hand-over conditions, oldest first (any caller that has decided access). */
export async function conditionsOfHousehold(
  db: Executor,
  tenantId: string,
  householdId: string,
): Promise<SafetyConditionList['items']> {
  const rows = await db
    .select({ report: veiligThuisReport, triage: veiligThuisTriage })
    .from(veiligThuisReport)
    .innerJoin(veiligThuisTriage, triageOfReport)
    .where(
      and(
        eq(veiligThuisReport.tenantId, tenantId),
        eq(veiligThuisReport.householdId, householdId),
        isNotNull(veiligThuisTriage.conditionsEnc),
      ),
    )
    .orderBy(asc(veiligThuisTriage.triagedAt))
    .limit(200);
  const who = new Map(
    (await findUserNames(db, tenantId, [...new Set(rows.map((r) => r.triage.triagedBy))])).map((u) => [
      u.id,
      u.displayName,
    ]),
  );
  return rows.map(({ triage }) => ({
    reportId: triage.reportId,
    outcome: triage.outcome,
    conditions: decryptText(triage.conditionsEnc ?? ''),
    setBy: { id: triage.triagedBy, name: who.get(triage.triagedBy) ?? null },
    setAt: triage.triagedAt.toISOString(),
    planId: triage.planId,
  }));
}

export async function readSafetyConditions(
  db: Db,
  actor: Actor,
  origin: RequestOrigin,
  householdId: string,
  now = new Date(),
): Promise<SafetyConditionList> {
  const attempt = {
    action: 'veilig_thuis.conditions.read',
    subjectType: 'household',
    subjectId: householdId,
    dataCategory: 'safety',
    purpose: 'safety',
  };
  const { facts, decision } = await authorize(db, actor, origin, {
    load: async () => {
      const h = await findHouseholdFacts(db, actor.tenantId, householdId);
      if (!h) return null;
      const [section, [report]] = await Promise.all([
        loadSectionFacts(db, actor, h, now),
        db
          .select({ id: veiligThuisReport.id })
          .from(veiligThuisReport)
          .where(
            and(
              eq(veiligThuisReport.tenantId, actor.tenantId),
              eq(veiligThuisReport.householdId, householdId),
            ),
          )
          .limit(1),
      ]);
      return { ...section.facts, hasReport: report !== undefined };
    },
    decide: (f) => decideSafetyConditions(actor, f, now),
    attempt,
    answer: 'not_found',
  });
  const items = await conditionsOfHousehold(db, facts.tenantId, householdId);
  await recordAccess(
    db,
    actor,
    origin,
    { ...attempt, purpose: `safety:${decision.basis}` },
    { basis: decision.basis, count: items.length },
  );
  return { items };
}
