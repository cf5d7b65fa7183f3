CREATE TABLE "meldcode_designee" (
	"tenant_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"user_id" text NOT NULL,
	"designated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meldcode_designee_tenant_id_organisation_id_user_id_pk" PRIMARY KEY("tenant_id","organisation_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "veilig_thuis_triage" ADD COLUMN "plan_id" text;--> statement-breakpoint
ALTER TABLE "meldcode_designee" ADD CONSTRAINT "meldcode_designee_tenant_id_organisation_id_organisation_tenant_id_id_fk" FOREIGN KEY ("tenant_id","organisation_id") REFERENCES "public"."organisation"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meldcode_designee" ADD CONSTRAINT "meldcode_designee_tenant_id_user_id_app_user_tenant_id_id_fk" FOREIGN KEY ("tenant_id","user_id") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE cascade ON UPDATE no action;