CREATE TABLE "budget_line" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"year" integer NOT NULL,
	"area_id" text,
	"level" text NOT NULL,
	"product_category" text,
	"execution_variant" text,
	"price_cents" bigint,
	"quantity" integer,
	"amount_cents" bigint NOT NULL,
	"label" text DEFAULT '' NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budget_line_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "cbs_delivery" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"half_year" text NOT NULL,
	"kind" text NOT NULL,
	"trajectories" integer NOT NULL,
	"measures" integer NOT NULL,
	"missing_fields" integer NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cbs_delivery_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "iv3_mapping" (
	"tenant_id" text NOT NULL,
	"product_category" text NOT NULL,
	"task_field" text NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "iv3_mapping_tenant_id_product_category_pk" PRIMARY KEY("tenant_id","product_category")
);
--> statement-breakpoint
ALTER TABLE "budget_line" ADD CONSTRAINT "budget_line_tenant_id_area_id_area_tenant_id_id_fk" FOREIGN KEY ("tenant_id","area_id") REFERENCES "public"."area"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "budget_line_year_idx" ON "budget_line" USING btree ("tenant_id","year","area_id");--> statement-breakpoint
CREATE INDEX "cbs_delivery_created_idx" ON "cbs_delivery" USING btree ("tenant_id","created_at");