CREATE TABLE "erasure_request" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"household_id" text,
	"requester_kind" text NOT NULL,
	"requester_person_id" text,
	"received_on" date NOT NULL,
	"decide_by" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"refusal_grounds" jsonb,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"trace_id" text,
	"recorded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "erasure_request_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "retention_term" (
	"tenant_id" text NOT NULL,
	"record_type" text NOT NULL,
	"years" integer NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "retention_term_tenant_id_record_type_pk" PRIMARY KEY("tenant_id","record_type")
);
--> statement-breakpoint
CREATE TABLE "retention_trace" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"ground" text NOT NULL,
	"record_types" jsonb NOT NULL,
	"help_ended_year" integer,
	"destroyed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"destroyed_by" text NOT NULL,
	"counts" jsonb NOT NULL,
	CONSTRAINT "retention_trace_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE INDEX "erasure_request_status_idx" ON "erasure_request" USING btree ("tenant_id","status");--> statement-breakpoint
CREATE INDEX "retention_trace_at_idx" ON "retention_trace" USING btree ("tenant_id","destroyed_at");