CREATE TABLE "referral" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"reporter_user_id" text NOT NULL,
	"reporter_role" text NOT NULL,
	"reporter_organisation_id" text,
	"reporter_contact" text NOT NULL,
	"subject_first_name" text NOT NULL,
	"subject_last_name" text NOT NULL,
	"subject_birth_date" date NOT NULL,
	"subject_bsn" text,
	"street" text NOT NULL,
	"house_number" text NOT NULL,
	"postcode" text NOT NULL,
	"city" text NOT NULL,
	"life_domains" jsonb NOT NULL,
	"worry_text" text NOT NULL,
	"urgency" text NOT NULL,
	"possible_unsafety" boolean DEFAULT false NOT NULL,
	"family_knows" boolean NOT NULL,
	"family_agrees" boolean NOT NULL,
	"family_contact" text NOT NULL,
	"team_id" text NOT NULL,
	"area_id" text,
	"outside_tenant" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"level" integer,
	"coordinator_id" text,
	"household_id" text,
	"household_match" text,
	"follow_up_date" date,
	"referred_offer_id" text,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"triaged_at" timestamp with time zone,
	"triaged_by" text,
	"first_contact_at" timestamp with time zone,
	"reminder_sent_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "referral_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "referral_reminder" (
	"tenant_id" text NOT NULL,
	"referral_id" text NOT NULL,
	"kind" text NOT NULL,
	"team_id" text NOT NULL,
	"due_date" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referral_reminder_tenant_id_referral_id_kind_pk" PRIMARY KEY("tenant_id","referral_id","kind")
);
--> statement-breakpoint
CREATE TABLE "referral_settings" (
	"tenant_id" text NOT NULL,
	"fallback_team_id" text NOT NULL,
	"first_contact_norm_days" integer DEFAULT 5 NOT NULL,
	"urgent_first_contact_norm_days" integer DEFAULT 1 NOT NULL,
	"reminder_lead_days" integer DEFAULT 1 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "referral_settings_tenant_id_pk" PRIMARY KEY("tenant_id")
);
--> statement-breakpoint
CREATE TABLE "social_offer" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"name" text NOT NULL,
	"organisation_name" text NOT NULL,
	"maintainer_organisation_id" text,
	"description" text NOT NULL,
	"level" integer NOT NULL,
	"life_domains" text[] NOT NULL,
	"min_age" integer,
	"max_age" integer,
	"area_ids" text[] NOT NULL,
	"costs" text NOT NULL,
	"phone" text,
	"email" text,
	"website" text,
	"address" text,
	"opening_hours" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('dutch', coalesce(name, '') || ' ' || coalesce(organisation_name, '') || ' ' || coalesce(description, ''))) STORED,
	CONSTRAINT "social_offer_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "postcode_import" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"created_by" text NOT NULL,
	"status" text NOT NULL,
	"total_lines" integer NOT NULL,
	"processed_lines" integer DEFAULT 0 NOT NULL,
	"created" integer DEFAULT 0 NOT NULL,
	"moved" integer DEFAULT 0 NOT NULL,
	"unchanged" integer DEFAULT 0 NOT NULL,
	"areas_created" integer DEFAULT 0 NOT NULL,
	"problems" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "postcode_import_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_tenant_id_team_id_team_tenant_id_id_fk" FOREIGN KEY ("tenant_id","team_id") REFERENCES "public"."team"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_tenant_id_area_id_area_tenant_id_id_fk" FOREIGN KEY ("tenant_id","area_id") REFERENCES "public"."area"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_tenant_id_reporter_user_id_app_user_tenant_id_id_fk" FOREIGN KEY ("tenant_id","reporter_user_id") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_tenant_id_coordinator_id_app_user_tenant_id_id_fk" FOREIGN KEY ("tenant_id","coordinator_id") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_tenant_id_household_id_household_tenant_id_id_fk" FOREIGN KEY ("tenant_id","household_id") REFERENCES "public"."household"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_reminder" ADD CONSTRAINT "referral_reminder_tenant_id_referral_id_referral_tenant_id_id_fk" FOREIGN KEY ("tenant_id","referral_id") REFERENCES "public"."referral"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_reminder" ADD CONSTRAINT "referral_reminder_tenant_id_team_id_team_tenant_id_id_fk" FOREIGN KEY ("tenant_id","team_id") REFERENCES "public"."team"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_settings" ADD CONSTRAINT "referral_settings_tenant_id_tenant_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("tenant_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_settings" ADD CONSTRAINT "referral_settings_tenant_id_fallback_team_id_team_tenant_id_id_fk" FOREIGN KEY ("tenant_id","fallback_team_id") REFERENCES "public"."team"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "social_offer" ADD CONSTRAINT "social_offer_tenant_id_maintainer_organisation_id_organisation_tenant_id_id_fk" FOREIGN KEY ("tenant_id","maintainer_organisation_id") REFERENCES "public"."organisation"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "postcode_import" ADD CONSTRAINT "postcode_import_tenant_id_created_by_app_user_tenant_id_id_fk" FOREIGN KEY ("tenant_id","created_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "referral_queue_idx" ON "referral" USING btree ("tenant_id","team_id","status","received_at");--> statement-breakpoint
CREATE INDEX "referral_reporter_idx" ON "referral" USING btree ("tenant_id","reporter_user_id","received_at");--> statement-breakpoint
CREATE INDEX "referral_open_first_contact_idx" ON "referral" USING btree ("tenant_id","received_at") WHERE first_contact_at is null and status in ('received', 'picked_up', 'coordinator_assigned');--> statement-breakpoint
CREATE INDEX "referral_reminder_team_idx" ON "referral_reminder" USING btree ("tenant_id","team_id","created_at");--> statement-breakpoint
CREATE INDEX "social_offer_search_idx" ON "social_offer" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "social_offer_domains_idx" ON "social_offer" USING gin ("life_domains");--> statement-breakpoint
CREATE INDEX "social_offer_areas_idx" ON "social_offer" USING gin ("area_ids");--> statement-breakpoint
CREATE INDEX "social_offer_name_idx" ON "social_offer" USING btree ("tenant_id","name","id");--> statement-breakpoint
CREATE INDEX "postcode_import_created_idx" ON "postcode_import" USING btree ("tenant_id","created_at");