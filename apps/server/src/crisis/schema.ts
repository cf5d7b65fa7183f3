import { date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { appUser } from '../auth/schema.ts';
import { household } from '../households/schema.ts';
import { organisation, tenant } from '../tenancy/schema.ts';

/**
 * A crisis episode of the Integral Crisis Service for one household (and, when known, one person
 * in it): the call, arrival on site, the key decision with a behavioural expert, bridging help,
 * the exit plan and the warm handover that both sides confirm. Each step is a column filled once,
 * in order; the state is derived from which are filled. Free text is encrypted at rest.
 */
export const crisisEpisode = pgTable(
  'crisis_episode',
  {
    tenantId: text('tenant_id').notNull(),
    id: text('id').notNull(),
    householdId: text('household_id').notNull(),
    /** The person the crisis is about, when it is one member (a child); null: the whole household. */
    personId: text('person_id'),
    /** The crisis service organisation that runs the episode. */
    organisationId: text('organisation_id'),
    /** The crisis worker who owns the episode and gets its tasks; null until the service takes up a reported one. */
    crisisWorkerId: text('crisis_worker_id'),
    /** phone | professional */
    reportedVia: text('reported_via').notNull(),
    reporterName: text('reporter_name'),
    calledAt: timestamp('called_at', { withTimezone: true }).notNull(),
    onSiteAt: timestamp('on_site_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    behaviouralExpertName: text('behavioural_expert_name'),
    decisionSummaryEnc: text('decision_summary_enc'),
    bridgingStart: date('bridging_start'),
    bridgingEnd: date('bridging_end'),
    exitPlanDueDate: date('exit_plan_due_date'),
    exitPlanAt: timestamp('exit_plan_at', { withTimezone: true }),
    exitPlanSummaryEnc: text('exit_plan_summary_enc'),
    /** team | provider */
    handoverTarget: text('handover_target'),
    handoverOrganisationId: text('handover_organisation_id'),
    crisisConfirmedAt: timestamp('crisis_confirmed_at', { withTimezone: true }),
    crisisConfirmedBy: text('crisis_confirmed_by'),
    receiverConfirmedAt: timestamp('receiver_confirmed_at', { withTimezone: true }),
    receiverConfirmedBy: text('receiver_confirmed_by'),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.householdId], foreignColumns: [household.tenantId, household.id] }),
    foreignKey({ columns: [t.tenantId, t.crisisWorkerId], foreignColumns: [appUser.tenantId, appUser.id] }),
    foreignKey({
      columns: [t.tenantId, t.organisationId],
      foreignColumns: [organisation.tenantId, organisation.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.handoverOrganisationId],
      foreignColumns: [organisation.tenantId, organisation.id],
    }),
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
