CREATE TABLE "future_plan" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"household_id" text NOT NULL,
	"person_id" text NOT NULL,
	"started_on" date NOT NULL,
	"helper_kind" text,
	"helper_ref" text,
	"continuity_decision" text,
	"continuity_care_type" text,
	"continuity_until" date,
	"continuity_handover_to" text,
	"continuity_note_enc" text,
	"continuity_decided_by" text,
	"continuity_decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "future_plan_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "future_plan_custom_topic" (
	"tenant_id" text NOT NULL,
	"key" text NOT NULL,
	"title_nl" text NOT NULL,
	"title_en" text NOT NULL,
	"explanation_nl" text NOT NULL,
	"explanation_en" text NOT NULL,
	"months_before_18" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "future_plan_custom_topic_tenant_id_key_pk" PRIMARY KEY("tenant_id","key")
);
--> statement-breakpoint
CREATE TABLE "future_plan_settings" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"start_age_months" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "future_plan_topic" (
	"tenant_id" text NOT NULL,
	"plan_id" text NOT NULL,
	"topic_key" text NOT NULL,
	"status" text NOT NULL,
	"owner" text NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "future_plan_topic_tenant_id_plan_id_topic_key_pk" PRIMARY KEY("tenant_id","plan_id","topic_key")
);
--> statement-breakpoint
ALTER TABLE "future_plan" ADD CONSTRAINT "future_plan_tenant_id_household_id_household_tenant_id_id_fk" FOREIGN KEY ("tenant_id","household_id") REFERENCES "public"."household"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "future_plan" ADD CONSTRAINT "future_plan_tenant_id_person_id_person_tenant_id_id_fk" FOREIGN KEY ("tenant_id","person_id") REFERENCES "public"."person"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "future_plan" ADD CONSTRAINT "future_plan_tenant_id_continuity_decided_by_app_user_tenant_id_id_fk" FOREIGN KEY ("tenant_id","continuity_decided_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "future_plan_topic" ADD CONSTRAINT "future_plan_topic_tenant_id_plan_id_future_plan_tenant_id_id_fk" FOREIGN KEY ("tenant_id","plan_id") REFERENCES "public"."future_plan"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "future_plan_person_idx" ON "future_plan" USING btree ("tenant_id","person_id");--> statement-breakpoint
CREATE INDEX "future_plan_household_idx" ON "future_plan" USING btree ("tenant_id","household_id");