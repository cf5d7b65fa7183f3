CREATE TABLE "plan" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"household_id" text NOT NULL,
	"state" text DEFAULT 'concept' NOT NULL,
	"vision" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"agreed_version" integer,
	"next_evaluation_date" date,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "plan_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "plan_action" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"plan_id" text NOT NULL,
	"goal_id" text NOT NULL,
	"position" integer NOT NULL,
	"description" text NOT NULL,
	"owner_kind" text NOT NULL,
	"owner_ref" text NOT NULL,
	"owner_label" text NOT NULL,
	"level" integer NOT NULL,
	"start_date" date,
	"end_date" date,
	"status" text DEFAULT 'open' NOT NULL,
	CONSTRAINT "plan_action_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "plan_agreement" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"plan_id" text NOT NULL,
	"version" integer NOT NULL,
	"party" text NOT NULL,
	"person_id" text,
	"recorded_by" text NOT NULL,
	"method" text NOT NULL,
	"agreed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_agreement_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "plan_comment" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"plan_id" text NOT NULL,
	"goal_id" text,
	"text" text NOT NULL,
	"author_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_comment_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "plan_evaluation" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"plan_id" text NOT NULL,
	"plan_version" integer NOT NULL,
	"evaluated_on" date NOT NULL,
	"goal_results" jsonb NOT NULL,
	"next_steps" text NOT NULL,
	"next_evaluation_date" date,
	"recorded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_evaluation_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "plan_goal" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"plan_id" text NOT NULL,
	"position" integer NOT NULL,
	"domain_code" text NOT NULL,
	"description" text NOT NULL,
	"achieved_when" text NOT NULL,
	"priority" text NOT NULL,
	"target_date" date,
	"concerns_person_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "plan_goal_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "plan_proposal" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"plan_id" text NOT NULL,
	"kind" text NOT NULL,
	"goal_id" text,
	"domain_code" text,
	"text" text NOT NULL,
	"proposed_by" text NOT NULL,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	CONSTRAINT "plan_proposal_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "plan_version" (
	"tenant_id" text NOT NULL,
	"plan_id" text NOT NULL,
	"version" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"change_summary" text NOT NULL,
	CONSTRAINT "plan_version_tenant_id_plan_id_version_pk" PRIMARY KEY("tenant_id","plan_id","version")
);
--> statement-breakpoint
ALTER TABLE "plan" ADD CONSTRAINT "plan_tenant_id_household_id_household_tenant_id_id_fk" FOREIGN KEY ("tenant_id","household_id") REFERENCES "public"."household"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_action" ADD CONSTRAINT "plan_action_tenant_id_plan_id_plan_tenant_id_id_fk" FOREIGN KEY ("tenant_id","plan_id") REFERENCES "public"."plan"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_action" ADD CONSTRAINT "plan_action_tenant_id_goal_id_plan_goal_tenant_id_id_fk" FOREIGN KEY ("tenant_id","goal_id") REFERENCES "public"."plan_goal"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_agreement" ADD CONSTRAINT "plan_agreement_tenant_id_plan_id_version_plan_version_tenant_id_plan_id_version_fk" FOREIGN KEY ("tenant_id","plan_id","version") REFERENCES "public"."plan_version"("tenant_id","plan_id","version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_agreement" ADD CONSTRAINT "plan_agreement_tenant_id_recorded_by_app_user_tenant_id_id_fk" FOREIGN KEY ("tenant_id","recorded_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_comment" ADD CONSTRAINT "plan_comment_tenant_id_plan_id_plan_tenant_id_id_fk" FOREIGN KEY ("tenant_id","plan_id") REFERENCES "public"."plan"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_evaluation" ADD CONSTRAINT "plan_evaluation_tenant_id_plan_id_plan_tenant_id_id_fk" FOREIGN KEY ("tenant_id","plan_id") REFERENCES "public"."plan"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_goal" ADD CONSTRAINT "plan_goal_domain_code_ref_life_domain_code_fk" FOREIGN KEY ("domain_code") REFERENCES "public"."ref_life_domain"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_goal" ADD CONSTRAINT "plan_goal_tenant_id_plan_id_plan_tenant_id_id_fk" FOREIGN KEY ("tenant_id","plan_id") REFERENCES "public"."plan"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_proposal" ADD CONSTRAINT "plan_proposal_tenant_id_plan_id_plan_tenant_id_id_fk" FOREIGN KEY ("tenant_id","plan_id") REFERENCES "public"."plan"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_version" ADD CONSTRAINT "plan_version_tenant_id_plan_id_plan_tenant_id_id_fk" FOREIGN KEY ("tenant_id","plan_id") REFERENCES "public"."plan"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_household_idx" ON "plan" USING btree ("tenant_id","household_id","created_at");--> statement-breakpoint
CREATE INDEX "plan_action_plan_idx" ON "plan_action" USING btree ("tenant_id","plan_id","status");--> statement-breakpoint
CREATE INDEX "plan_action_goal_idx" ON "plan_action" USING btree ("tenant_id","goal_id");--> statement-breakpoint
CREATE INDEX "plan_agreement_plan_idx" ON "plan_agreement" USING btree ("tenant_id","plan_id","version");--> statement-breakpoint
CREATE INDEX "plan_comment_plan_idx" ON "plan_comment" USING btree ("tenant_id","plan_id","created_at");--> statement-breakpoint
CREATE INDEX "plan_evaluation_plan_idx" ON "plan_evaluation" USING btree ("tenant_id","plan_id","evaluated_on");--> statement-breakpoint
CREATE INDEX "plan_goal_plan_idx" ON "plan_goal" USING btree ("tenant_id","plan_id","position");--> statement-breakpoint
CREATE INDEX "plan_proposal_plan_idx" ON "plan_proposal" USING btree ("tenant_id","plan_id","status");