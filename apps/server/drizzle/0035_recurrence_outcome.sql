CREATE TABLE "recurrence_outcome" (
	"tenant_id" text NOT NULL,
	"follow_up_id" text NOT NULL,
	"area_id" text,
	"level" smallint,
	"closed_month" text NOT NULL,
	"offset_months" smallint NOT NULL,
	"returned" boolean NOT NULL,
	"checked_at" timestamp with time zone NOT NULL,
	CONSTRAINT "recurrence_outcome_tenant_id_follow_up_id_pk" PRIMARY KEY("tenant_id","follow_up_id")
);
--> statement-breakpoint
CREATE INDEX "recurrence_outcome_month_idx" ON "recurrence_outcome" USING btree ("tenant_id","closed_month");