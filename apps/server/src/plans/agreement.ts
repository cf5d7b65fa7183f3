import { randomUUID } from 'node:crypto';
import type { PlanRequiredAgreement, PlanSnapshot } from '@een-plan/contracts';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { userNameOf } from '../auth/fragments.ts';
import { userNameJoin } from '../auth/users.ts';
import { correlated } from '../db/correlated.ts';
import type { Db, Executor } from '../db/database.ts';
import { preparedOnce } from '../db/prepared.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import { agreementPartyReason, decidePlanAgreement } from '../policy/decide-plan.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { auditSuccess, authorizePlan, type HouseholdFacts } from './access.ts';
import { openSnapshot } from './crypto.ts';
import { checkVersion, type PlanRow, requirePlan } from './current-plan.ts';
import { agreementKey } from './diff.ts';
import { plan, planAgreement, planVersion } from './schema.ts';

/** Everyone who must agree before a plan is agreed: the gezagsdragers, each child of 12 or older, the coordinator. */
function requiredParties(h: HouseholdFacts) {
  const people = h.members.flatMap((m) => {
    const reason = agreementPartyReason(m);
    return reason ? [{ party: 'person' as const, personId: m.personId, name: m.firstName, reason }] : [];
  });
  return [
    ...people,
    { party: 'coordinator' as const, personId: null, name: '', reason: 'coordinator' as const },
  ];
}

/** The agreement key of each of these versions (each snapshot decrypted once, only those asked). */
async function versionKeys(db: Executor, tenantId: string, planId: string, versions: number[]) {
  const rows = await db
    .select({ version: planVersion.version, snapshot: planVersion.snapshot })
    .from(planVersion)
    .where(
      and(
        eq(planVersion.tenantId, tenantId),
        eq(planVersion.planId, planId),
        inArray(planVersion.version, [...new Set(versions)]),
      ),
    );
  return new Map(rows.map((r) => [r.version, agreementKey(openSnapshot(r.snapshot))]));
}

const recorder = userNameJoin(planAgreement.tenantId, planAgreement.recordedBy);
// Read on every plan read: built once per process (db/prepared.ts).
const agreementsStatement = (db: Executor) =>
  db
    .select({
      party: planAgreement.party,
      personId: planAgreement.personId,
      version: planAgreement.version,
      method: planAgreement.method,
      agreedAt: planAgreement.agreedAt,
      recordedByName: recorder.displayName,
      recordedBy: planAgreement.recordedBy,
    })
    .from(planAgreement)
    .innerJoin(recorder.table, recorder.on)
    .where(
      and(
        eq(planAgreement.tenantId, sql.placeholder('tenantId')),
        eq(planAgreement.planId, sql.placeholder('planId')),
      ),
    )
    .orderBy(asc(planAgreement.agreedAt))
    .limit(500)
    .prepare('plan_agreements');

type AgreementRow = Awaited<ReturnType<ReturnType<typeof agreementsStatement>['execute']>>[number];
type AgreementJson = Omit<AgreementRow, 'agreedAt' | 'recordedByName'> & {
  agreedAt: string;
  recordedByName: string | null;
};

/**
 * The plan's agreements (oldest first, with who recorded them) and the snapshots of the versions
 * they were given to and of the current one, as columns of a select from `plan`: what
 * `agreementStatus` reads in two statements, for a read that gathers the plan in one.
 */
export const agreementColumns = {
  agreements: correlated(sql<AgreementJson[]>`(
    select coalesce(json_agg(json_build_object('party', x.party, 'personId', x.person_id,
      'version', x.version, 'method', x.method, 'agreedAt', x.agreed_at,
      'recordedByName', ${userNameOf(sql`x.tenant_id`, sql`x.recorded_by`)}, 'recordedBy', x.recorded_by)
      order by x.agreed_at), '[]'::json)
    from (select * from ${planAgreement} y where y.tenant_id = "plan"."tenant_id" and y.plan_id = "plan"."id"
      order by y.agreed_at limit 500) x)`),
  agreedSnapshots: correlated(sql<Array<{ version: number; snapshot: unknown }>>`(
    select coalesce(json_agg(json_build_object('version', v.version, 'snapshot', v.snapshot)), '[]'::json)
    from ${planVersion} v where v.tenant_id = "plan"."tenant_id" and v.plan_id = "plan"."id"
      -- The versions by their key (agreed ones, and the current one when any agreement exists): a
      -- plan's other versions are never walked, however many saves it has had.
      and v.version = any(array(
        select a.version from ${planAgreement} a where a.tenant_id = "plan"."tenant_id" and a.plan_id = "plan"."id"
        union
        select "plan"."version" where exists (select 1 from ${planAgreement} a
          where a.tenant_id = "plan"."tenant_id" and a.plan_id = "plan"."id"))))`),
};

/** `agreementStatus` from the `agreementColumns` as read with the plan. */
export function agreementStatusOf(
  h: HouseholdFacts,
  p: PlanRow,
  read: { agreements: AgreementJson[]; agreedSnapshots: Array<{ version: number; snapshot: unknown }> },
) {
  const keys = new Map(read.agreedSnapshots.map((v) => [v.version, agreementKey(openSnapshot(v.snapshot))]));
  return statusOf(h, p, agreementRowsOf(read), keys);
}

