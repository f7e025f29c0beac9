-- Summaries: findings staff write from a round's figures, the developers' answers, the published numbered
-- versions (immutable snapshots), and webhook deliveries of each version through an outbox.

-- A short plain statement tied to a proposal. first_published_at is set by the first publish that contains it:
-- the developers' answer is due the round's response_due_days after it.
CREATE TABLE findings (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  round_id           uuid NOT NULL REFERENCES rounds (id),
  proposal_id        uuid NOT NULL REFERENCES proposals (id),
  text               text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 1000),
  created_by         uuid NOT NULL REFERENCES staff (id),
  created_at         timestamptz NOT NULL DEFAULT now(),
  first_published_at timestamptz
);
CREATE INDEX findings_round ON findings (round_id, created_at);

-- The comments that support a finding (shown to developers by topic; the words only when quotable).
CREATE TABLE finding_evidence (
  finding_id uuid NOT NULL REFERENCES findings (id),
  comment_id uuid NOT NULL REFERENCES comments (id),
  PRIMARY KEY (finding_id, comment_id)
);

-- Developers' answers: numbered per finding, never overwritten (a new answer is the next version).
CREATE TABLE finding_responses (
  finding_id        uuid NOT NULL REFERENCES findings (id),
  version           integer NOT NULL CHECK (version >= 1),
  decision          text NOT NULL CHECK (decision IN ('will_change', 'will_not_change', 'need_more_information')),
  explanation       text NOT NULL CHECK (char_length(explanation) BETWEEN 1 AND 4000),
  answered_by       uuid NOT NULL REFERENCES staff (id),
  answered_by_name  text NOT NULL,
  answered_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (finding_id, version)
);
CREATE TRIGGER finding_responses_append_only BEFORE UPDATE OR DELETE ON finding_responses
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- Published versions: the rendered JSON exactly as published (text, so the bytes signed for webhooks and served
-- later are the same). Never changed: later findings or answers make the next version.
CREATE TABLE summary_versions (
  round_id     uuid NOT NULL REFERENCES rounds (id),
  version      integer NOT NULL CHECK (version >= 1),
  body         text NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now(),
  published_by uuid NOT NULL REFERENCES staff (id),
  PRIMARY KEY (round_id, version)
);
CREATE TRIGGER summary_versions_immutable BEFORE UPDATE OR DELETE ON summary_versions
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER summary_versions_no_truncate BEFORE TRUNCATE ON summary_versions
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

-- Where published versions are sent. The secret signs the body, so the server must be able to read it; the API and
-- pages never show it back.
CREATE TABLE webhooks (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  url        text NOT NULL CHECK (char_length(url) BETWEEN 1 AND 2000),
  secret     text NOT NULL CHECK (char_length(secret) BETWEEN 16 AND 200),
  created_by uuid NOT NULL REFERENCES staff (id),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The outbox: one row per (webhook, version), written in the publish transaction. A worker claims due rows with
-- FOR UPDATE SKIP LOCKED and a lease (lease_until), so two servers never send the same delivery at once, and a
-- delivery whose sender died is picked up again when the lease runs out.
CREATE TABLE webhook_deliveries (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  webhook_id      uuid NOT NULL REFERENCES webhooks (id),
  round_id        uuid NOT NULL,
  version         integer NOT NULL,
  attempts        integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  lease_until     timestamptz,
  delivered_at    timestamptz,
  last_status     integer,
  last_error      text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (round_id, version) REFERENCES summary_versions (round_id, version),
  UNIQUE (webhook_id, round_id, version)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE delivered_at IS NULL;

-- What each participant has seen of the developers' answers, for the notice on their home page.
CREATE TABLE answers_seen (
  participant_id uuid PRIMARY KEY REFERENCES participants (id),
  seen_at        timestamptz NOT NULL
);

-- A round may show its outcome (findings and answers, no personal data) to anyone holding an unguessable link.
-- The setting belongs to the round; the link to summaries, made the first time staff look for it.
ALTER TABLE rounds ADD COLUMN public_outcome boolean NOT NULL DEFAULT false;
CREATE TABLE outcome_links (
  round_id uuid PRIMARY KEY REFERENCES rounds (id),
  key      text NOT NULL UNIQUE CHECK (key ~ '^[0-9a-f]{64}$')
);
