import { randomUUID } from 'node:crypto';
import {
  type Intake,
  type IntakeView,
  LifeDomainCode,
  type PortalPreparationView,
  type Preparation,
  type SaveIntakeRequest,
  type SavePreparationRequest,
} from '@een-plan/contracts';
import { and, asc, eq } from 'drizzle-orm';
import { userNameJoin } from '../auth/users.ts';
import { decryptOptional, encryptOptional } from '../crypto/data-encryption.ts';
import type { Db, Executor } from '../db/database.ts';
import { auditSuccess, decideFor, requireHousehold } from '../households/access.ts';
import { currentMembers, getResidentHouseholdId } from '../households/membership.ts';
import { ProblemError } from '../http/problems.ts';
import { listNetwork } from '../network/service.ts';
import type { Actor } from '../policy/actor.ts';
import { ageOn } from '../policy/decide-consent.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { amsterdamDate } from '../referrals/working-days.ts';
import { listLifeDomains } from '../tenancy/life-domains.ts';
import { requirePreparer } from './preparer.ts';
import { intake, intakeDomain, intakePreparation, selfRelianceScore } from './schema.ts';
import { recordSelfReliance } from './self-reliance.ts';
import { DOMAIN_ORDER, validateIntake } from './validate-intake.ts';

const updatedByUser = userNameJoin(intake.tenantId, intake.updatedBy);

const INTAKE_READ = { action: 'intake.read', dataCategory: 'intake', purpose: 'care_coordination' };
const INTAKE_WRITE = { action: 'intake.write', dataCategory: 'intake', purpose: 'care_coordination' };
const PREPARATION_READ = {
  action: 'preparation.read',
  dataCategory: 'intake.preparation',
  purpose: 'portal',
};
const PREPARATION_WRITE = {
  action: 'preparation.write',
  dataCategory: 'intake.preparation',
  purpose: 'portal',
};

async function readPreparation(db: Executor, tenantId: string, householdId: string): Promise<Preparation> {
  const [p] = await db
    .select()
    .from(intakePreparation)
    .where(and(eq(intakePreparation.tenantId, tenantId), eq(intakePreparation.householdId, householdId)))
    .limit(1);
  if (!p) return { goesWell: '', worries: '', wishes: '', version: 0, updatedAt: null };
  return {
    goesWell: decryptOptional(p.goesWellEnc),
    worries: decryptOptional(p.worriesEnc),
    wishes: decryptOptional(p.wishesEnc),
    version: p.version,
    updatedAt: p.updatedAt.toISOString(),
  };
}

async function readIntake(
  db: Executor,
  tenantId: string,
  householdId: string,
): Promise<Intake & { id: string | null }> {
  const [row] = await db
    .select({ intake, updatedByName: updatedByUser.displayName })
    .from(intake)
    .leftJoin(updatedByUser.table, updatedByUser.on)
    .where(and(eq(intake.tenantId, tenantId), eq(intake.householdId, householdId)))
    .limit(1);
  if (!row) {
    return {
      id: null,
      version: 0,
      status: 'draft',
      conductedOn: null,
      domains: [],
      safety: { unsafeAtHome: null, violence: null, childConcern: null },
      safetyFlag: false,
      scores: [],
      updatedAt: null,
      updatedByName: null,
    };
  }
  const i = row.intake;
  const [domains, scores] = await Promise.all([
    db
      .select()
      .from(intakeDomain)
      .where(and(eq(intakeDomain.tenantId, tenantId), eq(intakeDomain.intakeId, i.id)))
      .orderBy(asc(intakeDomain.domainCode)),
    db
      .select({
        personId: selfRelianceScore.personId,
        domainCode: selfRelianceScore.domainCode,
        score: selfRelianceScore.score,
      })
      .from(selfRelianceScore)
      .where(
        and(
          eq(selfRelianceScore.tenantId, tenantId),
          eq(selfRelianceScore.source, 'intake'),
          eq(selfRelianceScore.sourceId, i.id),
        ),
      )
      .limit(1000),
  ]);
  return {
    id: i.id,
    version: i.version,
    status: i.status,
    conductedOn: i.conductedOn,
    domains: domains.map((d) => ({
      domainCode: d.domainCode,
      goesWell: decryptOptional(d.goesWellEnc),
      worries: decryptOptional(d.worriesEnc),
      wishes: decryptOptional(d.wishesEnc),
    })),
    safety: {
      unsafeAtHome: i.safetyUnsafeAtHome,
      violence: i.safetyViolence,
      childConcern: i.safetyChildConcern,
    },
    safetyFlag: i.safetyFlag,
    scores: scores.map((s) => ({
      personId: s.personId,
      domainCode: LifeDomainCode.parse(s.domainCode),
      score: Number(s.score),
    })),
    updatedAt: i.updatedAt.toISOString(),
    updatedByName: row.updatedByName,
  };
}

