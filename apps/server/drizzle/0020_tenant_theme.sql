CREATE TABLE "tenant_theme" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"logo" text,
	"tokens" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "tenant_theme" ADD CONSTRAINT "tenant_theme_tenant_id_tenant_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("tenant_id") ON DELETE no action ON UPDATE no action;