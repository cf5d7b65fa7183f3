CREATE TABLE "plan_follow_up" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"plan_id" text NOT NULL,
	"household_id" text NOT NULL,
	"kind" text NOT NULL,
	"offset_months" integer NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"done_at" timestamp with time zone,
	CONSTRAINT "plan_follow_up_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "assignment" ADD COLUMN "ended_on" date;--> statement-breakpoint
ALTER TABLE "household" ADD COLUMN "closed_on" date;--> statement-breakpoint
ALTER TABLE "plan" ADD COLUMN "closed_reason" text;--> statement-breakpoint
ALTER TABLE "plan_follow_up" ADD CONSTRAINT "plan_follow_up_tenant_id_plan_id_plan_tenant_id_id_fk" FOREIGN KEY ("tenant_id","plan_id") REFERENCES "public"."plan"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_follow_up" ADD CONSTRAINT "plan_follow_up_tenant_id_household_id_household_tenant_id_id_fk" FOREIGN KEY ("tenant_id","household_id") REFERENCES "public"."household"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_follow_up_due_idx" ON "plan_follow_up" USING btree ("tenant_id","status","due_on");--> statement-breakpoint
CREATE INDEX "plan_follow_up_plan_idx" ON "plan_follow_up" USING btree ("tenant_id","plan_id");