-- The sequencer reads only by key, whatever the statistics say (decision 0055). A database's first
-- ANALYZE runs right after the demo load, while every audit row is still unsealed; where autovacuum
-- is off (PGlite, CI) those statistics stay. PostgreSQL then believed every row unsealed and every
-- seal read the whole log twice: the tenants with unsealed rows by a sequential scan, and the rows
-- to update by a hash join over the tenant's log (111 ms for an empty seal of 116,000 rows, 4 times
-- a second). Without sequential scans, hash or merge joins its plans are the unsealed index and one
-- primary-key probe per sealed row (1.3 ms for the same empty seal).
ALTER FUNCTION audit_seal(text, integer, boolean)
  SET enable_seqscan = off SET enable_hashjoin = off SET enable_mergejoin = off;--> statement-breakpoint
-- The one update allowed (an unsealed row getting its place in the chain, nothing else changed) is
-- now told apart by the trigger's WHEN condition, evaluated without calling a function: the
-- PL/pgSQL check compared the whole row as JSON twice and cost half of every seal. Any other
-- update still reaches audit_log_is_append_only and fails; a test checks that the condition names
-- every column of the table (test/audit-sequencer.test.ts).
DROP TRIGGER "audit_log_no_update_or_delete" ON "audit_log";--> statement-breakpoint
CREATE TRIGGER "audit_log_no_delete" BEFORE DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();--> statement-breakpoint
CREATE TRIGGER "audit_log_only_sealing_update" BEFORE UPDATE ON "audit_log"
  FOR EACH ROW WHEN (NOT (
    OLD.seq IS NULL AND NEW.seq IS NOT NULL AND NEW.prev_hash IS NOT NULL AND NEW.hash IS NOT NULL
    AND NEW.head IS NULL AND NEW.tail IS NULL
    AND (NEW.tenant_id, NEW.id, NEW.occurred_at, NEW.actor_user_id, NEW.actor_role,
         NEW.actor_organisation_id, NEW.on_behalf_of, NEW.subject_type, NEW.subject_id,
         NEW.subject_ids, NEW.action, NEW.data_category, NEW.purpose, NEW.outcome, NEW.request_id,
         NEW.client_address, NEW.details)
      IS NOT DISTINCT FROM
        (OLD.tenant_id, OLD.id, OLD.occurred_at, OLD.actor_user_id, OLD.actor_role,
         OLD.actor_organisation_id, OLD.on_behalf_of, OLD.subject_type, OLD.subject_id,
         OLD.subject_ids, OLD.action, OLD.data_category, OLD.purpose, OLD.outcome, OLD.request_id,
         OLD.client_address, OLD.details)))
  EXECUTE FUNCTION audit_log_is_append_only();--> statement-breakpoint
DROP FUNCTION audit_log_is_sealed_only();
