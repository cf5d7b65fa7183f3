CREATE TABLE "meldcode_entry" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"track_id" text NOT NULL,
	"seq" integer NOT NULL,
	"step" text NOT NULL,
	"content_enc" text NOT NULL,
	"hidden_from_person_ids" jsonb,
	"corrects_entry_id" text,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meldcode_entry_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "meldcode_track" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"household_id" text NOT NULL,
	"person_id" text NOT NULL,
	"organisation_id" text,
	"opened_by" text NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meldcode_track_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "raad_answer" (
	"tenant_id" text NOT NULL,
	"request_id" text NOT NULL,
	"answer" text NOT NULL,
	"note_enc" text NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "raad_answer_tenant_id_request_id_pk" PRIMARY KEY("tenant_id","request_id")
);
--> statement-breakpoint
CREATE TABLE "raad_request" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"track_id" text NOT NULL,
	"requested_by" text NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"grounds_enc" text NOT NULL,
	CONSTRAINT "raad_request_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "veilig_thuis_report" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"track_id" text NOT NULL,
	"household_id" text NOT NULL,
	"person_id" text NOT NULL,
	"reported_by" text NOT NULL,
	"reported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"anonymous_to_family" boolean DEFAULT false NOT NULL,
	"content_enc" text NOT NULL,
	"triage_due_on" date NOT NULL,
	CONSTRAINT "veilig_thuis_report_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "veilig_thuis_triage" (
	"tenant_id" text NOT NULL,
	"report_id" text NOT NULL,
	"outcome" text NOT NULL,
	"note_enc" text NOT NULL,
	"conditions_enc" text,
	"triaged_by" text NOT NULL,
	"triaged_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "veilig_thuis_triage_tenant_id_report_id_pk" PRIMARY KEY("tenant_id","report_id")
);
--> statement-breakpoint
ALTER TABLE "meldcode_entry" ADD CONSTRAINT "meldcode_entry_tenant_id_track_id_meldcode_track_tenant_id_id_fk" FOREIGN KEY ("tenant_id","track_id") REFERENCES "public"."meldcode_track"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meldcode_entry" ADD CONSTRAINT "meldcode_entry_tenant_id_recorded_by_app_user_tenant_id_id_fk" FOREIGN KEY ("tenant_id","recorded_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meldcode_entry" ADD CONSTRAINT "meldcode_entry_tenant_id_corrects_entry_id_meldcode_entry_tenant_id_id_fk" FOREIGN KEY ("tenant_id","corrects_entry_id") REFERENCES "public"."meldcode_entry"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meldcode_track" ADD CONSTRAINT "meldcode_track_tenant_id_household_id_household_tenant_id_id_fk" FOREIGN KEY ("tenant_id","household_id") REFERENCES "public"."household"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meldcode_track" ADD CONSTRAINT "meldcode_track_tenant_id_person_id_person_tenant_id_id_fk" FOREIGN KEY ("tenant_id","person_id") REFERENCES "public"."person"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meldcode_track" ADD CONSTRAINT "meldcode_track_tenant_id_opened_by_app_user_tenant_id_id_fk" FOREIGN KEY ("tenant_id","opened_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meldcode_track" ADD CONSTRAINT "meldcode_track_tenant_id_organisation_id_organisation_tenant_id_id_fk" FOREIGN KEY ("tenant_id","organisation_id") REFERENCES "public"."organisation"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "raad_answer" ADD CONSTRAINT "raad_answer_tenant_id_request_id_raad_request_tenant_id_id_fk" FOREIGN KEY ("tenant_id","request_id") REFERENCES "public"."raad_request"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "raad_answer" ADD CONSTRAINT "raad_answer_tenant_id_recorded_by_app_user_tenant_id_id_fk" FOREIGN KEY ("tenant_id","recorded_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "raad_request" ADD CONSTRAINT "raad_request_tenant_id_track_id_meldcode_track_tenant_id_id_fk" FOREIGN KEY ("tenant_id","track_id") REFERENCES "public"."meldcode_track"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "raad_request" ADD CONSTRAINT "raad_request_tenant_id_requested_by_app_user_tenant_id_id_fk" FOREIGN KEY ("tenant_id","requested_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "veilig_thuis_report" ADD CONSTRAINT "veilig_thuis_report_tenant_id_track_id_meldcode_track_tenant_id_id_fk" FOREIGN KEY ("tenant_id","track_id") REFERENCES "public"."meldcode_track"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "veilig_thuis_report" ADD CONSTRAINT "veilig_thuis_report_tenant_id_reported_by_app_user_tenant_id_id_fk" FOREIGN KEY ("tenant_id","reported_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "veilig_thuis_triage" ADD CONSTRAINT "veilig_thuis_triage_tenant_id_report_id_veilig_thuis_report_tenant_id_id_fk" FOREIGN KEY ("tenant_id","report_id") REFERENCES "public"."veilig_thuis_report"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "veilig_thuis_triage" ADD CONSTRAINT "veilig_thuis_triage_tenant_id_triaged_by_app_user_tenant_id_id_fk" FOREIGN KEY ("tenant_id","triaged_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "meldcode_entry_seq_uq" ON "meldcode_entry" USING btree ("tenant_id","track_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "meldcode_entry_corrects_uq" ON "meldcode_entry" USING btree ("tenant_id","corrects_entry_id");--> statement-breakpoint
CREATE INDEX "meldcode_track_household_idx" ON "meldcode_track" USING btree ("tenant_id","household_id");--> statement-breakpoint
CREATE INDEX "meldcode_track_organisation_idx" ON "meldcode_track" USING btree ("tenant_id","organisation_id");--> statement-breakpoint
CREATE INDEX "raad_request_track_idx" ON "raad_request" USING btree ("tenant_id","track_id");--> statement-breakpoint
CREATE INDEX "veilig_thuis_report_track_idx" ON "veilig_thuis_report" USING btree ("tenant_id","track_id");