CREATE TABLE "rights_case" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"household_id" text NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"law" text,
	"subject_enc" text NOT NULL,
	"received_on" date NOT NULL,
	"application_on" date,
	"due_on" date,
	"investigation_due_on" date,
	"postponed_on" date,
	"postponement_reason_enc" text,
	"related_case_id" text,
	"filing_deadline" date,
	"late" boolean DEFAULT false NOT NULL,
	"late_reason_enc" text,
	"advisory_committee" boolean DEFAULT false NOT NULL,
	"hearing_on" date,
	"hearing_outcome_enc" text,
	"complaint_about" text,
	"routed_to_organisation_id" text,
	"acknowledged_on" date,
	"outcome" text,
	"decided_on" date,
	"decision_reason_enc" text,
	"decided_by" text,
	"new_coordinator_id" text,
	"handover_note_enc" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "rights_case_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "rights_setting" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"request_decision_weeks" integer DEFAULT 8 NOT NULL,
	"wmo_investigation_weeks" integer DEFAULT 6 NOT NULL,
	"wmo_decision_weeks" integer DEFAULT 2 NOT NULL,
	"complaint_handling_weeks" integer DEFAULT 6 NOT NULL,
	"vertrouwenspersoon" jsonb,
	"client_support" jsonb
);
--> statement-breakpoint
ALTER TABLE "rights_case" ADD CONSTRAINT "rights_case_tenant_id_household_id_household_tenant_id_id_fk" FOREIGN KEY ("tenant_id","household_id") REFERENCES "public"."household"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rights_case" ADD CONSTRAINT "rights_case_tenant_id_related_case_id_rights_case_tenant_id_id_fk" FOREIGN KEY ("tenant_id","related_case_id") REFERENCES "public"."rights_case"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rights_case_household_idx" ON "rights_case" USING btree ("tenant_id","household_id","received_on");--> statement-breakpoint
CREATE INDEX "rights_case_open_due_idx" ON "rights_case" USING btree ("tenant_id","due_on") WHERE status not in ('decided', 'withdrawn');