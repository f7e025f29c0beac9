-- A session: one meeting of a round, at a place and/or online. Start and end are instants; time_zone is the
-- named (IANA) zone the session is held in, in which it is shown, judged after hours, and put in calendar files.
CREATE TABLE sessions (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  round_id      uuid NOT NULL REFERENCES rounds (id),
  starts_at     timestamptz NOT NULL,
  ends_at       timestamptz NOT NULL,
  time_zone     text NOT NULL,
  place         text,
  online_url    text,
  accessibility text,
  capacity      integer NOT NULL CHECK (capacity BETWEEN 1 AND 10000),
  -- Counts edits, so a calendar app that imported an older copy of the file takes the new one (SEQUENCE).
  revision      integer NOT NULL DEFAULT 0,
  created_by    uuid NOT NULL REFERENCES staff (id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_at > starts_at),
  CHECK (place IS NOT NULL OR online_url IS NOT NULL)
);
CREATE INDEX sessions_round ON sessions (round_id, starts_at);
