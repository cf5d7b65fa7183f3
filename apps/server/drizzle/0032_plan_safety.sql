CREATE TABLE "plan_safety" (
	"tenant_id" text NOT NULL,
	"plan_id" text NOT NULL,
	"content" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_safety_tenant_id_plan_id_pk" PRIMARY KEY("tenant_id","plan_id")
);
--> statement-breakpoint
CREATE TABLE "plan_safety_check_done" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"plan_id" text NOT NULL,
	"check_id" text NOT NULL,
	"checked_on" date NOT NULL,
	"note" text NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_safety_check_done_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "plan_safety_score" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"plan_id" text NOT NULL,
	"participant_kind" text NOT NULL,
	"participant_ref" text NOT NULL,
	"participant_label" text NOT NULL,
	"score" integer NOT NULL,
	"scored_on" date NOT NULL,
	"recorded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_safety_score_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "plan_safety_setting" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"scale_threshold" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "plan_safety" ADD CONSTRAINT "plan_safety_tenant_id_plan_id_plan_tenant_id_id_fk" FOREIGN KEY ("tenant_id","plan_id") REFERENCES "public"."plan"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_safety_check_done" ADD CONSTRAINT "plan_safety_check_done_tenant_id_plan_id_plan_tenant_id_id_fk" FOREIGN KEY ("tenant_id","plan_id") REFERENCES "public"."plan"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_safety_score" ADD CONSTRAINT "plan_safety_score_tenant_id_plan_id_plan_tenant_id_id_fk" FOREIGN KEY ("tenant_id","plan_id") REFERENCES "public"."plan"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_safety_check_done_plan_idx" ON "plan_safety_check_done" USING btree ("tenant_id","plan_id","check_id");--> statement-breakpoint
CREATE INDEX "plan_safety_score_plan_idx" ON "plan_safety_score" USING btree ("tenant_id","plan_id","scored_on");