-- The application runs as eenplan_app (least privilege); migrations run as the schema owner.
-- Creating the role is guarded: it is cluster-wide and parallel test databases may race for it.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'eenplan_app') THEN
    CREATE ROLE eenplan_app NOLOGIN;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO eenplan_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO eenplan_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO eenplan_app;
--> statement-breakpoint
-- The audit log may only be read and appended to by the application.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM eenplan_app;
--> statement-breakpoint
-- Code lists shared by every tenant; Citus would replicate them to every node.
REVOKE INSERT, UPDATE, DELETE ON ref_life_domain FROM eenplan_app;
--> statement-breakpoint
COMMENT ON TABLE ref_life_domain IS 'reference table: code list shared by all tenants (life domains)';
--> statement-breakpoint
COMMENT ON TABLE audit_log IS 'append-only NEN 7513 access log, SHA-256 hash chain per tenant';
--> statement-breakpoint
COMMENT ON TABLE tenant IS 'tenant (municipality or region) by CBS code; the distribution key itself';
--> statement-breakpoint
-- Defence in depth for the embedded database, where the app cannot switch roles:
-- even the owner must disable this trigger deliberately to change history.
CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
