CREATE TABLE "consent" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"household_id" text NOT NULL,
	"subject_person_id" text NOT NULL,
	"grantee_kind" text NOT NULL,
	"grantee_ref" text NOT NULL,
	"sections" jsonb NOT NULL,
	"purpose_category" text NOT NULL,
	"purpose_text_enc" text,
	"valid_from" date NOT NULL,
	"valid_until" date NOT NULL,
	"given_by" jsonb NOT NULL,
	"recorded_via" text NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"given_on" date NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "consent_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_tenant_id_household_id_household_tenant_id_id_fk" FOREIGN KEY ("tenant_id","household_id") REFERENCES "public"."household"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_tenant_id_subject_person_id_person_tenant_id_id_fk" FOREIGN KEY ("tenant_id","subject_person_id") REFERENCES "public"."person"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_tenant_id_recorded_by_app_user_tenant_id_id_fk" FOREIGN KEY ("tenant_id","recorded_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_tenant_id_revoked_by_app_user_tenant_id_id_fk" FOREIGN KEY ("tenant_id","revoked_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consent_household_idx" ON "consent" USING btree ("tenant_id","household_id","recorded_at");--> statement-breakpoint
CREATE INDEX "consent_grantee_idx" ON "consent" USING btree ("tenant_id","grantee_ref");