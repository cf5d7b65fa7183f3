CREATE TABLE "rights_letter" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"case_id" text NOT NULL,
	"household_id" text NOT NULL,
	"kind" text NOT NULL,
	"locale" text NOT NULL,
	"pdf_enc" text NOT NULL,
	"sha256" text NOT NULL,
	"created_on" date NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rights_letter_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "rights_case" ADD COLUMN "withdrawn_on" date;--> statement-breakpoint
ALTER TABLE "rights_setting" ADD COLUMN "letter_address" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "rights_setting" ADD COLUMN "letter_signatory" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "rights_letter" ADD CONSTRAINT "rights_letter_tenant_id_case_id_rights_case_tenant_id_id_fk" FOREIGN KEY ("tenant_id","case_id") REFERENCES "public"."rights_case"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rights_letter_case_idx" ON "rights_letter" USING btree ("tenant_id","case_id");