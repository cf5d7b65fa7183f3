/**
 * Facts the budgets module asks of assignments and declarations, without names or persons: what
 * active assignments commit and what the JW325 answers approved, with area, product category,
 * provider and execution variant. Committed is read in pages (keyset on id); spent is summed in SQL
 * per cell, so both stay bounded however many households there are.
 */
import type { AssignmentStatus } from '@een-plan/contracts';
import { and, eq, gte, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { householdAreaSubquery } from '../households/home-queries.ts';
import { computeBudgetCents } from './contracts.ts';
import { declaration, declarationLine } from './declarations-schema.ts';
import {
  areaOfAssignment,
  assignmentFactRows,
  assignmentOfLine,
  declarationOfLine,
  productOfAssignment,
} from './fact-joins.ts';
import { assignment, contractProduct } from './schema.ts';

/** Statuses in which an assignment still commits money (issued, not stopped, ended or cancelled). */
const ACTIVE_ASSIGNMENT_STATUSES: readonly AssignmentStatus[] = ['assigned', 'started'];

interface CommittedFact {
  id: string;
  areaId: string | null;
  productCategory: string;
  organisationId: string;
  executionVariant: string;
  startDate: string;
  endDate: string;
  /** The JW301 budget, or volume × periods × contract tariff when the assignment carries none. */
  committedCents: number;
}

/** Active assignments whose validity overlaps [from, to] (YYYY-MM-DD, inclusive). */
export async function committedFactsPage(
  db: Executor,
  tenantId: string,
  window: { from: string; to: string },
  after: string | null,
  pageSize: number,
): Promise<CommittedFact[]> {
  const rows = await assignmentFactRows(
    db,
    tenantId,
    {
      executionVariant: contractProduct.executionVariant,
      startDate: assignment.startDate,
      endDate: assignment.endDate,
      budgetCents: assignment.budgetCents,
      volume: assignment.volume,
      frequency: assignment.frequency,
      tariffCents: contractProduct.tariffCents,
    },
    and(
      inArray(assignment.status, [...ACTIVE_ASSIGNMENT_STATUSES]),
      lte(assignment.startDate, window.to),
      gte(assignment.endDate, window.from),
    ),
    { after, size: pageSize },
  );
  return rows.map((r) => ({
    id: r.id,
    areaId: r.areaId,
    productCategory: r.productCategory,
    organisationId: r.organisationId,
    executionVariant: r.executionVariant,
    startDate: r.startDate,
    endDate: r.endDate,
    committedCents: r.budgetCents > 0 ? r.budgetCents : computeBudgetCents(r, r.tariffCents),
  }));
}

interface SpentCell {
  areaId: string | null;
  productCategory: string;
  organisationId: string;
  executionVariant: string;
  /** 1..12: the month the prestatie's period starts in. */
  month: number;
  spentCents: number;
}

/** Approved prestaties of answered declarations (JW325) whose period starts in `year`, summed per cell. */
export async function spentCells(db: Executor, tenantId: string, year: number): Promise<SpentCell[]> {
  const householdArea = householdAreaSubquery(db, tenantId);
  const month = sql<number>`extract(month from ${declarationLine.periodStart})::int`;
  const signed = sql<string>`sum(case when ${declarationLine.debitCredit} = 'C' then -${declarationLine.amountCents} else ${declarationLine.amountCents} end)`;
  const rows = await db
    .select({
      areaId: householdArea.areaId,
      productCategory: declarationLine.productCategory,
      organisationId: declarationLine.organisationId,
      executionVariant: contractProduct.executionVariant,
      month,
      spent: signed,
    })
    .from(declarationLine)
    .innerJoin(declaration, declarationOfLine)
    .innerJoin(assignment, assignmentOfLine)
    .innerJoin(contractProduct, productOfAssignment)
    .leftJoin(householdArea, areaOfAssignment(householdArea))
    .where(
      and(
        eq(declarationLine.tenantId, tenantId),
        eq(declarationLine.status, 'approved'),
        isNotNull(declaration.answerMessageId),
        gte(declarationLine.periodStart, `${year}-01-01`),
        lte(declarationLine.periodStart, `${year}-12-31`),
      ),
    )
    .groupBy(
      householdArea.areaId,
      declarationLine.productCategory,
      declarationLine.organisationId,
      contractProduct.executionVariant,
      month,
    )
    .limit(50_000);
  return rows.map((r) => ({
    areaId: r.areaId,
    productCategory: r.productCategory,
    organisationId: r.organisationId,
    executionVariant: r.executionVariant,
    month: Number(r.month),
    spentCents: Number(r.spent),
  }));
}
