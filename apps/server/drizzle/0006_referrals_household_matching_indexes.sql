-- Matching a signal to an existing household (referrals/from-referral): same person by name and
-- birth date, or same address. Expression indexes keep these lookups bounded for a million residents.
CREATE INDEX IF NOT EXISTS "person_name_birth_idx" ON "person" ("tenant_id", "birth_date", lower("last_name"), lower("first_name"));--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "household_address_idx" ON "household" ("tenant_id", upper(replace("postcode", ' ', '')), lower("house_number"));
