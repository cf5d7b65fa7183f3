import type { RaadAnswer, TrackEntry, VeiligThuisOutcome } from '@een-plan/contracts';
import { and, eq } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { appUser } from '../auth/schema.ts';
import * as column from '../db/columns.ts';
import { tenantForeignKey, tenantTable } from '../db/tenant-table.ts';
import { household, person } from '../households/schema.ts';
import { organisation } from '../tenancy/schema.ts';

/**
 * A meldcode track: a professional's five steps about one person in a household. The row itself
 * never changes; everything that happens is an entry (append-only). No code path updates or
 * deletes these tables: a correction is a new entry naming the one it corrects.
 */
export const meldcodeTrack = tenantTable(
  'meldcode_track',
  {
    householdId: text('household_id').notNull(),
    personId: text('person_id').notNull(),
    /** The opener's organisation: its aandachtsfunctionaris follows the organisation's tracks. */
    organisationId: text('organisation_id'),
    openedBy: text('opened_by').notNull(),
    openedAt: column.writtenAt('opened_at'),
  },
  (t) => [
    tenantForeignKey(t, t.householdId, household),
    tenantForeignKey(t, t.personId, person),
    tenantForeignKey(t, t.openedBy, appUser),
    tenantForeignKey(t, t.organisationId, organisation),
    index('meldcode_track_household_idx').on(t.tenantId, t.householdId),
    index('meldcode_track_organisation_idx').on(t.tenantId, t.organisationId),
  ],
);

/**
 * One time-stamped, attributed entry of a track: a step (signals … decision), a visibility
 * decision (hidden from the alleged perpetrator) or the closure. Content is encrypted JSON; only
 * the person ids a track is hidden from are plain, because access checks read them.
 */
export const meldcodeEntry = tenantTable(
  'meldcode_entry',
  {
    trackId: text('track_id').notNull(),
    seq: integer('seq').notNull(),
    step: text('step').$type<TrackEntry['step']>().notNull(),
    contentEnc: text('content_enc').notNull(),
    hiddenFromPersonIds: jsonb('hidden_from_person_ids').$type<string[]>(),
    correctsEntryId: text('corrects_entry_id'),
    ...column.actor('recorded'),
  },
  (t) => [
    tenantForeignKey(t, t.trackId, meldcodeTrack),
    tenantForeignKey(t, t.recordedBy, appUser),
    tenantForeignKey(t, t.correctsEntryId, t),
    /** Two writers at once cannot both take the same place in the track. */
    uniqueIndex('meldcode_entry_seq_uq').on(t.tenantId, t.trackId, t.seq),
    /** An entry is corrected once; a further correction corrects the correction. */
    uniqueIndex('meldcode_entry_corrects_uq').on(t.tenantId, t.correctsEntryId),
  ],
);

/** A report (melding) to Veilig Thuis made from a track; triage is due in 5 working days. */
export const veiligThuisReport = tenantTable(
  'veilig_thuis_report',
  {
    trackId: text('track_id').notNull(),
    householdId: text('household_id').notNull(),
    personId: text('person_id').notNull(),
    reportedBy: text('reported_by').notNull(),
    reportedAt: column.writtenAt('reported_at'),
    anonymousToFamily: boolean('anonymous_to_family').notNull().default(false),
    contentEnc: text('content_enc').notNull(),
    triageDueOn: date('triage_due_on').notNull(),
  },
  (t) => [
    tenantForeignKey(t, t.trackId, meldcodeTrack),
    tenantForeignKey(t, t.reportedBy, appUser),
    index('veilig_thuis_report_track_idx').on(t.tenantId, t.trackId),
  ],
);

/** Veilig Thuis's triage outcome; one per report, never changed. */
export const veiligThuisTriage = pgTable(
  'veilig_thuis_triage',
  {
    tenantId: column.tenantId(),
    reportId: text('report_id').notNull(),
    outcome: text('outcome').$type<VeiligThuisOutcome>().notNull(),
    noteEnc: text('note_enc').notNull(),
    conditionsEnc: text('conditions_enc'),
    /** The household's plan a hand-over created or linked (null for other outcomes). */
    planId: text('plan_id'),
    triagedBy: text('triaged_by').notNull(),
    triagedAt: column.writtenAt('triaged_at'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.reportId] }),
    tenantForeignKey(t, t.reportId, veiligThuisReport),
    tenantForeignKey(t, t.triagedBy, appUser),
  ],
);

/** A request to the Raad voor de Kinderbescherming (verzoek tot onderzoek) with its grounds. */
export const raadRequest = tenantTable(
  'raad_request',
  {
    trackId: text('track_id').notNull(),
    requestedBy: text('requested_by').notNull(),
    requestedAt: column.writtenAt('requested_at'),
    groundsEnc: text('grounds_enc').notNull(),
  },
  (t) => [
    tenantForeignKey(t, t.trackId, meldcodeTrack),
    tenantForeignKey(t, t.requestedBy, appUser),
    index('raad_request_track_idx').on(t.tenantId, t.trackId),
  ],
);

/** The Raad's answer to a request; one per request, never changed. */
export const raadAnswer = pgTable(
  'raad_answer',
  {
    tenantId: column.tenantId(),
    requestId: text('request_id').notNull(),
    answer: text('answer').$type<RaadAnswer>().notNull(),
    noteEnc: text('note_enc').notNull(),
    ...column.actor('recorded'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.requestId] }),
    tenantForeignKey(t, t.requestId, raadRequest),
    tenantForeignKey(t, t.recordedBy, appUser),
  ],
);

/** A report joined to its triage (none yet: the triage columns are null). */
export const triageOfReport = and(
  eq(veiligThuisTriage.tenantId, veiligThuisReport.tenantId),
  eq(veiligThuisTriage.reportId, veiligThuisReport.id),
);

/**
 * The aandachtsfunctionaris: a professional an organisation designates for the meldcode. The
 * designation is a function on top of the person's own role (a coordinator or teacher keeps their
 * work), so it is a row here, not a role; it lets them follow the organisation's open tracks.
 */
export const meldcodeDesignee = pgTable(
  'meldcode_designee',
  {
    tenantId: column.tenantId(),
    organisationId: text('organisation_id').notNull(),
    userId: text('user_id').notNull(),
    designatedAt: column.writtenAt('designated_at'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.organisationId, t.userId] }),
    tenantForeignKey(t, t.organisationId, organisation),
    tenantForeignKey(t, t.userId, appUser).onDelete('cascade'),
  ],
);
