CREATE TABLE "assignment" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"assignment_number" integer NOT NULL,
	"household_id" text NOT NULL,
	"person_id" text NOT NULL,
	"plan_action_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"contract_product_id" text NOT NULL,
	"volume" integer NOT NULL,
	"unit" text NOT NULL,
	"frequency" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"referrer_type" text NOT NULL,
	"budget_cents" integer NOT NULL,
	"status" text NOT NULL,
	"assigned_at" timestamp with time zone,
	"started_on" date,
	"stopped_on" date,
	"stop_reason" text,
	"created_by" text NOT NULL,
	"approved_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "assignment_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "assignment_setting" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"approval_threshold_cents" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contract_product" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"contract_id" text NOT NULL,
	"name" text NOT NULL,
	"product_category" text NOT NULL,
	"product_code" text NOT NULL,
	"unit" text NOT NULL,
	"tariff_cents" integer NOT NULL,
	"execution_variant" text NOT NULL,
	CONSTRAINT "contract_product_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "ijw_message" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"direction" text NOT NULL,
	"message_type" text NOT NULL,
	"bericht_identificatie" text NOT NULL,
	"sender" text NOT NULL,
	"receiver" text NOT NULL,
	"assignment_id" text,
	"retour_message_id" text,
	"xml" text NOT NULL,
	"summary" jsonb NOT NULL,
	"validation" jsonb NOT NULL,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ijw_message_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "provider_contract" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"agb_code" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_until" date,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "provider_contract_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_tenant_id_household_id_household_tenant_id_id_fk" FOREIGN KEY ("tenant_id","household_id") REFERENCES "public"."household"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_tenant_id_person_id_person_tenant_id_id_fk" FOREIGN KEY ("tenant_id","person_id") REFERENCES "public"."person"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_tenant_id_organisation_id_organisation_tenant_id_id_fk" FOREIGN KEY ("tenant_id","organisation_id") REFERENCES "public"."organisation"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_tenant_id_contract_product_id_contract_product_tenant_id_id_fk" FOREIGN KEY ("tenant_id","contract_product_id") REFERENCES "public"."contract_product"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_tenant_id_created_by_app_user_tenant_id_id_fk" FOREIGN KEY ("tenant_id","created_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_product" ADD CONSTRAINT "contract_product_tenant_id_contract_id_provider_contract_tenant_id_id_fk" FOREIGN KEY ("tenant_id","contract_id") REFERENCES "public"."provider_contract"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ijw_message" ADD CONSTRAINT "ijw_message_tenant_id_assignment_id_assignment_tenant_id_id_fk" FOREIGN KEY ("tenant_id","assignment_id") REFERENCES "public"."assignment"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_contract" ADD CONSTRAINT "provider_contract_tenant_id_organisation_id_organisation_tenant_id_id_fk" FOREIGN KEY ("tenant_id","organisation_id") REFERENCES "public"."organisation"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "assignment_number_idx" ON "assignment" USING btree ("tenant_id","assignment_number");--> statement-breakpoint
CREATE INDEX "assignment_org_idx" ON "assignment" USING btree ("tenant_id","organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "assignment_action_idx" ON "assignment" USING btree ("tenant_id","plan_action_id");--> statement-breakpoint
CREATE INDEX "assignment_household_idx" ON "assignment" USING btree ("tenant_id","household_id");--> statement-breakpoint
CREATE INDEX "contract_product_contract_idx" ON "contract_product" USING btree ("tenant_id","contract_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ijw_message_ident_idx" ON "ijw_message" USING btree ("tenant_id","direction","sender","bericht_identificatie");--> statement-breakpoint
CREATE INDEX "ijw_message_assignment_idx" ON "ijw_message" USING btree ("tenant_id","assignment_id","created_at");--> statement-breakpoint
CREATE INDEX "ijw_message_created_idx" ON "ijw_message" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE INDEX "ijw_message_outbox_idx" ON "ijw_message" USING btree ("tenant_id","status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "provider_contract_org_idx" ON "provider_contract" USING btree ("tenant_id","organisation_id");