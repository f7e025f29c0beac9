-- Comments on published proposals, one level of replies, "me too" endorsements, flags for staff, and
-- moderation that hides with a reason. Nothing here is ever deleted: a withdrawn person's comments stay and
-- are shown as "withdrawn participant" (participants.withdrawn_at), and are never quoted (a summary joins
-- author_id to participants and quotes only consent_quote AND withdrawn_at IS NULL).
CREATE TABLE comments (
  id              uuid PRIMARY KEY,
  proposal_id     uuid NOT NULL REFERENCES proposals (id),
  round_id        uuid NOT NULL REFERENCES rounds (id),
  author_id       uuid NOT NULL REFERENCES participants (id),
  -- the API's Idempotency-Key, or the one-time token of the form: a retry finds the comment it already made
  idempotency_key text NOT NULL CHECK (char_length(idempotency_key) BETWEEN 1 AND 200),
  parent_id       uuid,
  topic           text NOT NULL
                  CHECK (topic IN ('fairness', 'privacy', 'reliability', 'transparency', 'workload', 'other')),
  body            text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 2000),
  created_at      timestamptz NOT NULL DEFAULT now(),
  hidden_at       timestamptz,
  hidden_reason   text CHECK (char_length(hidden_reason) BETWEEN 1 AND 500),
  -- the last hide or unhide: flags raised before it have been looked at
  moderated_at    timestamptz,
  CONSTRAINT comments_one_key_per_author UNIQUE (author_id, idempotency_key),
  CONSTRAINT comments_id_proposal UNIQUE (id, proposal_id),
  -- a reply belongs to the same proposal as the comment it answers
  CONSTRAINT comments_parent_same_proposal FOREIGN KEY (parent_id, proposal_id) REFERENCES comments (id, proposal_id),
  CHECK ((hidden_at IS NULL) = (hidden_reason IS NULL))
);
CREATE INDEX comments_proposal ON comments (proposal_id, created_at);
CREATE INDEX comments_round_newest ON comments (round_id, created_at DESC);

-- Replies go one level deep: the parent must itself be a top-level comment.
CREATE FUNCTION comments_one_level() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.parent_id IS NOT NULL
     AND EXISTS (SELECT 1 FROM comments WHERE id = NEW.parent_id AND parent_id IS NOT NULL) THEN
    RAISE EXCEPTION 'comments: a reply cannot have replies' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER comments_one_level BEFORE INSERT ON comments FOR EACH ROW EXECUTE FUNCTION comments_one_level();

-- What a person said stays as they said it: only the moderation columns may change, and nothing is deleted.
CREATE FUNCTION comments_keep_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW.id, NEW.proposal_id, NEW.round_id, NEW.author_id, NEW.idempotency_key, NEW.parent_id, NEW.topic,
      NEW.body, NEW.created_at)
     IS DISTINCT FROM (OLD.id, OLD.proposal_id, OLD.round_id, OLD.author_id, OLD.idempotency_key, OLD.parent_id,
      OLD.topic, OLD.body, OLD.created_at) THEN
    RAISE EXCEPTION 'comments: what was said cannot be changed' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER comments_keep_words BEFORE UPDATE ON comments FOR EACH ROW EXECUTE FUNCTION comments_keep_words();
CREATE TRIGGER comments_never_deleted BEFORE DELETE ON comments FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER comments_no_truncate BEFORE TRUNCATE ON comments FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

-- "Me too": once per person per comment.
CREATE TABLE comment_endorsements (
  comment_id     uuid NOT NULL REFERENCES comments (id),
  participant_id uuid NOT NULL REFERENCES participants (id),
  created_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (comment_id, participant_id)
);
CREATE INDEX comment_endorsements_participant ON comment_endorsements (participant_id);

-- "Tell staff about this comment": once per person per comment, with an optional reason.
CREATE TABLE comment_flags (
  comment_id     uuid NOT NULL REFERENCES comments (id),
  participant_id uuid NOT NULL REFERENCES participants (id),
  reason         text CHECK (char_length(reason) BETWEEN 1 AND 500),
  created_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (comment_id, participant_id)
);
