CREATE TABLE "placement_search_version" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"version" bigint NOT NULL
);
--> statement-breakpoint
COMMENT ON TABLE placement_search_version IS 'per tenant, changes with every change to its Plekvrij places (trigger, at commit): the search cache compares it (decision 0041)';
--> statement-breakpoint
-- Hand-written (decision 0041): bumped by the database in the writing transaction, so no writer
-- (the API, the expiry sweep, retention, a seed, a hand-made fix) can change a place and leave a
-- cached search answer looking current. Deferred to commit: the version row is locked last, after
-- every place lock the transaction takes, so it adds no lock-order deadlock.
CREATE FUNCTION placement_search_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO placement_search_version AS v (tenant_id, version)
  VALUES (CASE WHEN TG_OP = 'DELETE' THEN OLD.tenant_id ELSE NEW.tenant_id END, 1)
  ON CONFLICT (tenant_id) DO UPDATE SET version = v.version + 1;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER placement_place_search_version AFTER INSERT OR UPDATE OR DELETE ON placement_place
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION placement_search_version_bump();
--> statement-breakpoint
-- The answer carries the organisation's name.
CREATE CONSTRAINT TRIGGER organisation_search_version AFTER UPDATE OF name ON organisation
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION placement_search_version_bump();
