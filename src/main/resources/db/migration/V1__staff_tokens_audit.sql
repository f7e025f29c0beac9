-- Staff accounts, sign-in tokens (cookie sessions and API bearer tokens), sign-in throttling, audit log.

CREATE TABLE staff (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email         text NOT NULL,
  name          text NOT NULL,
  role          text NOT NULL CHECK (role IN ('admin', 'facilitator', 'developer')),
  password_hash text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX staff_email_unique ON staff (lower(email));

-- Only a SHA-256 of each token is kept, so a copy of this table signs nobody in.
CREATE TABLE auth_tokens (
  token_hash  bytea PRIMARY KEY,
  staff_id    uuid REFERENCES staff (id),
  kind        text NOT NULL CHECK (kind IN ('session', 'bearer')),
  created_at  timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL
);
CREATE INDEX auth_tokens_staff ON auth_tokens (staff_id);

CREATE TABLE sign_in_failures (
  key           text PRIMARY KEY,
  failures      integer NOT NULL,
  last_failed   timestamptz NOT NULL,
  blocked_until timestamptz
);

CREATE TABLE audit_log (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at           timestamptz NOT NULL DEFAULT now(),
  actor_id     text NOT NULL,
  actor_role   text NOT NULL,
  actor_name   text NOT NULL,
  action       text NOT NULL,
  record_type  text NOT NULL,
  record_id    text,
  details      jsonb
);

-- Append-only: the database itself refuses to change or remove history.
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_log_append_only
  BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER audit_log_no_truncate
  BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
