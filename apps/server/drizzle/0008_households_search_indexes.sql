-- Household search (households/search.ts): name prefix, case-insensitive, for a million residents.
-- text_pattern_ops makes `lower(last_name) LIKE jan%` an index range scan in any collation.
-- Birth date uses person_name_birth_idx (tenant_id, birth_date, …); postcode + house number uses
-- household_address_idx; BSN uses person_bsn_idx.
CREATE INDEX IF NOT EXISTS "person_last_name_prefix_idx" ON "person" ("tenant_id", lower("last_name") text_pattern_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "person_first_name_prefix_idx" ON "person" ("tenant_id", lower("first_name") text_pattern_ops);--> statement-breakpoint
-- Current members of a household (caseload counts, dossier): the history rows stay out of the way.
CREATE INDEX IF NOT EXISTS "household_member_current_idx" ON "household_member" ("tenant_id", "household_id") WHERE "until" IS NULL;
