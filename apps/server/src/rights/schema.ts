import type {
  ComplaintAbout,
  Locale,
  RightsCaseKind,
  RightsContact,
  RightsLaw,
  RightsLetterKind,
  RightsOutcome,
  RightsStatus,
} from '@een-plan/contracts';
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import * as column from '../db/columns.ts';
import { tenantForeignKey, tenantTable } from '../db/tenant-table.ts';
import { household } from '../households/schema.ts';

/**
 * One row per right a resident exercises: a request for help (aanvraag), an objection (bezwaar),
 * a complaint (klacht), a second opinion or a change of coordinator/team. `due_on` is the clock
 * that runs now; the kind-specific columns are null for the other kinds. Free text the resident
 * or professional writes (subject, reasons, notes) is sealed with the data key (AES-256-GCM).
 */
export const rightsCase = tenantTable(
  'rights_case',
  {
    householdId: text('household_id').notNull(),
    /** request | objection | complaint | second_opinion | coordinator_change */
    kind: text('kind').$type<RightsCaseKind>().notNull(),
    /** open | postponed | acknowledged | hearing_planned | decided | withdrawn */
    status: text('status').$type<RightsStatus>().notNull().default('open'),
    /** request: jeugdwet | wmo */
    law: text('law').$type<RightsLaw>(),
    subjectEnc: text('subject_enc').notNull(),
    receivedOn: date('received_on').notNull(),
    /** Wmo: the application's date; its 2-week decision term runs from there. */
    applicationOn: date('application_on'),
    dueOn: date('due_on'),
    investigationDueOn: date('investigation_due_on'),
    /** The one postponement (request, Awb 4:14) or extension (objection, Awb 7:10 lid 3). */
    postponedOn: date('postponed_on'),
    postponementReasonEnc: text('postponement_reason_enc'),
    /** objection: the decided request it is against. */
    relatedCaseId: text('related_case_id'),
    filingDeadline: date('filing_deadline'),
    late: boolean('late').notNull().default(false),
    lateReasonEnc: text('late_reason_enc'),
    advisoryCommittee: boolean('advisory_committee').notNull().default(false),
    hearingOn: date('hearing_on'),
    hearingOutcomeEnc: text('hearing_outcome_enc'),
    /** complaint: provider | professional | municipality, and whose procedure handles it. */
    complaintAbout: text('complaint_about').$type<ComplaintAbout>(),
    routedToOrganisationId: text('routed_to_organisation_id'),
    acknowledgedOn: date('acknowledged_on'),
    outcome: text('outcome').$type<RightsOutcome>(),
    decidedOn: date('decided_on'),
    decisionReasonEnc: text('decision_reason_enc'),
    decidedBy: text('decided_by'),
    /** The resident withdrew it on this day; its clock stopped. */
    withdrawnOn: date('withdrawn_on'),
    newCoordinatorId: text('new_coordinator_id'),
    handoverNoteEnc: text('handover_note_enc'),
    ...column.actor('created'),
    version: column.version(),
  },
  (t) => [
    tenantForeignKey(t, t.householdId, household),
    tenantForeignKey(t, t.relatedCaseId, t),
    index('rights_case_household_idx').on(t.tenantId, t.householdId, t.receivedOn),
    index('rights_case_open_due_idx')
      .on(t.tenantId, t.dueOn)
      .where(sql`status not in ('decided', 'withdrawn')`),
  ],
);

/** Per-tenant terms and the independent contacts shown to residents (absent row: the defaults). */
export const rightsSetting = pgTable('rights_setting', {
  tenantId: text('tenant_id').primaryKey(),
  requestDecisionWeeks: integer('request_decision_weeks').notNull().default(8),
  wmoInvestigationWeeks: integer('wmo_investigation_weeks').notNull().default(6),
  wmoDecisionWeeks: integer('wmo_decision_weeks').notNull().default(2),
  complaintHandlingWeeks: integer('complaint_handling_weeks').notNull().default(6),
  /** { name, phone, email, website } of the vertrouwenspersoon and of cliëntondersteuning. */
  vertrouwenspersoon: jsonb('vertrouwenspersoon').$type<RightsContact>(),
  clientSupport: jsonb('client_support').$type<RightsContact>(),
  /** The letters' sender address and signatory (the logo is the tenant theme's). */
  letterAddress: text('letter_address').notNull().default(''),
  letterSignatory: text('letter_signatory').notNull().default(''),
});

/**
 * The formal letters of a case: a tagged PDF per language, sealed with the data key, and the
 * SHA-256 of its bytes so anyone can check the copy they hold is the one that was sent.
 */
export const rightsLetter = tenantTable(
  'rights_letter',
  {
    caseId: text('case_id').notNull(),
    householdId: text('household_id').notNull(),
    /** decision | postponement | objection_decision | complaint_acknowledgement */
    kind: text('kind').$type<RightsLetterKind>().notNull(),
    locale: text('locale').$type<Locale>().notNull(),
    pdfEnc: text('pdf_enc').notNull(),
    sha256: text('sha256').notNull(),
    createdOn: date('created_on').notNull(),
    ...column.actor('created'),
  },
  (t) => [
    tenantForeignKey(t, t.caseId, rightsCase),
    index('rights_letter_case_idx').on(t.tenantId, t.caseId),
  ],
);