/** The coordinator's intake page: members, domains, the family's preparation and suggestions, the intake. */
export async function getIntakeView(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  householdId: string,
): Promise<IntakeView> {
  const h = await requireHousehold(db, actor, ctx, householdId, 'intake.read', INTAKE_READ);
  const [members, domains, preparation, suggestions, current] = await Promise.all([
    currentMembers(db, actor.tenantId, householdId),
    listLifeDomains(db),
    readPreparation(db, actor.tenantId, householdId),
    listNetwork(db, actor.tenantId, householdId, ['suggested']),
    readIntake(db, actor.tenantId, householdId),
  ]);
  await auditSuccess(db, actor, ctx, householdId, INTAKE_READ, { withPreparation: true });
  const today = new Date();
  const { id: _id, ...intakeBody } = current;
  return {
    householdId,
    householdName: h.name,
    members: members.map((m) => ({
      personId: m.personId,
      firstName: m.firstName,
      role: m.role,
      age: ageOn(m.birthDate, today),
    })),
    domains: DOMAIN_ORDER.flatMap((code) => {
      const d = domains.find((x) => x.code === code);
      return d ? [{ code, nameNl: d.nameNl, nameEn: d.nameEn }] : [];
    }),
    preparation,
    suggestions,
    intake: intakeBody,
    canEdit: decideFor(actor, 'intake.write', h).allowed,
  };
}

/**
 * Saves the kitchen-table conversation. Optimistic concurrency: `version` must be the version the
 * editor started from (0 for the first save), otherwise 409 `version_conflict` with the current
 * version. Notes, screening and scores are saved together or not at all.
 */
export async function saveIntake(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  householdId: string,
  input: SaveIntakeRequest,
): Promise<Intake> {
  const h = await requireHousehold(db, actor, ctx, householdId, 'intake.write', INTAKE_WRITE);
  const errors = validateIntake(input, h.memberPersonIds);
  if (errors.length > 0) throw new ProblemError('validation_failed', undefined, errors);
  const safety = input.safety;
  const safetyFlag = safety.unsafeAtHome === true || safety.violence === true || safety.childConcern === true;
  const values = {
    status: input.status,
    conductedOn: input.conductedOn,
    safetyUnsafeAtHome: safety.unsafeAtHome,
    safetyViolence: safety.violence,
    safetyChildConcern: safety.childConcern,
    safetyFlag,
    updatedBy: actor.userId,
    updatedAt: new Date(),
  };
  await db.transaction(async (tx) => {
    let intakeId: string;
    if (input.version === 0) {
      intakeId = `in-${randomUUID()}`;
      const inserted = await tx
        .insert(intake)
        .values({ tenantId: actor.tenantId, id: intakeId, householdId, version: 1, ...values })
        .onConflictDoNothing()
        .returning({ id: intake.id });
      if (inserted.length === 0) await conflict(tx, actor.tenantId, householdId);
    } else {
      const [updated] = await tx
        .update(intake)
        .set({ ...values, version: input.version + 1 })
        .where(
          and(
            eq(intake.tenantId, actor.tenantId),
            eq(intake.householdId, householdId),
            eq(intake.version, input.version),
          ),
        )
        .returning({ id: intake.id });
      if (!updated) return conflict(tx, actor.tenantId, householdId);
      intakeId = updated.id;
    }
    await tx
      .delete(intakeDomain)
      .where(and(eq(intakeDomain.tenantId, actor.tenantId), eq(intakeDomain.intakeId, intakeId)));
    const notes = input.domains.filter((d) => d.goesWell || d.worries || d.wishes);
    if (notes.length > 0) {
      await tx.insert(intakeDomain).values(
        notes.map((d) => ({
          tenantId: actor.tenantId,
          intakeId,
          domainCode: d.domainCode,
          goesWellEnc: encryptOptional(d.goesWell),
          worriesEnc: encryptOptional(d.worries),
          wishesEnc: encryptOptional(d.wishes),
        })),
      );
    }
    await recordSelfReliance(tx, actor, {
      householdId,
      measuredOn: input.conductedOn ?? amsterdamDate(new Date()),
      source: 'intake',
      sourceId: intakeId,
      scores: input.scores,
    });
    await auditSuccess(tx, actor, ctx, householdId, INTAKE_WRITE, {
      intakeId,
      status: input.status,
      domains: notes.length,
      scores: input.scores.length,
      safetyFlag,
    });
  });
  const { id: _id, ...saved } = await readIntake(db, actor.tenantId, householdId);
  return saved;
}

