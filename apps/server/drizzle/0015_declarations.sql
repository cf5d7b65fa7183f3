CREATE TABLE "declaration" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"incoming_message_id" text NOT NULL,
	"answer_message_id" text,
	"declaration_number" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"submitted_cents" integer NOT NULL,
	"approved_cents" integer NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "declaration_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "declaration_line" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"declaration_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"client_index" integer NOT NULL,
	"prestatie_index" integer NOT NULL,
	"assignment_id" text,
	"assignment_number" integer NOT NULL,
	"reference_number" text NOT NULL,
	"previous_reference_number" text,
	"product_category" text NOT NULL,
	"product_code" text,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"volume" integer NOT NULL,
	"unit" text NOT NULL,
	"tariff_cents" integer NOT NULL,
	"amount_cents" integer NOT NULL,
	"debit_credit" text NOT NULL,
	"status" text NOT NULL,
	"rejection_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "declaration_line_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "declaration" ADD CONSTRAINT "declaration_tenant_id_organisation_id_organisation_tenant_id_id_fk" FOREIGN KEY ("tenant_id","organisation_id") REFERENCES "public"."organisation"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration" ADD CONSTRAINT "declaration_tenant_id_incoming_message_id_ijw_message_tenant_id_id_fk" FOREIGN KEY ("tenant_id","incoming_message_id") REFERENCES "public"."ijw_message"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration" ADD CONSTRAINT "declaration_tenant_id_answer_message_id_ijw_message_tenant_id_id_fk" FOREIGN KEY ("tenant_id","answer_message_id") REFERENCES "public"."ijw_message"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_line" ADD CONSTRAINT "declaration_line_tenant_id_declaration_id_declaration_tenant_id_id_fk" FOREIGN KEY ("tenant_id","declaration_id") REFERENCES "public"."declaration"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_line" ADD CONSTRAINT "declaration_line_tenant_id_organisation_id_organisation_tenant_id_id_fk" FOREIGN KEY ("tenant_id","organisation_id") REFERENCES "public"."organisation"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_line" ADD CONSTRAINT "declaration_line_tenant_id_assignment_id_assignment_tenant_id_id_fk" FOREIGN KEY ("tenant_id","assignment_id") REFERENCES "public"."assignment"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "declaration_number_idx" ON "declaration" USING btree ("tenant_id","organisation_id","declaration_number");--> statement-breakpoint
CREATE INDEX "declaration_incoming_idx" ON "declaration" USING btree ("tenant_id","incoming_message_id");--> statement-breakpoint
CREATE UNIQUE INDEX "declaration_line_reference_idx" ON "declaration_line" USING btree ("tenant_id","organisation_id","reference_number") WHERE NOT ('8021' = ANY (rejection_codes));--> statement-breakpoint
CREATE INDEX "declaration_line_declaration_idx" ON "declaration_line" USING btree ("tenant_id","declaration_id");--> statement-breakpoint
CREATE INDEX "declaration_line_assignment_idx" ON "declaration_line" USING btree ("tenant_id","assignment_id","status");