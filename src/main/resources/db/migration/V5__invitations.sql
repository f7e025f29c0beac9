-- Invitation codes: each lets one person join one round as a community member or a frontline worker.
-- Codes are made in batches so a printable sheet can show one batch at a time.
CREATE TABLE invitations (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Canonical form (no dashes). It is a secret: other tables refer to the invitation by id, never by code.
  code              text NOT NULL UNIQUE CHECK (code ~ '^[23456789ACDEFGHJKMNPQRTVWXY]{9}$'),
  round_id          uuid NOT NULL REFERENCES rounds (id),
  participant_group text NOT NULL CHECK (participant_group IN ('community', 'frontline')),
  batch_id          uuid NOT NULL,
  created_by        uuid NOT NULL REFERENCES staff (id),
  created_at        timestamptz NOT NULL DEFAULT now(),
  -- Set once, by the person who joins with the code: claim with
  -- UPDATE ... SET participant_id = $p, used_at = now() WHERE code = $c AND participant_id IS NULL.
  -- No foreign key yet: the participants table comes with joining, which adds it.
  participant_id    uuid UNIQUE,
  used_at           timestamptz,
  CHECK ((participant_id IS NULL) = (used_at IS NULL))
);
CREATE INDEX invitations_round ON invitations (round_id, participant_group);
CREATE INDEX invitations_batch ON invitations (batch_id);
