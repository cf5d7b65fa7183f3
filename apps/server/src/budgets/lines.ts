/** The administrator's budget lines: list, save (create or replace) and remove, each audited. */
import { randomUUID } from 'node:crypto';
import { type BudgetLine, type BudgetLineInput, FUNDING_FORM_OF_LEVEL } from '@een-plan/contracts';
import { and, asc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { type Executor, inTransaction } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import type { RequestContext } from '../policy/request-context.ts';
import { teamOfAreaId } from '../tenancy/areas.ts';
import { budgetLine } from './schema.ts';

type Row = typeof budgetLine.$inferSelect;

function lineView(r: Row): BudgetLine {
  const level = r.level;
  return {
    id: r.id,
    year: r.year,
    areaId: r.areaId,
    level,
    fundingForm: FUNDING_FORM_OF_LEVEL[level],
    productCategory: r.productCategory,
    executionVariant: r.executionVariant,
    priceCents: r.priceCents,
    quantity: r.quantity,
    amountCents: r.amountCents,
    label: r.label,
  };
}

export async function listLines(db: Executor, tenantId: string, year: number): Promise<BudgetLine[]> {
  const rows = await db
    .select()
    .from(budgetLine)
    .where(and(eq(budgetLine.tenantId, tenantId), eq(budgetLine.year, year)))
    .orderBy(
      asc(budgetLine.level),
      asc(budgetLine.areaId),
      asc(budgetLine.productCategory),
      asc(budgetLine.id),
    )
    .limit(5000);
  return rows.map(lineView);
}

function columnsOf(input: BudgetLineInput) {
  if (input.level === '2') {
    const amount = input.priceCents * input.quantity;
    if (!Number.isSafeInteger(amount) || amount > 1_000_000_000_000)
      throw new ProblemError('budget_amount_too_large');
    return {
      productCategory: input.productCategory,
      executionVariant: input.executionVariant,
      priceCents: input.priceCents,
      quantity: input.quantity,
      amountCents: amount,
    };
  }
  return {
    productCategory: null,
    executionVariant: null,
    priceCents: null,
    quantity: null,
    amountCents: input.amountCents,
  };
}

/** Creates a line (id null) or replaces one; an area must be one of the tenant's. */
export async function saveLine(
  db: Executor,
  ctx: RequestContext,
  id: string | null,
  input: BudgetLineInput,
): Promise<BudgetLine> {
  const tenantId = ctx.tenantId;
  return inTransaction(db, async (tx) => {
    if (input.areaId) {
      if ((await teamOfAreaId(tx, tenantId, input.areaId)) === undefined)
        throw new ProblemError('budget_area_unknown');
    }
    const values = {
      year: input.year,
      areaId: input.areaId,
      level: input.level,
      label: input.label,
      ...columnsOf(input),
      updatedBy: ctx.actor.userId,
      updatedAt: new Date(),
    };
    let row: Row | undefined;
    if (id) {
      [row] = await tx
        .update(budgetLine)
        .set(values)
        .where(and(eq(budgetLine.tenantId, tenantId), eq(budgetLine.id, id)))
        .returning();
      if (!row) throw new ProblemError('not_found');
    } else {
      [row] = await tx
        .insert(budgetLine)
        .values({ tenantId, id: randomUUID(), ...values })
        .returning();
    }
    const saved = row as Row;
    await recordAudit(tx, {
      tenantId,
      actor: ctx.actor,
      action: 'budget.save',
      outcome: 'success',
      subjectType: 'budget_line',
      subjectId: saved.id,
      requestId: ctx.requestId,
      clientAddress: ctx.clientAddress,
      details: { year: saved.year, level: saved.level, amountCents: saved.amountCents, created: !id },
    });
    return lineView(saved);
  });
}

export async function deleteLine(db: Executor, ctx: RequestContext, id: string): Promise<void> {
  await inTransaction(db, async (tx) => {
    const [gone] = await tx
      .delete(budgetLine)
      .where(and(eq(budgetLine.tenantId, ctx.tenantId), eq(budgetLine.id, id)))
      .returning({ id: budgetLine.id });
    if (!gone) throw new ProblemError('not_found');
    await recordAudit(tx, {
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      action: 'budget.delete',
      outcome: 'success',
      subjectType: 'budget_line',
      subjectId: id,
      requestId: ctx.requestId,
      clientAddress: ctx.clientAddress,
    });
  });
}
