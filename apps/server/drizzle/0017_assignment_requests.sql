CREATE TABLE "assignment_request" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"kind" text NOT NULL,
	"organisation_id" text NOT NULL,
	"incoming_message_id" text NOT NULL,
	"provider_reference" text NOT NULL,
	"person_id" text,
	"household_id" text,
	"contract_product_id" text,
	"volume" integer,
	"unit" text,
	"frequency" text,
	"start_date" date,
	"end_date" date,
	"referrer_type" text,
	"referrer_code" text,
	"request_reason" text,
	"assignment_id" text,
	"changes" jsonb,
	"status" text NOT NULL,
	"refusal_reason" text,
	"refusal_municipality" text,
	"auto_refusal" text,
	"granted_assignment_id" text,
	"answer_message_id" text,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "assignment_request_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "assignment" ALTER COLUMN "plan_action_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "assignment" ADD COLUMN "provider_reference" text;--> statement-breakpoint
ALTER TABLE "assignment" ADD COLUMN "change_reason" text;--> statement-breakpoint
ALTER TABLE "assignment_request" ADD CONSTRAINT "assignment_request_tenant_id_organisation_id_organisation_tenant_id_id_fk" FOREIGN KEY ("tenant_id","organisation_id") REFERENCES "public"."organisation"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_request" ADD CONSTRAINT "assignment_request_tenant_id_incoming_message_id_ijw_message_tenant_id_id_fk" FOREIGN KEY ("tenant_id","incoming_message_id") REFERENCES "public"."ijw_message"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_request" ADD CONSTRAINT "assignment_request_tenant_id_person_id_person_tenant_id_id_fk" FOREIGN KEY ("tenant_id","person_id") REFERENCES "public"."person"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_request" ADD CONSTRAINT "assignment_request_tenant_id_household_id_household_tenant_id_id_fk" FOREIGN KEY ("tenant_id","household_id") REFERENCES "public"."household"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_request" ADD CONSTRAINT "assignment_request_tenant_id_contract_product_id_contract_product_tenant_id_id_fk" FOREIGN KEY ("tenant_id","contract_product_id") REFERENCES "public"."contract_product"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_request" ADD CONSTRAINT "assignment_request_tenant_id_assignment_id_assignment_tenant_id_id_fk" FOREIGN KEY ("tenant_id","assignment_id") REFERENCES "public"."assignment"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_request" ADD CONSTRAINT "assignment_request_tenant_id_granted_assignment_id_assignment_tenant_id_id_fk" FOREIGN KEY ("tenant_id","granted_assignment_id") REFERENCES "public"."assignment"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_request" ADD CONSTRAINT "assignment_request_tenant_id_answer_message_id_ijw_message_tenant_id_id_fk" FOREIGN KEY ("tenant_id","answer_message_id") REFERENCES "public"."ijw_message"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_request" ADD CONSTRAINT "assignment_request_tenant_id_decided_by_app_user_tenant_id_id_fk" FOREIGN KEY ("tenant_id","decided_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "assignment_request_reference_idx" ON "assignment_request" USING btree ("tenant_id","organisation_id","provider_reference");--> statement-breakpoint
CREATE INDEX "assignment_request_household_idx" ON "assignment_request" USING btree ("tenant_id","household_id","status");--> statement-breakpoint
CREATE INDEX "assignment_request_org_idx" ON "assignment_request" USING btree ("tenant_id","organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "assignment_request_person_idx" ON "assignment_request" USING btree ("tenant_id","organisation_id","person_id","status");