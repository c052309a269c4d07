-- Each audit row carries a SHA-256 hash over its content and the hash of the row before it, so
-- a row changed afterwards — even by the database owner, who can lift the append-only rule —
-- no longer matches, and neither does anything after it (`npm run audit:verify` walks it).
-- The kit applies this after each migration run; it is idempotent.

-- The row's content, as one text: the same fields, in the same form, that the verifier reads.
CREATE OR REPLACE FUNCTION audit_log_hash(previous text, r audit_log) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(concat_ws(E'\x1f',
    coalesce(previous, ''), r.id::text,
    to_char(r.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    r.actor, r.request_id, r.operation, r.target_type, r.target_id,
    coalesce(r.before::text, 'null'), coalesce(r.after::text, 'null')), 'UTF8')), 'hex')
$$;

CREATE OR REPLACE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- One transaction at a time extends the chain (the lock is held until it ends): two
  -- concurrent inserts would otherwise both link to the same last row. The id is taken under
  -- the lock, so the chain's order is the order of the ids.
  PERFORM pg_advisory_xact_lock(hashtext('passerelle:audit_log_chain'));
  NEW.id := nextval(pg_get_serial_sequence('audit_log', 'id'));
  NEW.previous_hash := (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1);
  NEW.hash := audit_log_hash(NEW.previous_hash, NEW);
  RETURN NEW;
END;
$$;

CREATE OR REPLACE TRIGGER audit_log_chain
  BEFORE INSERT ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_chain();

-- Rows written before the chain existed are chained once, in id order (the owner lifts the
-- append-only rule for that, as only a migration may).
DO $$
DECLARE
  r audit_log;
  last_hash text;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM audit_log WHERE hash IS NULL) THEN RETURN; END IF;
  ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;
  FOR r IN SELECT * FROM audit_log ORDER BY id LOOP
    IF r.hash IS NULL THEN
      UPDATE audit_log SET previous_hash = last_hash, hash = audit_log_hash(last_hash, r) WHERE id = r.id
        RETURNING hash INTO last_hash;
    ELSE
      last_hash := r.hash;
    END IF;
  END LOOP;
  ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;
END;
$$;
