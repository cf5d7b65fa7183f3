import type { CrisisHandoverTarget, CrisisReportedVia } from '@een-plan/contracts';
import { date, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { appUser } from '../auth/schema.ts';
import * as column from '../db/columns.ts';
import { tenantForeignKey, tenantTable } from '../db/tenant-table.ts';
import { household } from '../households/schema.ts';
import { organisation, tenant } from '../tenancy/schema.ts';

/**
 * A crisis episode of the Integral Crisis Service for one household (and, when known, one person
 * in it): the call, arrival on site, the key decision with a behavioural expert, bridging help,
 * the exit plan and the warm handover that both sides confirm. Each step is a column filled once,
 * in order; the state is derived from which are filled. Free text is encrypted at rest.
 */
export const crisisEpisode = tenantTable(
  'crisis_episode',
  {
    householdId: text('household_id').notNull(),
    /** The person the crisis is about, when it is one member (a child); null: the whole household. */
    personId: text('person_id'),
    /** The crisis service organisation that runs the episode. */
    organisationId: text('organisation_id'),
    /** The crisis worker who owns the episode and gets its tasks; null until the service takes up a reported one. */
    crisisWorkerId: text('crisis_worker_id'),
    /** phone | professional */
    reportedVia: text('reported_via').$type<CrisisReportedVia>().notNull(),
    reporterName: text('reporter_name'),
    calledAt: column.moment('called_at').notNull(),
    onSiteAt: column.moment('on_site_at'),
    decidedAt: column.moment('decided_at'),
    behaviouralExpertName: text('behavioural_expert_name'),
    decisionSummaryEnc: text('decision_summary_enc'),
    bridgingStart: date('bridging_start'),
    bridgingEnd: date('bridging_end'),
    exitPlanDueDate: date('exit_plan_due_date'),
    exitPlanAt: column.moment('exit_plan_at'),
    exitPlanSummaryEnc: text('exit_plan_summary_enc'),
    /** team | provider */
    handoverTarget: text('handover_target').$type<CrisisHandoverTarget>(),
    handoverOrganisationId: text('handover_organisation_id'),
    crisisConfirmedAt: column.moment('crisis_confirmed_at'),
    crisisConfirmedBy: text('crisis_confirmed_by'),
    receiverConfirmedAt: column.moment('receiver_confirmed_at'),
    receiverConfirmedBy: text('receiver_confirmed_by'),
    ...column.actor('created'),
  },
  (t) => [
    tenantForeignKey(t, t.householdId, household),
    tenantForeignKey(t, t.crisisWorkerId, appUser),
    tenantForeignKey(t, t.organisationId, organisation),
    tenantForeignKey(t, t.handoverOrganisationId, organisation),
    index('crisis_episode_household_idx').on(t.tenantId, t.householdId),
    index('crisis_episode_org_idx').on(t.tenantId, t.organisationId, t.calledAt),
  ],
);

/** Per-tenant crisis settings (absent row: the defaults in contracts). */
export const crisisSetting = pgTable('crisis_setting', {
  tenantId: text('tenant_id')
    .primaryKey()
    .references(() => tenant.tenantId),
  maxBridgingDays: integer('max_bridging_days').notNull(),
});
