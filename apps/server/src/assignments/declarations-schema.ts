import { sql } from 'drizzle-orm';
import { bigint, date, index, integer, text, uniqueIndex } from 'drizzle-orm/pg-core';
import * as column from '../db/columns.ts';
import { tenantForeignKey, tenantTable } from '../db/tenant-table.ts';
import { organisation } from '../tenancy/schema.ts';
import { assignment, ijwMessage } from './schema.ts';

/**
 * A declaratie (JW323) of a provider, as the municipality judged it. Only declarations that were
 * judged prestatie by prestatie are kept here (a declaration rejected as a whole, e.g. for a
 * DeclaratieNummer that is not unique (9333), exists only as its messages).
 * status: approved (8001) | partly_approved | rejected (every prestatie rejected).
 */
export const declaration = tenantTable(
  'declaration',
  {
    organisationId: text('organisation_id').notNull(),
    /** The incoming JW323. */
    incomingMessageId: text('incoming_message_id').notNull(),
    /** The JW325 that answered it. */
    answerMessageId: text('answer_message_id'),
    /** DeclaratieNummer: unique per provider (TR333). */
    declarationNumber: text('declaration_number').notNull(),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    /** TotaalIngediendBedrag (eurocent, signed: credit is negative). */
    submittedCents: bigint('submitted_cents', { mode: 'number' }).notNull(),
    /** TotaalToegekendBedrag (eurocent, signed). */
    approvedCents: bigint('approved_cents', { mode: 'number' }).notNull(),
    status: text('status').notNull(),
    createdAt: column.writtenAt('created_at'),
  },
  (t) => [
    uniqueIndex('declaration_number_idx').on(t.tenantId, t.organisationId, t.declarationNumber),
    tenantForeignKey(t, t.organisationId, organisation),
    tenantForeignKey(t, t.incomingMessageId, ijwMessage),
    tenantForeignKey(t, t.answerMessageId, ijwMessage),
    index('declaration_incoming_idx').on(t.tenantId, t.incomingMessageId),
  ],
);

/**
 * One prestatie of a declaration and the municipality's judgement: approved, or rejected with its
 * WJ001 retourcodes. assignmentId is empty when the ToewijzingNummer matched no assignment of this
 * provider (9338). ReferentieNummer is unique per provider (TR314) — except on a line that was
 * rejected for exactly that (8021), which does not claim the number.
 */
export const declarationLine = tenantTable(
  'declaration_line',
  {
    declarationId: text('declaration_id').notNull(),
    organisationId: text('organisation_id').notNull(),
    /** 1-based position in the JW323 (client, prestatie), for the answer. */
    clientIndex: integer('client_index').notNull(),
    prestatieIndex: integer('prestatie_index').notNull(),
    assignmentId: text('assignment_id'),
    assignmentNumber: integer('assignment_number').notNull(),
    referenceNumber: text('reference_number').notNull(),
    /** VorigReferentieNummer: on a credit line, the debet line it cancels. */
    previousReferenceNumber: text('previous_reference_number'),
    productCategory: text('product_category').notNull(),
    productCode: text('product_code'),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    volume: integer('volume').notNull(),
    unit: text('unit').notNull(),
    tariffCents: integer('tariff_cents').notNull(),
    amountCents: integer('amount_cents').notNull(),
    /** D (debet) | C (credit) */
    debitCredit: text('debit_credit').notNull(),
    /** approved | rejected */
    status: text('status').notNull(),
    rejectionCodes: text('rejection_codes').array().notNull().default(sql`'{}'::text[]`),
    createdAt: column.writtenAt('created_at'),
  },
  (t) => [
    tenantForeignKey(t, t.declarationId, declaration),
    tenantForeignKey(t, t.organisationId, organisation),
    tenantForeignKey(t, t.assignmentId, assignment),
    uniqueIndex('declaration_line_reference_idx')
      .on(t.tenantId, t.organisationId, t.referenceNumber)
      .where(sql`NOT ('8021' = ANY (rejection_codes))`),
    index('declaration_line_declaration_idx').on(t.tenantId, t.declarationId),
    index('declaration_line_assignment_idx').on(t.tenantId, t.assignmentId, t.status),
  ],
);
