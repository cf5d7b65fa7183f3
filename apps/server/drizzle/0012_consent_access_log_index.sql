-- The family access log ("Wie heeft mijn gegevens bekeken") pages through one household's audit
-- rows newest first: (tenant, subject) equality plus seq order, so no sort over a large tenant log.
CREATE INDEX IF NOT EXISTS "audit_log_subject_seq_idx" ON "audit_log" USING btree ("tenant_id","subject_type","subject_id","seq");
