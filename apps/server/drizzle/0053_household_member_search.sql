-- The household search's own rows (decision 0049): one per current membership, with the person's
-- name keys and the household's area and coordinator, so the name walk passes over a person
-- outside the searcher's scope inside the index (INCLUDE) instead of after looking up the
-- membership and the household. Triggers on person, household and household_member keep it; the
-- application never writes it.
CREATE TABLE "household_member_search" (
	"tenant_id" text NOT NULL,
	"person_id" text NOT NULL,
	"household_id" text NOT NULL,
	"area_id" text,
	"coordinator_id" text,
	"last_name_key" text NOT NULL,
	"first_name_key" text NOT NULL,
	CONSTRAINT "household_member_search_tenant_id_person_id_pk" PRIMARY KEY("tenant_id","person_id")
);
--> statement-breakpoint
CREATE INDEX "household_member_search_household_idx" ON "household_member_search" USING btree ("tenant_id","household_id");--> statement-breakpoint
INSERT INTO "household_member_search" ("tenant_id", "person_id", "household_id", "area_id", "coordinator_id", "last_name_key", "first_name_key")
SELECT m."tenant_id", m."person_id", m."household_id", h."area_id", h."coordinator_id", lower(p."last_name"), lower(p."first_name")
  FROM "household_member" m
  JOIN "person" p ON p."tenant_id" = m."tenant_id" AND p."id" = m."person_id"
  JOIN "household" h ON h."tenant_id" = m."tenant_id" AND h."id" = m."household_id"
 WHERE m."until" IS NULL;--> statement-breakpoint
-- Walked in name order from the prefix (text_pattern_ops: ~>=~, ~<~, using ~<~), person id last so
-- people of one name come in one order; the scope's columns ride along, so the walk rejects a
-- person outside the scope from the index entry alone.
CREATE INDEX "household_member_search_last_name_idx" ON "household_member_search" ("tenant_id", "last_name_key" text_pattern_ops, "person_id") INCLUDE ("household_id", "area_id", "coordinator_id");--> statement-breakpoint
CREATE INDEX "household_member_search_first_name_idx" ON "household_member_search" ("tenant_id", "first_name_key" text_pattern_ops, "person_id") INCLUDE ("household_id", "area_id", "coordinator_id");--> statement-breakpoint
-- New memberships, per statement (the bench seed adds thousands in one): a row for each current one.
CREATE OR REPLACE FUNCTION household_member_search_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO household_member_search (tenant_id, person_id, household_id, area_id, coordinator_id, last_name_key, first_name_key)
  SELECT m.tenant_id, m.person_id, m.household_id, h.area_id, h.coordinator_id, lower(p.last_name), lower(p.first_name)
    FROM added m
    JOIN person p ON p.tenant_id = m.tenant_id AND p.id = m.person_id
    JOIN household h ON h.tenant_id = m.tenant_id AND h.id = m.household_id
   WHERE m.until IS NULL
  ON CONFLICT (tenant_id, person_id) DO UPDATE SET household_id = excluded.household_id,
    area_id = excluded.area_id, coordinator_id = excluded.coordinator_id,
    last_name_key = excluded.last_name_key, first_name_key = excluded.first_name_key;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER household_member_search_added AFTER INSERT ON household_member
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION household_member_search_added();--> statement-breakpoint
-- A membership ended, changed or removed: its row goes; a membership current after the change gets one.
CREATE OR REPLACE FUNCTION household_member_search_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.until IS NULL THEN
    DELETE FROM household_member_search s
     WHERE s.tenant_id = OLD.tenant_id AND s.person_id = OLD.person_id AND s.household_id = OLD.household_id;
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.until IS NULL THEN
    INSERT INTO household_member_search (tenant_id, person_id, household_id, area_id, coordinator_id, last_name_key, first_name_key)
    SELECT NEW.tenant_id, NEW.person_id, NEW.household_id, h.area_id, h.coordinator_id, lower(p.last_name), lower(p.first_name)
      FROM person p, household h
     WHERE p.tenant_id = NEW.tenant_id AND p.id = NEW.person_id AND h.tenant_id = NEW.tenant_id AND h.id = NEW.household_id
    ON CONFLICT (tenant_id, person_id) DO UPDATE SET household_id = excluded.household_id,
      area_id = excluded.area_id, coordinator_id = excluded.coordinator_id,
      last_name_key = excluded.last_name_key, first_name_key = excluded.first_name_key;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER household_member_search_changed AFTER UPDATE OR DELETE ON household_member
  FOR EACH ROW EXECUTE FUNCTION household_member_search_changed();--> statement-breakpoint
-- A person's new name (a correction, the erasure's name scrub).
CREATE OR REPLACE FUNCTION household_member_search_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE household_member_search s SET last_name_key = lower(NEW.last_name), first_name_key = lower(NEW.first_name)
   WHERE s.tenant_id = NEW.tenant_id AND s.person_id = NEW.id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER household_member_search_renamed AFTER UPDATE OF first_name, last_name ON person
  FOR EACH ROW WHEN (lower(OLD.first_name) IS DISTINCT FROM lower(NEW.first_name) OR lower(OLD.last_name) IS DISTINCT FROM lower(NEW.last_name))
  EXECUTE FUNCTION household_member_search_renamed();--> statement-breakpoint
-- A household's new area or coordinator: its members' rows follow.
CREATE OR REPLACE FUNCTION household_member_search_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE household_member_search s SET area_id = NEW.area_id, coordinator_id = NEW.coordinator_id
   WHERE s.tenant_id = NEW.tenant_id AND s.household_id = NEW.id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER household_member_search_moved AFTER UPDATE OF area_id, coordinator_id ON household
  FOR EACH ROW WHEN (OLD.area_id IS DISTINCT FROM NEW.area_id OR OLD.coordinator_id IS DISTINCT FROM NEW.coordinator_id)
  EXECUTE FUNCTION household_member_search_moved();
