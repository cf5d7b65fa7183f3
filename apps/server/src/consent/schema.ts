import type {
  ConsentGranteeKind,
  ConsentPurposeCategory,
  ConsentRecordedVia,
  ConsentSection,
} from '@een-plan/contracts';
import { boolean, date, index, jsonb, text } from 'drizzle-orm/pg-core';
import { appUser } from '../auth/schema.ts';
import * as column from '../db/columns.ts';
import { tenantForeignKey, tenantTable } from '../db/tenant-table.ts';
import { household, person } from '../households/schema.ts';

/** One party completing an existing consent (see `consent.co_signatures`). */
export interface ConsentCoSignature {
  personId: string;
  via: 'portal' | 'paper' | 'conversation';
  givenOn: string;
  recordedBy: string;
  recordedAt: string;
  signedForm: boolean;
}

/**
 * A consent: the person the data is about (or, by the age rules, their gezagsdragers) lets one
 * organisation or one professional see named sections of the household's dossier, for a purpose,
 * until a date. Never deleted; revocation sets `revoked_at` and counts from the next request.
 */
export const consent = tenantTable(
  'consent',
  {
    householdId: text('household_id').notNull(),
    subjectPersonId: text('subject_person_id').notNull(),
    /** organisation | user */
    granteeKind: text('grantee_kind').$type<ConsentGranteeKind>().notNull(),
    /** organisation id or app_user id (kind decides; no FK to keep one column). */
    granteeRef: text('grantee_ref').notNull(),
    sections: jsonb('sections').$type<ConsentSection[]>().notNull(),
    purposeCategory: text('purpose_category').$type<ConsentPurposeCategory>().notNull(),
    /** Free text, encrypted at rest (crypto/data-encryption.ts). */
    purposeTextEnc: text('purpose_text_enc'),
    validFrom: date('valid_from').notNull(),
    validUntil: date('valid_until').notNull(),
    /** Person ids of the residents who gave this consent (age rules decide whether it is complete). */
    givenBy: jsonb('given_by').$type<string[]>().notNull(),
    /** portal | paper | conversation */
    recordedVia: text('recorded_via').$type<ConsentRecordedVia>().notNull(),
    ...column.actor('recorded'),
    /** The day the consent was given on paper or in conversation (coordinator recording). */
    givenOn: date('given_on').notNull(),
    revokedAt: column.moment('revoked_at'),
    revokedBy: text('revoked_by'),
    /**
     * The parties who completed the consent after it was first given (a 12–15 year-old and a
     * parent agree separately): who, on which day, how, who recorded it and whether a signed form
     * is on file. Their person ids are also in `given_by`, which the age rules read.
     */
    coSignatures: jsonb('co_signatures').$type<ConsentCoSignature[]>().notNull().default([]),
    version: column.version(),
  },
  (t) => [
    tenantForeignKey(t, t.householdId, household),
    tenantForeignKey(t, t.subjectPersonId, person),
    tenantForeignKey(t, t.recordedBy, appUser),
    tenantForeignKey(t, t.revokedBy, appUser),
    index('consent_household_idx').on(t.tenantId, t.householdId, t.recordedAt),
    index('consent_grantee_idx').on(t.tenantId, t.granteeRef),
  ],
);

/**
 * Break-glass: a professional opens a dossier without consent because safety requires it
 * (meldcode). Time-limited, always reviewed by the team lead when the family may not be told.
 */
export const breakGlass = tenantTable(
  'break_glass',
  {
    householdId: text('household_id').notNull(),
    userId: text('user_id').notNull(),
    /** The written reason, encrypted at rest. */
    reasonEnc: text('reason_enc').notNull(),
    /** A recorded legal ground that forbids telling the family (e.g. a Veilig Thuis investigation). */
    withholdFromFamily: boolean('withhold_from_family').notNull().default(false),
    legalGround: text('legal_ground'),
    openedAt: column.writtenAt('opened_at'),
    expiresAt: column.moment('expires_at').notNull(),
    /** The team lead who must review (or null when none is known). */
    reviewerId: text('reviewer_id'),
    reviewedAt: column.moment('reviewed_at'),
    reviewedBy: text('reviewed_by'),
    /** justified | not_justified */
    reviewOutcome: text('review_outcome'),
    /** The team lead's note on the review, encrypted at rest. */
    reviewNoteEnc: text('review_note_enc'),
  },
  (t) => [
    tenantForeignKey(t, t.householdId, household),
    tenantForeignKey(t, t.userId, appUser),
    tenantForeignKey(t, t.reviewerId, appUser),
    tenantForeignKey(t, t.reviewedBy, appUser),
    index('break_glass_household_idx').on(t.tenantId, t.householdId, t.expiresAt),
    index('break_glass_review_idx').on(t.tenantId, t.reviewerId, t.reviewedAt),
  ],
);
