-- Audit rows are inserted without a tenant-wide lock and chained later by one sequencer per tenant
-- (decision 0047, changing 0034). An unsealed row has an insertion number (id) but no seq,
-- prev_hash or hash; it keeps its canonical text around seq (head, tail) until audit_seal chains it
-- under the tenant's advisory lock with the unchanged rule hash = sha256(prev_hash || head || seq || tail).
-- Existing rows get ids in their physical order; they are all sealed already.
ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_tenant_id_seq_pk";--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "seq" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "prev_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "id" bigint NOT NULL GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1);--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "head" text;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "tail" text;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_tenant_id_id_pk" PRIMARY KEY("tenant_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "audit_log_chain_idx" ON "audit_log" USING btree ("tenant_id","seq");--> statement-breakpoint
CREATE INDEX "audit_log_unsealed_idx" ON "audit_log" USING btree ("tenant_id","id") WHERE "audit_log"."seq" is null;--> statement-breakpoint
-- A sealed row is never updated, a row never deleted; the one update allowed fills in an unsealed
-- row's place in the chain (seq, prev_hash, hash) and drops its head and tail — nothing else.
CREATE FUNCTION audit_log_is_sealed_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.seq IS NULL AND NEW.seq IS NOT NULL AND NEW.prev_hash IS NOT NULL
     AND NEW.hash IS NOT NULL AND NEW.head IS NULL AND NEW.tail IS NULL
     AND to_jsonb(NEW) - ARRAY['seq', 'prev_hash', 'hash', 'head', 'tail']
       = to_jsonb(OLD) - ARRAY['seq', 'prev_hash', 'hash', 'head', 'tail'] THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;--> statement-breakpoint
DROP TRIGGER "audit_log_no_update_or_delete" ON "audit_log";--> statement-breakpoint
CREATE TRIGGER "audit_log_no_update_or_delete" BEFORE UPDATE OR DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_sealed_only();--> statement-breakpoint
-- Appending no longer takes a lock or reads the chain: the rows are inserted unsealed, in the
-- batch's order, and are durable when the statement (or the caller's transaction) commits.
CREATE OR REPLACE FUNCTION audit_append(batch jsonb) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO audit_log (tenant_id, occurred_at, actor_user_id, actor_role, actor_organisation_id,
      on_behalf_of, subject_type, subject_id, subject_ids, action, data_category, purpose, outcome,
      request_id, client_address, details, head, tail)
    SELECT r.tenant_id, r.occurred_at, r.actor_user_id, r.actor_role, r.actor_organisation_id,
           r.on_behalf_of, r.subject_type, r.subject_id, r.subject_ids, r.action, r.data_category,
           r.purpose, r.outcome, r.request_id, r.client_address, r.details, r.head, r.tail
      FROM jsonb_array_elements(batch) WITH ORDINALITY AS x(e, n)
      CROSS JOIN LATERAL jsonb_to_record(x.e) AS r(tenant_id text, occurred_at timestamptz,
        actor_user_id text, actor_role text, actor_organisation_id text, on_behalf_of text,
        subject_type text, subject_id text, subject_ids text[], action text, data_category text,
        purpose text, outcome text, request_id text, client_address text, details jsonb,
        head text, tail text)
     ORDER BY x.n;
END
$$;--> statement-breakpoint
-- The sequencer: chains up to max_rows committed unsealed rows of one tenant (or of every tenant
-- that has some), oldest insertion first, under the tenant's advisory lock (the key appenders used
-- before, so an old appender and this never fork a chain). Without `wait` a tenant whose lock
-- another process holds is skipped: that process is sealing it. Returns how many rows it sealed.
-- Called on its own (autocommit), the lock is held for this statement and its commit only.
-- SECURITY DEFINER: the application role may seal, but has no UPDATE on audit_log itself.
CREATE FUNCTION audit_seal(only_tenant text, max_rows integer, wait boolean DEFAULT false)
RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  t text;
  last_seq bigint;
  prev text;
  r record;
  h text;
  ids bigint[];
  seqs bigint[];
  prevs text[];
  hashes text[];
  sealed integer := 0;
BEGIN
  FOR t IN
    SELECT DISTINCT a.tenant_id FROM audit_log a
     WHERE a.seq IS NULL AND (only_tenant IS NULL OR a.tenant_id = only_tenant) ORDER BY 1
  LOOP
    EXIT WHEN sealed >= max_rows;
    IF wait THEN
      PERFORM pg_advisory_xact_lock(hashtextextended('audit:' || t, 0));
    ELSIF NOT pg_try_advisory_xact_lock(hashtextextended('audit:' || t, 0)) THEN
      CONTINUE;
    END IF;
    -- A volatile function's statements each take a new snapshot: this sees the previous sealer's rows.
    SELECT a.seq, a.hash INTO last_seq, prev FROM audit_log a
     WHERE a.tenant_id = t AND a.seq IS NOT NULL ORDER BY a.seq DESC LIMIT 1;
    last_seq := coalesce(last_seq, 0);
    prev := coalesce(prev, repeat('0', 64));
    ids := '{}'; seqs := '{}'; prevs := '{}'; hashes := '{}';
    FOR r IN
      SELECT a.id, a.head, a.tail FROM audit_log a
       WHERE a.tenant_id = t AND a.seq IS NULL ORDER BY a.id LIMIT max_rows - sealed
    LOOP
      last_seq := last_seq + 1;
      h := encode(sha256(convert_to(prev || r.head || last_seq::text || r.tail, 'UTF8')), 'hex');
      ids := ids || r.id; seqs := seqs || last_seq; prevs := prevs || prev; hashes := hashes || h;
      prev := h;
    END LOOP;
    UPDATE audit_log a SET seq = c.seq, prev_hash = c.prev, hash = c.hash, head = NULL, tail = NULL
      FROM unnest(ids, seqs, prevs, hashes) AS c(id, seq, prev, hash)
     WHERE a.tenant_id = t AND a.id = c.id;
    sealed := sealed + cardinality(ids);
  END LOOP;
  RETURN sealed;
END
$$;--> statement-breakpoint
REVOKE ALL ON FUNCTION audit_seal(text, integer, boolean) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION audit_seal(text, integer, boolean) TO eenplan_app;
