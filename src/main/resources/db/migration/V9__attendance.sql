-- Who plans to come to a session (RSVPs, with a waiting list) and who came (attendance). Two tables on
-- purpose: a seat is a plan that people change; a check-in is a fact that payments are built on.

-- One row per person who said they will come or asked to wait. Cancelling deletes the row. Seats are
-- counted under a row lock on the session, so "going" never passes the session's capacity.
CREATE TABLE rsvps (
  session_id     uuid NOT NULL REFERENCES sessions (id),
  participant_id uuid NOT NULL REFERENCES participants (id),
  status         text NOT NULL CHECK (status IN ('going', 'waiting')),
  -- the order people asked in: the waiting list moves up in this order
  seq            bigint GENERATED ALWAYS AS IDENTITY,
  asked_at       timestamptz NOT NULL DEFAULT now(),
  -- set when a place came free and this person moved up from the waiting list
  moved_up_at    timestamptz,
  PRIMARY KEY (session_id, participant_id)
);
CREATE INDEX rsvps_session_queue ON rsvps (session_id, status, seq);
CREATE INDEX rsvps_participant ON rsvps (participant_id);

-- One row per person who came to a session. Checking in twice changes nothing (the primary key).
CREATE TABLE attendance (
  session_id     uuid NOT NULL REFERENCES sessions (id),
  participant_id uuid NOT NULL REFERENCES participants (id),
  checked_in_at  timestamptz NOT NULL DEFAULT now(),
  how            text NOT NULL CHECK (how IN ('staff', 'self')),
  -- the staff member who checked them in; null when they typed the session code themselves
  checked_in_by  uuid REFERENCES staff (id),
  CHECK ((how = 'staff') = (checked_in_by IS NOT NULL)),
  PRIMARY KEY (session_id, participant_id)
);
CREATE INDEX attendance_participant ON attendance (participant_id);

-- The short code shown on the projector so people can check themselves in. Made when staff first open
-- the session's check-in page; unique, so a typed code names one session.
CREATE TABLE session_codes (
  session_id uuid PRIMARY KEY REFERENCES sessions (id),
  code       text NOT NULL UNIQUE CHECK (code ~ '^[23456789ACDEFGHJKMNPQRTVWXY]{6}$'),
  created_at timestamptz NOT NULL DEFAULT now()
);
