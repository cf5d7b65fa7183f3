/**
 * Registering and changing child-protection measures, checked against the legal maximums: an OTS
 * and a machtiging uithuisplaatsing run at most a year (each extension at most a year more), a
 * provisional OTS at most three months and is not extended, voogdij until the 18th birthday.
 */

import { randomUUID } from 'node:crypto';
import type {
  EndMeasureRequest,
  ExtendMeasureRequest,
  FieldError,
  RecordPlacementRequest,
  RegisterMeasureRequest,
} from '@een-plan/contracts';
import { MEASURE_EXTENDABLE } from '@een-plan/contracts';
import { and, eq, isNull } from 'drizzle-orm';
import { recordAccess } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import { findBirthDate, findHouseholdFacts, isCurrentMember } from '../households/membership.ts';
import { eighteenthBirthday } from '../households/service.ts';
import { ProblemError } from '../http/problems.ts';
import { authorize } from '../policy/authorize.ts';
import { decideMeasure } from '../policy/decide-protection.ts';
import type { RequestContext } from '../policy/request-context.ts';
import { amsterdamDate } from '../referrals/working-days.ts';
import { getMeasure, MEASURE_AUDIT, measureFacts, requireMeasure } from './measures.ts';
import { lapsesUnusedOn, maximumEndDate, measureStatus } from './rules.ts';
import { protectionMeasure, protectionMeasureExtension } from './schema.ts';

function fieldError(path: string, nl: string, en: string): FieldError[] {
  return [{ path, code: 'invalid', message: { nl, en } }];
}

function exceeds(path: string, max: string): never {
  throw new ProblemError(
    'measure_exceeds_maximum',
    `latest ${max}`,
    fieldError(path, `Uiterlijk ${max}.`, `${max} at the latest.`),
  );
}

export async function registerMeasure(
  db: Db,
  ctx: RequestContext,
  input: RegisterMeasureRequest,
  now = new Date(),
) {
  const attempt = {
    ...MEASURE_AUDIT,
    action: 'protection_measure.register',
    subjectType: 'household',
    subjectId: input.householdId,
  };
  await authorize(db, ctx.actor, ctx, {
    load: () => findHouseholdFacts(db, ctx.tenantId, input.householdId),
    decide: (h) => decideMeasure(ctx.actor, 'measure.register', measureFacts(null, h, ctx.tenantId)),
    attempt,
    answer: 'not_found',
  });
  const birthDate = (await isCurrentMember(db, ctx.tenantId, input.householdId, input.personId))
    ? await findBirthDate(db, ctx.tenantId, input.personId)
    : null;
  const adultOn = birthDate ? eighteenthBirthday(birthDate) : null;
  if (!adultOn || input.startDate >= adultOn) throw new ProblemError('measure_person_not_child');
  const max = maximumEndDate(input.kind, input.startDate, adultOn);
  const endDate = input.endDate ?? (input.kind === 'guardianship' ? adultOn : null);
  if (!endDate) {
    throw new ProblemError(
      'validation_failed',
      undefined,
      fieldError('endDate', 'Vul de einddatum uit de uitspraak in.', 'Enter the end date of the ruling.'),
    );
  }
  if (endDate <= input.startDate) {
    throw new ProblemError(
      'measure_date_invalid',
      undefined,
      fieldError('endDate', 'Na de begindatum.', 'After the start date.'),
    );
  }
  if (endDate > max || endDate > adultOn) exceeds('endDate', max < adultOn ? max : adultOn);
  const id = randomUUID();
  await db.transaction(async (tx) => {
    await tx.insert(protectionMeasure).values({
      tenantId: ctx.tenantId,
      id,
      householdId: input.householdId,
      personId: input.personId,
      kind: input.kind,
      organisationId: ctx.actor.organisationId ?? '',
      caseworkerId: ctx.actor.userId,
      startDate: input.startDate,
      endDate,
      courtReference: input.courtReference,
    });
    await recordAccess(
      tx,
      ctx.actor,
      ctx,
      { ...MEASURE_AUDIT, action: 'protection_measure.register', subjectId: id },
      {
        householdId: input.householdId,
        kind: input.kind,
      },
    );
  });
  return getMeasure(db, ctx, id, now);
}

