import type { IjwMessageStatus } from '@een-plan/contracts';
import {
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { appUser } from '../auth/schema.ts';
import { household, person } from '../households/schema.ts';
import { organisation } from '../tenancy/schema.ts';

/** A contract between the municipality (tenant) and a youth-care provider (an organisation with an AGB code). */
export const providerContract = pgTable(
  'provider_contract',
  {
    tenantId: text('tenant_id').notNull(),
    id: text('id').notNull(),
    organisationId: text('organisation_id').notNull(),
    /** The provider's AGB code at the time of contracting (the iJw Ontvanger). */
    agbCode: text('agb_code').notNull(),
    validFrom: date('valid_from').notNull(),
    validUntil: date('valid_until'),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.organisationId],
      foreignColumns: [organisation.tenantId, organisation.id],
    }),
    index('provider_contract_org_idx').on(t.tenantId, t.organisationId),
  ],
);

/** A contracted product: JZ020 category + product code, WJ756 unit, tariff per unit, execution variant. */
export const contractProduct = pgTable(
  'contract_product',
  {
    tenantId: text('tenant_id').notNull(),
    id: text('id').notNull(),
    contractId: text('contract_id').notNull(),
    name: text('name').notNull(),
    productCategory: text('product_category').notNull(),
    productCode: text('product_code').notNull(),
    unit: text('unit').notNull(),
    tariffCents: integer('tariff_cents').notNull(),
    /** inspanningsgericht | outputgericht | taakgericht */
    executionVariant: text('execution_variant').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.contractId],
      foreignColumns: [providerContract.tenantId, providerContract.id],
    }),
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
export const assignment = pgTable(
  'assignment',
  {
    tenantId: text('tenant_id').notNull(),
    id: text('id').notNull(),
    /** iJw ToewijzingNummer, unique per tenant. */
    assignmentNumber: integer('assignment_number').notNull(),
    householdId: text('household_id').notNull(),
    personId: text('person_id').notNull(),
    /** The level-2 plan action it was assigned from; null when granted on a provider's request (JW315). */
    planActionId: text('plan_action_id'),
    organisationId: text('organisation_id').notNull(),
    contractProductId: text('contract_product_id').notNull(),
    volume: integer('volume').notNull(),
    unit: text('unit').notNull(),
    frequency: text('frequency').notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    referrerType: text('referrer_type').notNull(),
    budgetCents: integer('budget_cents').notNull(),
    status: text('status').notNull(),
    assignedAt: timestamp('assigned_at', { withTimezone: true }),
    startedOn: date('started_on'),
    stoppedOn: date('stopped_on'),
    stopReason: text('stop_reason'),
    createdBy: text('created_by').notNull(),
    approvedBy: text('approved_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
    /** iJw ReferentieAanbieder of the provider's request (JW315/JW317) this assignment answers. */
    providerReference: text('provider_reference'),
    /** JZ002 RedenWijziging once the assignment was changed after it was issued (e.g. 12 on a JW317). */
    changeReason: text('change_reason'),
    /** The day the municipality ended (withdrew) the assignment, e.g. when the plan was closed. */
    endedOn: date('ended_on'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('assignment_number_idx').on(t.tenantId, t.assignmentNumber),
    foreignKey({ columns: [t.tenantId, t.householdId], foreignColumns: [household.tenantId, household.id] }),
    foreignKey({ columns: [t.tenantId, t.personId], foreignColumns: [person.tenantId, person.id] }),
    foreignKey({
      columns: [t.tenantId, t.organisationId],
      foreignColumns: [organisation.tenantId, organisation.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.contractProductId],
      foreignColumns: [contractProduct.tenantId, contractProduct.id],
    }),
    foreignKey({ columns: [t.tenantId, t.createdBy], foreignColumns: [appUser.tenantId, appUser.id] }),
    index('assignment_org_idx').on(t.tenantId, t.organisationId, t.createdAt),
    index('assignment_action_idx').on(t.tenantId, t.planActionId),
    index('assignment_household_idx').on(t.tenantId, t.householdId),
  ],
);

/**
 * Every iJw message in and out: the outbox and the inbox. Receipt is idempotent on
 * (direction, sender, BerichtIdentificatie).
 */
export const ijwMessage = pgTable(
  'ijw_message',
  {
    tenantId: text('tenant_id').notNull(),
    id: text('id').notNull(),
    /** in | out */
    direction: text('direction').notNull(),
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
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('ijw_message_ident_idx').on(t.tenantId, t.direction, t.sender, t.berichtIdentificatie),
    foreignKey({
      columns: [t.tenantId, t.assignmentId],
      foreignColumns: [assignment.tenantId, assignment.id],
    }),
    index('ijw_message_assignment_idx').on(t.tenantId, t.assignmentId, t.createdAt),
    index('ijw_message_created_idx').on(t.tenantId, t.createdAt),
    index('ijw_message_outbox_idx').on(t.tenantId, t.status, t.nextAttemptAt),
  ],
);
