DROP INDEX "task_user_open_idx";--> statement-breakpoint
DROP INDEX "task_team_open_idx";--> statement-breakpoint
DROP INDEX "task_organisation_open_idx";--> statement-breakpoint
DROP INDEX "assignment_org_idx";--> statement-breakpoint
DROP INDEX "ijw_message_created_idx";--> statement-breakpoint
CREATE INDEX "task_user_list_idx" ON "task" USING btree ("tenant_id","assignee_user_id","status","due_date","created_at","id");--> statement-breakpoint
CREATE INDEX "task_team_list_idx" ON "task" USING btree ("tenant_id","assignee_team_id","status","due_date","created_at","id");--> statement-breakpoint
CREATE INDEX "task_organisation_list_idx" ON "task" USING btree ("tenant_id","assignee_organisation_id","status","due_date","created_at","id");--> statement-breakpoint
CREATE INDEX "assignment_org_idx" ON "assignment" USING btree ("tenant_id","organisation_id","created_at","id");--> statement-breakpoint
CREATE INDEX "ijw_message_created_idx" ON "ijw_message" USING btree ("tenant_id","created_at","id");