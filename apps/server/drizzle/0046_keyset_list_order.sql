DROP INDEX "household_coordinator_idx";--> statement-breakpoint
CREATE INDEX "referral_queue_order_idx" ON "referral" USING btree ("tenant_id","team_id",(case when urgency = 'urgent' then 0 else 1 end),"received_at","id");--> statement-breakpoint
CREATE INDEX "household_coordinator_idx" ON "household" USING btree ("tenant_id","coordinator_id","name","id");