CREATE TABLE "audit_checkpoint" (
	"tenant_id" text NOT NULL,
	"seq" bigint NOT NULL,
	"head_hash" text NOT NULL,
	"signed_at" timestamp (3) with time zone NOT NULL,
	"key_id" text NOT NULL,
	"signature" text NOT NULL,
	CONSTRAINT "audit_checkpoint_tenant_id_seq_pk" PRIMARY KEY("tenant_id","seq")
);
--> statement-breakpoint
CREATE TABLE "login_failure" (
	"account_key" text PRIMARY KEY NOT NULL,
	"failures" integer NOT NULL,
	"first_failure_at" timestamp with time zone NOT NULL,
	"locked_until" timestamp with time zone
);
--> statement-breakpoint
-- Checkpoints are evidence like the audit log itself: the application may only read and add them.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_checkpoint FROM eenplan_app;
--> statement-breakpoint
CREATE TRIGGER audit_checkpoint_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_checkpoint
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_checkpoint_no_truncate BEFORE TRUNCATE ON audit_checkpoint
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
--> statement-breakpoint
COMMENT ON TABLE audit_checkpoint IS 'signed audit chain heads per tenant (HMAC key outside the database); insert-only';
--> statement-breakpoint
COMMENT ON TABLE login_failure IS 'reference table (Citus: replicated, no tenant yet at login): failed logins per hashed account key; locks an account after repeated failures';
