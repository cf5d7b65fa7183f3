import type {
  AssignmentStatus,
  ExecutionVariant,
  IjwFrequency,
  IjwMessageStatus,
  IjwMessageSummary,
  IjwReferrerType,
  IjwStopReason,
  IjwUnit,
} from '@een-plan/contracts';
import { date, index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { appUser } from '../auth/schema.ts';
import * as column from '../db/columns.ts';
import { tenantForeignKey, tenantTable } from '../db/tenant-table.ts';
import { household, person } from '../households/schema.ts';
import { organisation } from '../tenancy/schema.ts';

/** A contract between the municipality (tenant) and a youth-care provider (an organisation with an AGB code). */
export const providerContract = tenantTable(
  'provider_contract',
  {
    organisationId: text('organisation_id').notNull(),
    /** The provider's AGB code at the time of contracting (the iJw Ontvanger). */
    agbCode: text('agb_code').notNull(),
    validFrom: date('valid_from').notNull(),
    validUntil: date('valid_until'),
    ...column.actor('created'),
  },
  (t) => [
    tenantForeignKey(t, t.organisationId, organisation),
    index('provider_contract_org_idx').on(t.tenantId, t.organisationId),
  ],
);

/** A contracted product: JZ020 category + product code, WJ756 unit, tariff per unit, execution variant. */
export const contractProduct = tenantTable(
  'contract_product',
  {
    contractId: text('contract_id').notNull(),
    name: text('name').notNull(),
    productCategory: text('product_category').notNull(),
    productCode: text('product_code').notNull(),
    unit: text('unit').$type<IjwUnit>().notNull(),
    tariffCents: integer('tariff_cents').notNull(),
    /** inspanningsgericht | outputgericht | taakgericht */
    executionVariant: text('execution_variant').$type<ExecutionVariant>().notNull(),
  },
  (t) => [
    tenantForeignKey(t, t.contractId, providerContract),
    index('contract_product_contract_idx').on(t.tenantId, t.contractId),
  ],
);

/** Per-tenant settings of the assignment process (absent row = defaults). */
export const assignmentSetting = pgTable('assignment_setting', {
  tenantId: text('tenant_id').primaryKey(),
  /** Budgets above this need a team lead's approval before the JW301 goes out. */
  approvalThresholdCents: integer('approval_threshold_cents').notNull(),
  /** Calendar days after the start date (or the assignment, if later) before a missing JW305 is flagged. */
  startWarningDays: integer('start_warning_days').notNull().default(10),
});

/**
 * A toewijzing: the municipality assigns a contracted product to a provider for one youth, from a
 * level-2 plan action. status: awaiting_approval → assigned → started → stopped (or rejected).
 */
export const assignment = tenantTable(
  'assignment',
  {
    /** iJw ToewijzingNummer, unique per tenant. */
    assignmentNumber: integer('assignment_number').notNull(),
    householdId: text('household_id').notNull(),
    personId: text('person_id').notNull(),
    /** The level-2 plan action it was assigned from; null when granted on a provider's request (JW315). */
    planActionId: text('plan_action_id'),
    organisationId: text('organisation_id').notNull(),
    contractProductId: text('contract_product_id').notNull(),
    volume: integer('volume').notNull(),
    unit: text('unit').$type<IjwUnit>().notNull(),
    frequency: text('frequency').$type<IjwFrequency>().notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    referrerType: text('referrer_type').$type<IjwReferrerType>().notNull(),
    budgetCents: integer('budget_cents').notNull(),
    status: text('status').$type<AssignmentStatus>().notNull(),
    assignedAt: column.moment('assigned_at'),
    startedOn: date('started_on'),
    stoppedOn: date('stopped_on'),
    stopReason: text('stop_reason').$type<IjwStopReason>(),
    createdBy: text('created_by').notNull(),
    approvedBy: text('approved_by'),
    createdAt: column.writtenAt('created_at'),
    version: column.version(),
    /** iJw ReferentieAanbieder of the provider's request (JW315/JW317) this assignment answers. */
    providerReference: text('provider_reference'),
    /** JZ002 RedenWijziging once the assignment was changed after it was issued (e.g. 12 on a JW317). */
    changeReason: text('change_reason'),
    /** The day the municipality ended (withdrew) the assignment, e.g. when the plan was closed. */
    endedOn: date('ended_on'),
  },
  (t) => [
    uniqueIndex('assignment_number_idx').on(t.tenantId, t.assignmentNumber),
    tenantForeignKey(t, t.householdId, household),
    tenantForeignKey(t, t.personId, person),
    tenantForeignKey(t, t.organisationId, organisation),
    tenantForeignKey(t, t.contractProductId, contractProduct),
    tenantForeignKey(t, t.createdBy, appUser),
    // The provider's list, newest first, by keyset (decision 0031).
    index('assignment_org_idx').on(t.tenantId, t.organisationId, t.createdAt, t.id),
    index('assignment_action_idx').on(t.tenantId, t.planActionId),
    index('assignment_household_idx').on(t.tenantId, t.householdId),
  ],
);

/**
 * Every iJw message in and out: the outbox and the inbox. Receipt is idempotent on
 * (direction, sender, BerichtIdentificatie).
 */
export const ijwMessage = tenantTable(
  'ijw_message',
  {
    /** in | out */
    direction: text('direction').$type<IjwMessageSummary['direction']>().notNull(),
    messageType: text('message_type').notNull(),
    berichtIdentificatie: text('bericht_identificatie').notNull(),
    sender: text('sender').notNull(),
    receiver: text('receiver').notNull(),
    assignmentId: text('assignment_id'),
    /** The retour message that answers this one (for a heen message). */
    retourMessageId: text('retour_message_id'),
    xml: text('xml').notNull(),
    summary: jsonb('summary').$type<Record<string, unknown>>().notNull(),
    validation: jsonb('validation').$type<Record<string, unknown>>().notNull(),
    /** IjwMessageStatus: out pending | delivered | delivered_locally | failed; in processing | processed | partly_rejected | rejected */
    status: text('status').$type<IjwMessageStatus>().notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: column.moment('next_attempt_at'),
    createdAt: column.writtenAt('created_at'),
  },
  (t) => [
    uniqueIndex('ijw_message_ident_idx').on(t.tenantId, t.direction, t.sender, t.berichtIdentificatie),
    tenantForeignKey(t, t.assignmentId, assignment),
    index('ijw_message_assignment_idx').on(t.tenantId, t.assignmentId, t.createdAt),
    // The message log, newest first, by keyset (decision 0031).
    index('ijw_message_created_idx').on(t.tenantId, t.createdAt, t.id),
    index('ijw_message_outbox_idx').on(t.tenantId, t.status, t.nextAttemptAt),
  ],
);
