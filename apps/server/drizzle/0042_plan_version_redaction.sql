CREATE TABLE "plan_version_redaction" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"plan_id" text NOT NULL,
	"version" integer NOT NULL,
	"reason" text NOT NULL,
	"original_key" text NOT NULL,
	"redacted_key" text NOT NULL,
	"replacements" integer NOT NULL,
	"redacted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_version_redaction_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "plan_version_redaction" ADD CONSTRAINT "plan_version_redaction_tenant_id_plan_id_version_plan_version_tenant_id_plan_id_version_fk" FOREIGN KEY ("tenant_id","plan_id","version") REFERENCES "public"."plan_version"("tenant_id","plan_id","version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_version_redaction_plan_idx" ON "plan_version_redaction" USING btree ("tenant_id","plan_id","version");