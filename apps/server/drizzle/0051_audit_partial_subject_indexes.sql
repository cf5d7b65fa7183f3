-- A row names one subject (subject_id) or every subject a list or search showed (subject_ids):
-- each subject index now holds only the rows it can find. Before, every single-subject
-- row put a null entry in the GIN index and every list event a null key in the b-tree. The access
-- log's conditions (subject_id = …, subject_ids @> …) imply "is not null", so both stay usable
-- (test/audit-index-explain.test.ts). On a large audit log this rebuilds both indexes once, and
-- appends wait while it does.
DROP INDEX "audit_log_subject_seq_idx";--> statement-breakpoint
DROP INDEX "audit_log_subject_ids_idx";--> statement-breakpoint
CREATE INDEX "audit_log_subject_seq_idx" ON "audit_log" USING btree ("tenant_id","subject_type","subject_id","seq") WHERE "audit_log"."subject_id" is not null;--> statement-breakpoint
CREATE INDEX "audit_log_subject_ids_idx" ON "audit_log" USING gin ("subject_ids") WHERE "audit_log"."subject_ids" is not null;