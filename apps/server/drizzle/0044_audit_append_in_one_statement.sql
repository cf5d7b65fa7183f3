-- Appends a batch of audit rows to their tenants' hash chains in one statement (decision 0034).
-- The application builds each row and its canonical text around the sequence number (head, tail)
-- before it asks; here, under the tenant's advisory lock, only the tail of the chain is read, each
-- row's seq and hash = sha256(prev_hash || head || seq || tail) filled in, and all rows inserted.
-- Called on its own (autocommit), the lock is held for this statement and its commit only: never
-- while a server process's event loop is busy elsewhere.
CREATE OR REPLACE FUNCTION audit_append(batch jsonb) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  t text;
  last_seq bigint;
  prev text;
  e jsonb;
  n bigint;
  h text;
  ns bigint[];
  seqs bigint[];
  prevs text[];
  hashes text[];
BEGIN
  FOR t IN SELECT DISTINCT x->>'tenant_id' FROM jsonb_array_elements(batch) AS x ORDER BY 1 LOOP
    -- The same lock key as before this function, so old and new appenders never fork a chain.
    PERFORM pg_advisory_xact_lock(hashtextextended('audit:' || t, 0));
    -- A volatile function's statements each take a new snapshot: this sees the previous holder's rows.
    SELECT a.seq, a.hash INTO last_seq, prev FROM audit_log a WHERE a.tenant_id = t ORDER BY a.seq DESC LIMIT 1;
    last_seq := coalesce(last_seq, 0);
    prev := coalesce(prev, repeat('0', 64));
    ns := '{}'; seqs := '{}'; prevs := '{}'; hashes := '{}';
    FOR e, n IN
      SELECT x.e, x.n FROM jsonb_array_elements(batch) WITH ORDINALITY AS x(e, n)
       WHERE x.e->>'tenant_id' = t ORDER BY x.n
    LOOP
      last_seq := last_seq + 1;
      h := encode(sha256(convert_to(prev || (e->>'head') || last_seq::text || (e->>'tail'), 'UTF8')), 'hex');
      ns := ns || n; seqs := seqs || last_seq; prevs := prevs || prev; hashes := hashes || h;
      prev := h;
    END LOOP;
    INSERT INTO audit_log (tenant_id, seq, occurred_at, actor_user_id, actor_role, actor_organisation_id,
        on_behalf_of, subject_type, subject_id, subject_ids, action, data_category, purpose, outcome,
        request_id, client_address, details, prev_hash, hash)
      SELECT r.tenant_id, c.seq, r.occurred_at, r.actor_user_id, r.actor_role, r.actor_organisation_id,
             r.on_behalf_of, r.subject_type, r.subject_id, r.subject_ids, r.action, r.data_category, r.purpose,
             r.outcome, r.request_id, r.client_address, r.details, c.prev, c.hash
        FROM unnest(ns, seqs, prevs, hashes) AS c(n, seq, prev, hash)
        JOIN jsonb_array_elements(batch) WITH ORDINALITY AS x(e, n) ON x.n = c.n
        CROSS JOIN LATERAL jsonb_to_record(x.e) AS r(tenant_id text, occurred_at timestamptz,
          actor_user_id text, actor_role text, actor_organisation_id text, on_behalf_of text,
          subject_type text, subject_id text, subject_ids text[], action text, data_category text,
          purpose text, outcome text, request_id text, client_address text, details jsonb)
       ORDER BY c.seq;
  END LOOP;
END
$$;
