CREATE TABLE "placement_place" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"place_type" text NOT NULL,
	"type_rank" smallint NOT NULL,
	"product_category" text NOT NULL,
	"min_age" smallint NOT NULL,
	"max_age" smallint NOT NULL,
	"postcode" text NOT NULL,
	"region" text NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"available_from" date NOT NULL,
	"available_until" date,
	"places_total" integer NOT NULL,
	"places_reserved" integer DEFAULT 0 NOT NULL,
	"places_occupied" integer DEFAULT 0 NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "placement_place_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "placement_place_counts" CHECK ("placement_place"."places_reserved" >= 0 and "placement_place"."places_occupied" >= 0 and "placement_place"."places_reserved" + "placement_place"."places_occupied" <= "placement_place"."places_total")
);
--> statement-breakpoint
CREATE TABLE "placement_reservation" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"place_id" text NOT NULL,
	"household_id" text NOT NULL,
	"person_id" text NOT NULL,
	"plan_action_id" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"measure" text,
	"measure_reference" text,
	"status" text NOT NULL,
	"reserved_by" text NOT NULL,
	"reserved_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"answered_by" text,
	"answered_at" timestamp with time zone,
	"decline_reason" text,
	"assignment_id" text,
	CONSTRAINT "placement_reservation_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "placement_setting" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"reservation_hours" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "placement_place" ADD CONSTRAINT "placement_place_tenant_id_organisation_id_organisation_tenant_id_id_fk" FOREIGN KEY ("tenant_id","organisation_id") REFERENCES "public"."organisation"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_reservation" ADD CONSTRAINT "placement_reservation_tenant_id_place_id_placement_place_tenant_id_id_fk" FOREIGN KEY ("tenant_id","place_id") REFERENCES "public"."placement_place"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "placement_place_geo_idx" ON "placement_place" USING btree ("tenant_id","lat","lon");--> statement-breakpoint
CREATE INDEX "placement_place_org_idx" ON "placement_place" USING btree ("tenant_id","organisation_id");--> statement-breakpoint
CREATE INDEX "placement_reservation_place_idx" ON "placement_reservation" USING btree ("tenant_id","place_id","status");--> statement-breakpoint
CREATE INDEX "placement_reservation_expiry_idx" ON "placement_reservation" USING btree ("status","expires_at");--> statement-breakpoint
CREATE INDEX "placement_reservation_household_idx" ON "placement_reservation" USING btree ("tenant_id","household_id");