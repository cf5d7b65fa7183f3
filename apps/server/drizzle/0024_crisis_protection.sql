CREATE TABLE "crisis_episode" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"household_id" text NOT NULL,
	"person_id" text,
	"organisation_id" text,
	"crisis_worker_id" text,
	"reported_via" text NOT NULL,
	"reporter_name" text,
	"called_at" timestamp with time zone NOT NULL,
	"on_site_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"behavioural_expert_name" text,
	"decision_summary_enc" text,
	"bridging_start" date,
	"bridging_end" date,
	"exit_plan_due_date" date,
	"exit_plan_at" timestamp with time zone,
	"exit_plan_summary_enc" text,
	"handover_target" text,
	"handover_organisation_id" text,
	"crisis_confirmed_at" timestamp with time zone,
	"crisis_confirmed_by" text,
	"receiver_confirmed_at" timestamp with time zone,
	"receiver_confirmed_by" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "crisis_episode_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "crisis_setting" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"max_bridging_days" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "protection_measure" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"household_id" text NOT NULL,
	"person_id" text NOT NULL,
	"kind" text NOT NULL,
	"organisation_id" text NOT NULL,
	"caseworker_id" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"court_reference" text NOT NULL,
	"placement_started_on" date,
	"ended_on" date,
	"end_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "protection_measure_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "protection_measure_extension" (
	"tenant_id" text NOT NULL,
	"measure_id" text NOT NULL,
	"previous_end_date" date NOT NULL,
	"new_end_date" date NOT NULL,
	"court_reference" text NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "protection_measure_extension_tenant_id_measure_id_new_end_date_pk" PRIMARY KEY("tenant_id","measure_id","new_end_date")
);
--> statement-breakpoint
ALTER TABLE "crisis_episode" ADD CONSTRAINT "crisis_episode_tenant_id_household_id_household_tenant_id_id_fk" FOREIGN KEY ("tenant_id","household_id") REFERENCES "public"."household"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crisis_episode" ADD CONSTRAINT "crisis_episode_tenant_id_crisis_worker_id_app_user_tenant_id_id_fk" FOREIGN KEY ("tenant_id","crisis_worker_id") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crisis_episode" ADD CONSTRAINT "crisis_episode_tenant_id_organisation_id_organisation_tenant_id_id_fk" FOREIGN KEY ("tenant_id","organisation_id") REFERENCES "public"."organisation"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crisis_episode" ADD CONSTRAINT "crisis_episode_tenant_id_handover_organisation_id_organisation_tenant_id_id_fk" FOREIGN KEY ("tenant_id","handover_organisation_id") REFERENCES "public"."organisation"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crisis_setting" ADD CONSTRAINT "crisis_setting_tenant_id_tenant_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("tenant_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_measure" ADD CONSTRAINT "protection_measure_tenant_id_household_id_household_tenant_id_id_fk" FOREIGN KEY ("tenant_id","household_id") REFERENCES "public"."household"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_measure" ADD CONSTRAINT "protection_measure_tenant_id_person_id_person_tenant_id_id_fk" FOREIGN KEY ("tenant_id","person_id") REFERENCES "public"."person"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_measure" ADD CONSTRAINT "protection_measure_tenant_id_organisation_id_organisation_tenant_id_id_fk" FOREIGN KEY ("tenant_id","organisation_id") REFERENCES "public"."organisation"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_measure" ADD CONSTRAINT "protection_measure_tenant_id_caseworker_id_app_user_tenant_id_id_fk" FOREIGN KEY ("tenant_id","caseworker_id") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_measure_extension" ADD CONSTRAINT "protection_measure_extension_tenant_id_measure_id_protection_measure_tenant_id_id_fk" FOREIGN KEY ("tenant_id","measure_id") REFERENCES "public"."protection_measure"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "crisis_episode_household_idx" ON "crisis_episode" USING btree ("tenant_id","household_id");--> statement-breakpoint
CREATE INDEX "crisis_episode_org_idx" ON "crisis_episode" USING btree ("tenant_id","organisation_id","called_at");--> statement-breakpoint
CREATE INDEX "protection_measure_household_idx" ON "protection_measure" USING btree ("tenant_id","household_id");--> statement-breakpoint
CREATE INDEX "protection_measure_org_idx" ON "protection_measure" USING btree ("tenant_id","organisation_id","end_date");