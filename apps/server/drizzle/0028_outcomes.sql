CREATE TABLE "outcome_figure" (
	"tenant_id" text NOT NULL,
	"year" integer NOT NULL,
	"measure" text NOT NULL,
	"dimension" text NOT NULL,
	"level" text NOT NULL,
	"geo" text NOT NULL,
	"period" text NOT NULL,
	"n" integer,
	"average" real,
	"computed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "outcome_figure_tenant_id_year_measure_dimension_level_geo_period_pk" PRIMARY KEY("tenant_id","year","measure","dimension","level","geo","period")
);
--> statement-breakpoint
CREATE TABLE "outcome_setting" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"minimum_cell" integer DEFAULT 5 NOT NULL,
	"round_to_5" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "satisfaction_answer" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"area_id" text,
	"period" text NOT NULL,
	"help_score" smallint NOT NULL,
	"result_score" smallint NOT NULL,
	"comment" text,
	CONSTRAINT "satisfaction_answer_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE INDEX "outcome_figure_view_idx" ON "outcome_figure" USING btree ("tenant_id","year","geo","measure");--> statement-breakpoint
CREATE INDEX "satisfaction_answer_period_idx" ON "satisfaction_answer" USING btree ("tenant_id","period");