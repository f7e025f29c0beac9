-- Ballots: one vote per participant and proposal, changed in place until the round closes.
CREATE TABLE votes (
  proposal_id    uuid NOT NULL REFERENCES proposals (id),
  participant_id uuid NOT NULL REFERENCES participants (id),
  choice         text NOT NULL CHECK (choice IN ('go_ahead', 'go_ahead_with_changes', 'not_yet', 'do_not_build')),
  voted_at       timestamptz NOT NULL DEFAULT now(),
  changed_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (proposal_id, participant_id)
);
CREATE INDEX votes_participant ON votes (participant_id);

-- Statements staff write for a proposal; participants answer agree / disagree / unsure.
CREATE TABLE statements (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  proposal_id uuid NOT NULL REFERENCES proposals (id),
  text        text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 500),
  created_by  uuid NOT NULL REFERENCES staff (id),
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX statements_proposal ON statements (proposal_id, created_at);

CREATE TABLE statement_responses (
  statement_id   uuid NOT NULL REFERENCES statements (id),
  participant_id uuid NOT NULL REFERENCES participants (id),
  answer         text NOT NULL CHECK (answer IN ('agree', 'disagree', 'unsure')),
  answered_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (statement_id, participant_id)
);
CREATE INDEX statement_responses_participant ON statement_responses (participant_id);

-- By default a participant sees how others voted only after voting; a round may show it before.
ALTER TABLE rounds ADD COLUMN show_tally_before_voting boolean NOT NULL DEFAULT false;
