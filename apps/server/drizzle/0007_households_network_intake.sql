CREATE TABLE "network_member" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"household_id" text NOT NULL,
	"name" text NOT NULL,
	"relation" text NOT NULL,
	"phone" text,
	"email" text,
	"takes_part_in_plan" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"help_note_enc" text,
	"suggested_by" text,
	"decided_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	CONSTRAINT "network_member_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "intake" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"household_id" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"conducted_on" date,
	"safety_unsafe_at_home" boolean,
	"safety_violence" boolean,
	"safety_child_concern" boolean,
	"safety_flag" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "intake_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "intake_domain" (
	"tenant_id" text NOT NULL,
	"intake_id" text NOT NULL,
	"domain_code" text NOT NULL,
	"goes_well_enc" text,
	"worries_enc" text,
	"wishes_enc" text,
	CONSTRAINT "intake_domain_tenant_id_intake_id_domain_code_pk" PRIMARY KEY("tenant_id","intake_id","domain_code")
);
--> statement-breakpoint
CREATE TABLE "intake_preparation" (
	"tenant_id" text NOT NULL,
	"household_id" text NOT NULL,
	"goes_well_enc" text,
	"worries_enc" text,
	"wishes_enc" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "intake_preparation_tenant_id_household_id_pk" PRIMARY KEY("tenant_id","household_id")
);
--> statement-breakpoint
CREATE TABLE "self_reliance_score" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"household_id" text NOT NULL,
	"person_id" text NOT NULL,
	"domain_code" text NOT NULL,
	"score" smallint NOT NULL,
	"measured_on" date NOT NULL,
	"source" text NOT NULL,
	"source_id" text NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "self_reliance_score_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "self_reliance_score_range" CHECK ("self_reliance_score"."score" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "household_member" DROP CONSTRAINT "household_member_tenant_id_household_id_person_id_pk";--> statement-breakpoint
ALTER TABLE "household_member" ADD CONSTRAINT "household_member_tenant_id_household_id_person_id_since_pk" PRIMARY KEY("tenant_id","household_id","person_id","since");--> statement-breakpoint
ALTER TABLE "household_member" ADD COLUMN "until" date;--> statement-breakpoint
ALTER TABLE "person" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "person" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "network_member" ADD CONSTRAINT "network_member_tenant_id_household_id_household_tenant_id_id_fk" FOREIGN KEY ("tenant_id","household_id") REFERENCES "public"."household"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_member" ADD CONSTRAINT "network_member_tenant_id_suggested_by_app_user_tenant_id_id_fk" FOREIGN KEY ("tenant_id","suggested_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_member" ADD CONSTRAINT "network_member_tenant_id_decided_by_app_user_tenant_id_id_fk" FOREIGN KEY ("tenant_id","decided_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake" ADD CONSTRAINT "intake_tenant_id_household_id_household_tenant_id_id_fk" FOREIGN KEY ("tenant_id","household_id") REFERENCES "public"."household"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake" ADD CONSTRAINT "intake_tenant_id_updated_by_app_user_tenant_id_id_fk" FOREIGN KEY ("tenant_id","updated_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_domain" ADD CONSTRAINT "intake_domain_domain_code_ref_life_domain_code_fk" FOREIGN KEY ("domain_code") REFERENCES "public"."ref_life_domain"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_domain" ADD CONSTRAINT "intake_domain_tenant_id_intake_id_intake_tenant_id_id_fk" FOREIGN KEY ("tenant_id","intake_id") REFERENCES "public"."intake"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_preparation" ADD CONSTRAINT "intake_preparation_tenant_id_household_id_household_tenant_id_id_fk" FOREIGN KEY ("tenant_id","household_id") REFERENCES "public"."household"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_preparation" ADD CONSTRAINT "intake_preparation_tenant_id_updated_by_app_user_tenant_id_id_fk" FOREIGN KEY ("tenant_id","updated_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_reliance_score" ADD CONSTRAINT "self_reliance_score_domain_code_ref_life_domain_code_fk" FOREIGN KEY ("domain_code") REFERENCES "public"."ref_life_domain"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_reliance_score" ADD CONSTRAINT "self_reliance_score_tenant_id_household_id_household_tenant_id_id_fk" FOREIGN KEY ("tenant_id","household_id") REFERENCES "public"."household"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_reliance_score" ADD CONSTRAINT "self_reliance_score_tenant_id_person_id_person_tenant_id_id_fk" FOREIGN KEY ("tenant_id","person_id") REFERENCES "public"."person"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_reliance_score" ADD CONSTRAINT "self_reliance_score_tenant_id_recorded_by_app_user_tenant_id_id_fk" FOREIGN KEY ("tenant_id","recorded_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "network_member_household_idx" ON "network_member" USING btree ("tenant_id","household_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "intake_household_idx" ON "intake" USING btree ("tenant_id","household_id");--> statement-breakpoint
CREATE UNIQUE INDEX "self_reliance_score_measurement_idx" ON "self_reliance_score" USING btree ("tenant_id","source","source_id","person_id","domain_code");--> statement-breakpoint
CREATE INDEX "self_reliance_score_household_idx" ON "self_reliance_score" USING btree ("tenant_id","household_id","measured_on");--> statement-breakpoint
CREATE UNIQUE INDEX "household_member_one_current_idx" ON "household_member" USING btree ("tenant_id","person_id") WHERE until is null;