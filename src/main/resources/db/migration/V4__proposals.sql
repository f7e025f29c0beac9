-- A proposal: the AI tool in plain words, in four parts. Staff edit one working draft; publishing copies
-- it into proposal_versions as the next numbered version, which never changes again.
CREATE TABLE proposals (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  round_id          uuid NOT NULL REFERENCES rounds (id),
  title             text NOT NULL,
  language          text NOT NULL CHECK (language IN ('en', 'es')),
  goals             text NOT NULL DEFAULT '',
  people            text NOT NULL DEFAULT '',
  data              text NOT NULL DEFAULT '',
  responsibility    text NOT NULL DEFAULT '',
  -- grades and hardest sentences of the text above, as the API shows them
  readability       jsonb NOT NULL,
  -- who submitted it, as they were then (a developer's submission through the API lands here as a draft)
  submitted_by      uuid NOT NULL REFERENCES staff (id),
  submitted_by_name text NOT NULL,
  submitted_by_role text NOT NULL,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX proposals_round ON proposals (round_id, created_at);

CREATE TABLE proposal_versions (
  proposal_id       uuid NOT NULL REFERENCES proposals (id),
  version           integer NOT NULL CHECK (version >= 1),
  title             text NOT NULL,
  language          text NOT NULL CHECK (language IN ('en', 'es')),
  goals             text NOT NULL,
  people            text NOT NULL,
  data              text NOT NULL,
  responsibility    text NOT NULL,
  readability       jsonb NOT NULL,
  published_at      timestamptz NOT NULL DEFAULT now(),
  published_by      uuid NOT NULL REFERENCES staff (id),
  published_by_name text NOT NULL,
  PRIMARY KEY (proposal_id, version)
);

-- What people read and voted on must stay exactly as it was published.
CREATE TRIGGER proposal_versions_immutable
  BEFORE UPDATE OR DELETE ON proposal_versions
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER proposal_versions_no_truncate
  BEFORE TRUNCATE ON proposal_versions
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
