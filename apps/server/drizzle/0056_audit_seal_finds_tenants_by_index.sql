-- The sequencer finds the tenants with unsealed rows through audit_log_unsealed_idx, one tenant at a
-- time in tenant order (decision 0054), instead of SELECT DISTINCT over every row with seq null.
-- Planned for any argument (plpgsql keeps a generic plan), that DISTINCT had to weigh `seq IS NULL`
-- by the table's statistics; on a log never analysed since seq became nullable (autovacuum off, as
-- on the bench) it read the whole log on every seal — a parallel seq scan of all audit rows 20 times
-- a second. `ORDER BY tenant_id LIMIT 1` over the partial index reads one index entry per tenant
-- whatever the statistics say. Everything else is unchanged (decision 0047): the lock, the chain
-- rule, the rows sealed per call and what is returned.
CREATE OR REPLACE FUNCTION audit_seal(only_tenant text, max_rows integer, wait boolean DEFAULT false)
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
  LOOP
    EXIT WHEN sealed >= max_rows;
    -- The next tenant (after t) that has an unsealed row: one probe of the partial index.
    IF only_tenant IS NOT NULL THEN
      EXIT WHEN t IS NOT NULL;
      SELECT a.tenant_id INTO t FROM audit_log a
       WHERE a.seq IS NULL AND a.tenant_id = only_tenant LIMIT 1;
    ELSIF t IS NULL THEN
      SELECT a.tenant_id INTO t FROM audit_log a
       WHERE a.seq IS NULL ORDER BY a.tenant_id LIMIT 1;
    ELSE
      SELECT a.tenant_id INTO t FROM audit_log a
       WHERE a.seq IS NULL AND a.tenant_id > t ORDER BY a.tenant_id LIMIT 1;
    END IF;
    EXIT WHEN NOT FOUND;
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
$$;
