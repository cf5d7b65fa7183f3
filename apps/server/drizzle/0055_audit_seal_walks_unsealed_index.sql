-- audit_seal finds the tenants with unsealed rows by walking audit_log_unsealed_idx (decision 0053).
-- Its `SELECT DISTINCT tenant_id … WHERE seq IS NULL` was planned from the table's statistics: where
-- they were taken while most rows were unsealed (a young log, a restore, autovacuum off or behind),
-- PostgreSQL expects most of the log to be unsealed and scans all of it — on the 1 M-household bench
-- 25 ms of CPU per seal, four times a second, charged to every write that appends. The smallest
-- tenant above the last one (`min` over the partial index, one index probe each) is planned the same
-- whatever the statistics say. Everything else is as in 0052: same locks, same order, same hashes.
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
  IF only_tenant IS NOT NULL THEN
    t := (SELECT a.tenant_id FROM audit_log a WHERE a.tenant_id = only_tenant AND a.seq IS NULL LIMIT 1);
  ELSE
    t := (SELECT min(a.tenant_id) FROM audit_log a WHERE a.seq IS NULL);
  END IF;
  WHILE t IS NOT NULL LOOP
    EXIT WHEN sealed >= max_rows;
    IF wait THEN
      PERFORM pg_advisory_xact_lock(hashtextextended('audit:' || t, 0));
    ELSIF NOT pg_try_advisory_xact_lock(hashtextextended('audit:' || t, 0)) THEN
      -- Another process is sealing this tenant: the next one.
      t := CASE WHEN only_tenant IS NULL THEN
        (SELECT min(a.tenant_id) FROM audit_log a WHERE a.seq IS NULL AND a.tenant_id > t) END;
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
    t := CASE WHEN only_tenant IS NULL THEN
      (SELECT min(a.tenant_id) FROM audit_log a WHERE a.seq IS NULL AND a.tenant_id > t) END;
  END LOOP;
  RETURN sealed;
END
$$;