async function conflict(tx: Executor, tenantId: string, householdId: string): Promise<never> {
  const [current] = await tx
    .select({ version: intake.version })
    .from(intake)
    .where(and(eq(intake.tenantId, tenantId), eq(intake.householdId, householdId)))
    .limit(1);
  throw new ProblemError('version_conflict', undefined, undefined, current?.version ?? 0);
}

/** The resident's own preparation (and their suggestions), from the portal. */
export async function getPortalPreparation(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
): Promise<PortalPreparationView> {
  const householdId = await getResidentHouseholdId(db, actor);
  const h = await requireHousehold(db, actor, ctx, householdId, 'household.read', PREPARATION_READ);
  const [preparation, suggestions] = await Promise.all([
    readPreparation(db, actor.tenantId, householdId),
    listNetwork(db, actor.tenantId, householdId, ['suggested', 'active']),
  ]);
  await auditSuccess(db, actor, ctx, householdId, PREPARATION_READ);
  return {
    householdName: h.name,
    preparation,
    suggestions: suggestions.filter((s) => s.suggestedByFamily),
  };
}

export async function savePortalPreparation(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  input: SavePreparationRequest,
): Promise<Preparation> {
  const householdId = await getResidentHouseholdId(db, actor);
  await requireHousehold(db, actor, ctx, householdId, 'preparation.write', PREPARATION_WRITE);
  await requirePreparer(db, actor, ctx, householdId, PREPARATION_WRITE);
  const values = {
    goesWellEnc: encryptOptional(input.goesWell),
    worriesEnc: encryptOptional(input.worries),
    wishesEnc: encryptOptional(input.wishes),
    updatedBy: actor.userId,
    updatedAt: new Date(),
  };
  await db.transaction(async (tx) => {
    const changed =
      input.version === 0
        ? await tx
            .insert(intakePreparation)
            .values({ tenantId: actor.tenantId, householdId, version: 1, ...values })
            .onConflictDoNothing()
            .returning({ v: intakePreparation.version })
        : await tx
            .update(intakePreparation)
            .set({ ...values, version: input.version + 1 })
            .where(
              and(
                eq(intakePreparation.tenantId, actor.tenantId),
                eq(intakePreparation.householdId, householdId),
                eq(intakePreparation.version, input.version),
              ),
            )
            .returning({ v: intakePreparation.version });
    if (changed.length === 0) {
      const current = await readPreparation(tx, actor.tenantId, householdId);
      throw new ProblemError('version_conflict', undefined, undefined, current.version);
    }
    await auditSuccess(tx, actor, ctx, householdId, PREPARATION_WRITE);
  });
  return readPreparation(db, actor.tenantId, householdId);
}
