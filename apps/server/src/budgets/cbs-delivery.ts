/**
 * Creating the CBS Beleidsinformatie Jeugd file: the check, the file text (format in
 * docs/decisions/0017) and the audit row. Only counts go to the audit and the delivery record; the
 * file with BSNs goes to the administrator's download and is not kept.
 */
import { randomUUID } from 'node:crypto';
import type { CbsCheck, CbsDeliveryInput, CbsDeliveryRecord } from '@een-plan/contracts';
import { desc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { type Executor, inTransaction } from '../db/database.ts';
import type { RequestContext } from '../policy/request-context.ts';
import { amsterdamDate } from '../referrals/working-days.ts';
import { buildRecords, type MeasureRecord, type TrajectoryRecord } from './cbs-records.ts';
import { cbsDelivery } from './schema.ts';

const SEP = ';';
/** Values are codes, dates and postcodes; a separator or line break inside one would break the record. */
const clean = (v: string) => v.replace(/[;\r\n]/g, ' ').trim();
const line = (values: readonly string[]) => values.map(clean).join(SEP);

function cbsFileText(
  input: CbsDeliveryInput,
  municipalityCode: string,
  createdOn: string,
  trajectories: readonly TrajectoryRecord[],
  measures: readonly MeasureRecord[],
): string {
  const lines = [
    line([
      'VOORLOOP',
      'BIJ',
      '1',
      municipalityCode,
      input.halfYear,
      input.kind === 'correction' ? 'CORRECTIE' : 'REGULIER',
      createdOn,
    ]),
    ...trajectories.map((t) =>
      line([
        'JH',
        t.bsn,
        t.birthDate,
        t.sex,
        t.postcode.replace(/\s/g, '').toUpperCase(),
        t.referrer,
        t.typeOfHelp,
        t.startedWithCrisis,
        t.start,
        t.end,
        t.endReason,
        t.satisfaction,
        t.continuesWithoutHelp,
        t.informant,
      ]),
    ),
    ...measures.map((m) =>
      line([
        'JB',
        m.bsn,
        m.birthDate,
        m.sex,
        m.postcode.replace(/\s/g, '').toUpperCase(),
        m.measure,
        m.start,
        m.end,
        m.endReason,
      ]),
    ),
    line(['SLUIT', String(trajectories.length), String(measures.length)]),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

async function audit(db: Executor, ctx: RequestContext, action: string, check: CbsCheck, id?: string) {
  await recordAudit(db, {
    tenantId: ctx.tenantId,
    actor: ctx.actor,
    action,
    outcome: 'success',
    subjectType: id ? 'cbs_delivery' : undefined,
    subjectId: id,
    dataCategory: 'personal',
    purpose: 'cbs_beleidsinformatie_jeugd',
    requestId: ctx.requestId,
    clientAddress: ctx.clientAddress,
    details: {
      halfYear: check.halfYear,
      kind: check.kind,
      trajectories: check.trajectories,
      measures: check.measures,
      missing: check.missing.reduce((n, m) => n + m.count, 0),
    },
  });
}

/**
 * What the delivery would hold and what is missing, without creating it. The half year's records
 * may come from `reader`, a read replica (decision 0033): months past, read in bulk; the audit row
 * goes to the primary `db`.
 */
export async function checkDelivery(
  db: Executor,
  ctx: RequestContext,
  input: CbsDeliveryInput,
  reader: Executor = db,
): Promise<CbsCheck> {
  const { check } = await buildRecords(reader, ctx.tenantId, input);
  await audit(db, ctx, 'cbs.delivery_checked', check);
  return check;
}

/** The delivery's file; its records read as `checkDelivery` reads them, its record and audit on the primary. */
export async function createDelivery(
  db: Executor,
  ctx: RequestContext,
  input: CbsDeliveryInput,
  opts: { now?: Date; reader?: Executor } = {},
): Promise<{ id: string; filename: string; text: string; check: CbsCheck }> {
  const now = opts.now ?? new Date();
  const { trajectories, measures, check } = await buildRecords(opts.reader ?? db, ctx.tenantId, input);
  const id = randomUUID();
  await inTransaction(db, async (tx) => {
    await tx.insert(cbsDelivery).values({
      tenantId: ctx.tenantId,
      id,
      halfYear: input.halfYear,
      kind: input.kind,
      trajectories: check.trajectories,
      measures: check.measures,
      missingFields: check.missing.reduce((n, m) => n + m.count, 0),
      createdBy: ctx.actor.userId,
      createdAt: now,
    });
    await audit(tx, ctx, 'cbs.delivery_created', check, id);
  });
  const suffix = input.kind === 'correction' ? '-correctie' : '';
  return {
    id,
    filename: `beleidsinformatie-jeugd-${input.halfYear}${suffix}.csv`,
    text: cbsFileText(input, ctx.tenantId, amsterdamDate(now), trajectories, measures),
    check,
  };
}

export async function listDeliveries(db: Executor, tenantId: string): Promise<CbsDeliveryRecord[]> {
  const rows = await db
    .select()
    .from(cbsDelivery)
    .where(eq(cbsDelivery.tenantId, tenantId))
    .orderBy(desc(cbsDelivery.createdAt))
    .limit(100);
  return rows.map((r) => ({
    id: r.id,
    halfYear: r.halfYear,
    kind: r.kind,
    trajectories: r.trajectories,
    measures: r.measures,
    missingFields: r.missingFields,
    createdAt: r.createdAt.toISOString(),
  }));
}
