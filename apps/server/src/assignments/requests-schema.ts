import type {
  AssignmentRequestKind,
  AssignmentRequestStatus,
  IjwFrequency,
  IjwReferrerType,
  IjwRefusalReason,
  IjwUnit,
} from '@een-plan/contracts';
import { date, index, integer, jsonb, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { appUser } from '../auth/schema.ts';
import * as column from '../db/columns.ts';
import { tenantForeignKey, tenantTable } from '../db/tenant-table.ts';
import { household, person } from '../households/schema.ts';
import { organisation } from '../tenancy/schema.ts';
import { assignment, contractProduct, ijwMessage } from './schema.ts';

/** What a provider asks to change in a JW317 (no names, no BSN: assignment ids, codes, dates). */
export interface RequestedChange {
  /** TeWijzigenProducten: an existing assignment with a new end date and/or volume from a date. */
  changed: Array<{
    assignmentId: string;
    assignmentNumber: number;
    desiredStart: string;
    endDate: string | null;
    volume: number | null;
    unit: IjwUnit | null;
    frequency: IjwFrequency | null;
  }>;
  /** OngewijzigdeProducten: assignments that continue unchanged. */
  unchanged: number[];
}

/**
 * A provider's request (verzoek) to the municipality: a JW315 verzoek om toewijzing (one row per
 * AangevraagdProduct) or a JW317 verzoek om wijziging. The client is the matched person (never the
 * BSN or name here). status: open → granted | refused.
 */
export const assignmentRequest = tenantTable(
  'assignment_request',
  {
    /** toewijzing (JW315) | wijziging (JW317) */
    kind: text('kind').$type<AssignmentRequestKind>().notNull(),
    organisationId: text('organisation_id').notNull(),
    /** The incoming JW315/JW317. */
    incomingMessageId: text('incoming_message_id').notNull(),
    /** iJw ReferentieAanbieder: unique per provider (TR347). */
    providerReference: text('provider_reference').notNull(),
    /** The client matched by BSN and birth date; null when no resident of this municipality matched. */
    personId: text('person_id'),
    householdId: text('household_id'),
    /** JW315: the requested product (a product of the provider's contract). */
    contractProductId: text('contract_product_id'),
    volume: integer('volume'),
    unit: text('unit').$type<IjwUnit>(),
    frequency: text('frequency').$type<IjwFrequency>(),
    startDate: date('start_date'),
    endDate: date('end_date'),
    /** COD327 type of referrer and the referrer's AGB code (ZorgverlenerCode), when given. */
    referrerType: text('referrer_type').$type<IjwReferrerType>(),
    referrerCode: text('referrer_code'),
    /** JW317: WJ758 reason, the assignment it changes first, and what changes. */
    requestReason: text('request_reason'),
    assignmentId: text('assignment_id'),
    changes: jsonb('changes').$type<RequestedChange>(),
    /** open | granted | refused */
    status: text('status').$type<AssignmentRequestStatus>().notNull(),
    /** WJ759 reason of a refusal, and the municipality (CBS code) under the woonplaatsbeginsel. */
    refusalReason: text('refusal_reason').$type<IjwRefusalReason>(),
    refusalMunicipality: text('refusal_municipality'),
    /** Why the request was refused without a person deciding (e.g. client_unknown). */
    autoRefusal: text('auto_refusal'),
    /** The assignment a grant created (JW315) or the new assignment of a change (JW317). */
    grantedAssignmentId: text('granted_assignment_id'),
    /** The answer: the JW301 (granted) or the JW319 (refused). */
    answerMessageId: text('answer_message_id'),
    decidedBy: text('decided_by'),
    decidedAt: column.moment('decided_at'),
    createdAt: column.writtenAt('created_at'),
    version: column.version(),
  },
  (t) => [
    uniqueIndex('assignment_request_reference_idx').on(t.tenantId, t.organisationId, t.providerReference),
    tenantForeignKey(t, t.organisationId, organisation),
    tenantForeignKey(t, t.incomingMessageId, ijwMessage),
    tenantForeignKey(t, t.personId, person),
    tenantForeignKey(t, t.householdId, household),
    tenantForeignKey(t, t.contractProductId, contractProduct),
    tenantForeignKey(t, t.assignmentId, assignment),
    tenantForeignKey(t, t.grantedAssignmentId, assignment),
    tenantForeignKey(t, t.answerMessageId, ijwMessage),
    tenantForeignKey(t, t.decidedBy, appUser),
    index('assignment_request_household_idx').on(t.tenantId, t.householdId, t.status),
    index('assignment_request_org_idx').on(t.tenantId, t.organisationId, t.createdAt),
    index('assignment_request_person_idx').on(t.tenantId, t.organisationId, t.personId, t.status),
  ],
);
