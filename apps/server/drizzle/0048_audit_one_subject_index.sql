-- audit_log_subject_seq_idx (0012, created by hand there) serves every lookup the older
-- (tenant, subject_type, subject_id) index served; each audit row paid for both. The schema now
-- declares the one index; IF NOT EXISTS because 0012 made it already.
DROP INDEX IF EXISTS "audit_log_subject_idx";--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "audit_log_subject_seq_idx" ON "audit_log" USING btree ("tenant_id","subject_type","subject_id","seq");
