ALTER TABLE "audit_log" ADD COLUMN "subject_ids" text[];--> statement-breakpoint
CREATE INDEX "audit_log_subject_ids_idx" ON "audit_log" USING gin ("subject_ids");