async function requireActive(db: Db, ctx: RequestContext, id: string, auditAction: string, now: Date) {
  const facts = await requireMeasure(db, ctx, id, 'measure.update', auditAction);
  const kind = facts.row.kind;
  const status = measureStatus({ ...facts.row, kind }, amsterdamDate(now));
  return { ...facts, kind, active: status === 'active' };
}

async function update(
  db: Db,
  ctx: RequestContext,
  id: string,
  auditAction: string,
  householdId: string,
  set: Partial<typeof protectionMeasure.$inferInsert>,
  extra?: (tx: Parameters<Parameters<Db['transaction']>[0]>[0]) => Promise<void>,
) {
  await db.transaction(async (tx) => {
    const done = await tx
      .update(protectionMeasure)
      .set(set)
      .where(
        and(
          eq(protectionMeasure.tenantId, ctx.tenantId),
          eq(protectionMeasure.id, id),
          isNull(protectionMeasure.endedOn),
        ),
      )
      .returning({ id: protectionMeasure.id });
    if (done.length === 0) throw new ProblemError('measure_not_active');
    if (extra) await extra(tx);
    await recordAccess(
      tx,
      ctx.actor,
      ctx,
      { ...MEASURE_AUDIT, action: auditAction, subjectId: id },
      { householdId },
    );
  });
}

/** An extension granted by the court: only of a measure in force of an extendable kind, by at most its maximum. */
export async function extendMeasure(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: ExtendMeasureRequest,
  now = new Date(),
) {
  const action = 'protection_measure.extend';
  const { row, kind, active } = await requireActive(db, ctx, id, action, now);
  if (!MEASURE_EXTENDABLE[kind] || !active) throw new ProblemError('measure_not_extendable');
  if (input.newEndDate <= row.endDate) {
    throw new ProblemError(
      'measure_date_invalid',
      undefined,
      fieldError('newEndDate', 'Na de huidige einddatum.', 'After the current end date.'),
    );
  }
  const birthDate = await findBirthDate(db, ctx.tenantId, row.personId);
  const adultOn = birthDate ? eighteenthBirthday(birthDate) : row.endDate;
  const max = maximumEndDate(kind, row.endDate, adultOn);
  if (input.newEndDate > max || input.newEndDate > adultOn)
    exceeds('newEndDate', max < adultOn ? max : adultOn);
  await update(db, ctx, id, action, row.householdId, { endDate: input.newEndDate }, async (tx) => {
    await tx.insert(protectionMeasureExtension).values({
      tenantId: ctx.tenantId,
      measureId: id,
      previousEndDate: row.endDate,
      newEndDate: input.newEndDate,
      courtReference: input.courtReference,
      recordedBy: ctx.actor.userId,
    });
  });
  return getMeasure(db, ctx, id, now);
}

/** The day a machtiging uithuisplaatsing was used: within its period and before it lapsed. */
export async function recordPlacement(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: RecordPlacementRequest,
  now = new Date(),
) {
  const action = 'protection_measure.placement';
  const { row, kind, active } = await requireActive(db, ctx, id, action, now);
  if (kind !== 'out_of_home_placement' || row.placementStartedOn || !active)
    throw new ProblemError('measure_not_active');
  const lapse = lapsesUnusedOn({ ...row, kind }) ?? row.endDate;
  const on = input.placementStartedOn;
  if (on < row.startDate || on > lapse || on > row.endDate || on > amsterdamDate(now)) {
    throw new ProblemError(
      'measure_date_invalid',
      undefined,
      fieldError(
        'placementStartedOn',
        `Tussen ${row.startDate} en ${lapse}, niet in de toekomst.`,
        `Between ${row.startDate} and ${lapse}, not in the future.`,
      ),
    );
  }
  await update(db, ctx, id, action, row.householdId, { placementStartedOn: on });
  return getMeasure(db, ctx, id, now);
}

export async function endMeasure(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: EndMeasureRequest,
  now = new Date(),
) {
  const action = 'protection_measure.end';
  const { row } = await requireActive(db, ctx, id, action, now);
  if (input.endedOn < row.startDate) {
    throw new ProblemError(
      'measure_date_invalid',
      undefined,
      fieldError('endedOn', 'Op of na de begindatum.', 'On or after the start date.'),
    );
  }
  await update(db, ctx, id, action, row.householdId, { endedOn: input.endedOn, endReason: input.reason });
  return getMeasure(db, ctx, id, now);
}