/**
 * `agreementStatusOf` of a plan just saved as a new version holding `written`, from the
 * `agreementColumns` as read before the save: the agreements and the versions they were given to
 * are the same, the current version is the new one.
 */
export function agreementStatusOfSaved(
  h: HouseholdFacts,
  saved: PlanRow,
  read: { agreements: AgreementJson[]; agreedSnapshots: Array<{ version: number; snapshot: unknown }> },
  written: PlanSnapshot,
) {
  const rows = agreementRowsOf(read);
  const keys = new Map<number, string>();
  if (rows.length > 0) {
    const agreed = new Set(rows.map((r) => r.version));
    for (const v of read.agreedSnapshots) {
      if (agreed.has(v.version)) keys.set(v.version, agreementKey(openSnapshot(v.snapshot)));
    }
    keys.set(saved.version, agreementKey(written));
  }
  return statusOf(h, saved, rows, keys);
}

/** The inner join of `agreementsStatement`: an agreement counts only with its recorder known. */
function agreementRowsOf(read: { agreements: AgreementJson[] }): AgreementRow[] {
  return read.agreements.flatMap((r) =>
    r.recordedByName === null
      ? []
      : [{ ...r, recordedByName: r.recordedByName, agreedAt: new Date(r.agreedAt) }],
  );
}

export async function agreementStatus(db: Executor, tenantId: string, h: HouseholdFacts, p: PlanRow) {
  const rows = await preparedOnce(db, 'plan_agreements', agreementsStatement).execute({
    tenantId,
    planId: p.id,
  });
  // Only the versions someone agreed to are compared with the current one: a plan saved a thousand
  // times is not decrypted a thousand times per read, and one nobody agreed to not at all.
  const keys =
    rows.length === 0
      ? new Map<number, string>()
      : await versionKeys(db, tenantId, p.id, [p.version, ...rows.map((r) => r.version)]);
  return statusOf(h, p, rows, keys);
}

function statusOf(h: HouseholdFacts, p: PlanRow, rows: AgreementRow[], keys: Map<number, string>) {
  const currentKey = keys.get(p.version);
  // An agreement counts for the current version if what was agreed is still the same content.
  const valid = rows.filter((r) => keys.get(r.version) === currentKey);
  const required: PlanRequiredAgreement[] = requiredParties(h).map((r) => ({
    ...r,
    name: r.party === 'coordinator' ? 'coordinator' : r.name,
    agreed: valid.some(
      (a) => a.party === r.party && (r.party === 'coordinator' || a.personId === r.personId),
    ),
  }));
  return { required, rows, complete: required.every((r) => r.agreed) };
}

export async function agreeToPlan(
  db: Db,
  actor: Actor,
  householdId: string,
  input: { version: number; personId?: string | undefined },
  ctx: RequestOrigin,
) {
  return db.transaction(async (tx) => {
    // The policy refuses a resident naming someone else, and a team lead; what remains is domain.
    const { h, basis } = await authorizePlan(
      tx,
      actor,
      householdId,
      (facts) => decidePlanAgreement(actor, facts, input.personId),
      ctx,
      { action: 'plan.agree' },
    );
    const p = await requirePlan(tx, actor.tenantId, householdId, true);
    if (p.state === 'closed') throw new ProblemError('plan_closed');
    checkVersion(p, input.version);
    const required = requiredParties(h);
    // A professional naming a resident records the agreement that resident gave in person.
    const onBehalfOf = basis === 'own_household' ? undefined : input.personId;
    let party: 'person' | 'coordinator';
    let personId: string | null = null;
    if (basis === 'own_household') {
      personId = actor.personId;
      party = 'person';
    } else if (onBehalfOf !== undefined) {
      personId = onBehalfOf;
      party = 'person';
    } else {
      // The household's own coordinator; for a household without one, a coordinator of its team.
      if (h.coordinatorId ? h.coordinatorId !== actor.userId : basis !== 'team')
        throw new ProblemError('plan_agreement_not_required');
      party = 'coordinator';
    }
    if (party === 'person' && !required.some((r) => r.personId === personId)) {
      throw new ProblemError('plan_agreement_not_required');
    }
    const before = await agreementStatus(tx, actor.tenantId, h, p);
    const already = before.required.find(
      (r) => r.party === party && (party === 'coordinator' || r.personId === personId),
    );
    if (!already?.agreed) {
      await tx.insert(planAgreement).values({
        tenantId: actor.tenantId,
        id: randomUUID(),
        planId: p.id,
        version: p.version,
        party,
        personId,
        recordedBy: actor.userId,
        method: basis === 'own_household' ? 'portal' : onBehalfOf !== undefined ? 'in_person' : 'own',
      });
    }
    const after = await agreementStatus(tx, actor.tenantId, h, p);
    if (after.complete) {
      await tx
        .update(plan)
        .set({
          agreedVersion: p.version,
          state: p.state === 'concept' ? 'agreed' : p.state,
          updatedAt: new Date(),
        })
        .where(and(eq(plan.tenantId, actor.tenantId), eq(plan.id, p.id)));
    }
    await auditSuccess(tx, actor, ctx, householdId, 'plan.agree', {
      planId: p.id,
      version: p.version,
      party,
      personId,
      complete: after.complete,
    });
  });
}
