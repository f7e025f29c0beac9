-- Participants: people who joined a round with an invitation code. Minimum data by design: a pseudonym, the
-- group their code was made for, a language, optional contact for payment, optional access needs, consents.
CREATE TABLE participants (
  id                uuid PRIMARY KEY,
  round_id          uuid NOT NULL REFERENCES rounds (id),
  invitation_id     uuid NOT NULL UNIQUE REFERENCES invitations (id),
  participant_group text NOT NULL CHECK (participant_group IN ('community', 'frontline')),
  pseudonym         text NOT NULL CHECK (char_length(pseudonym) BETWEEN 1 AND 40),
  language          text NOT NULL CHECK (language IN ('en', 'es')),
  -- only for paying them; erased when they withdraw
  contact           text CHECK (char_length(contact) <= 200),
  access_needs      text[] NOT NULL DEFAULT '{}'
                    CHECK (access_needs <@ ARRAY['interpreter', 'captions', 'step_free', 'childcare']),
  consent_take_part boolean NOT NULL DEFAULT false,
  consent_quote     boolean NOT NULL DEFAULT false,
  joined_at         timestamptz NOT NULL DEFAULT now(),
  consented_at      timestamptz,
  withdrawn_at      timestamptz,
  CHECK (consent_take_part = (consented_at IS NOT NULL)),
  -- a person who left keeps no contact details and is never quoted
  CHECK (withdrawn_at IS NULL OR (contact IS NULL AND NOT consent_quote))
);
CREATE INDEX participants_round ON participants (round_id);

-- Claiming a code sets invitations.participant_id before the participant row is written, in one transaction.
ALTER TABLE invitations ADD CONSTRAINT invitations_participant_fk
  FOREIGN KEY (participant_id) REFERENCES participants (id) DEFERRABLE INITIALLY DEFERRED;

-- A token belongs to exactly one staff member or one participant.
ALTER TABLE auth_tokens ADD COLUMN participant_id uuid REFERENCES participants (id);
ALTER TABLE auth_tokens ADD CONSTRAINT auth_tokens_one_owner CHECK (num_nonnulls(staff_id, participant_id) = 1);
CREATE INDEX auth_tokens_participant ON auth_tokens (participant_id);
