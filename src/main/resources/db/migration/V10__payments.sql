-- Payments: an append-only ledger of what each person is owed and was paid, the tax-form threshold per
-- calendar year, and whether a person's tax form came in. Money is integer cents with a currency code.

-- One row per fact, never changed or removed: a mistake is put right by a 'void' row that reverses one
-- earlier row (at most once: voids is unique). A person's balance is the sum of the rows nobody voided.
CREATE TABLE payment_entries (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  seq             bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  participant_id  uuid NOT NULL REFERENCES participants (id),
  round_id        uuid NOT NULL REFERENCES rounds (id),
  -- the session the money is for; null for a payment against the round as a whole
  session_id      uuid REFERENCES sessions (id),
  kind            text NOT NULL CHECK (kind IN ('owed', 'paid', 'declined', 'void')),
  method          text CHECK (method IN ('cash', 'gift_card', 'check', 'prepaid_card', 'bank_transfer', 'declined')),
  -- owed and paid: the amount; declined: what the person gave up (no money moves); void: the voided row's amount
  amount_cents    bigint NOT NULL CHECK (amount_cents >= 0),
  currency        char(3) NOT NULL,
  -- gift card last digits, check number: seen only by admins and facilitators
  reference       text CHECK (char_length(reference) <= 100),
  voids           uuid UNIQUE REFERENCES payment_entries (id),
  reason          text CHECK (char_length(reason) <= 500),
  -- a retry of the same request finds its row instead of writing a second one
  idempotency_key text NOT NULL UNIQUE,
  -- the staff member who wrote it; null for what a self check-in made owed
  recorded_by     uuid REFERENCES staff (id),
  recorded_at     timestamptz NOT NULL DEFAULT now(),
  CHECK (kind <> 'owed' OR (amount_cents > 0 AND method IS NULL AND voids IS NULL AND session_id IS NOT NULL)),
  CHECK (kind <> 'paid' OR (amount_cents > 0 AND method IS NOT NULL AND method <> 'declined' AND voids IS NULL)),
  CHECK (kind <> 'declined' OR (method = 'declined' AND voids IS NULL)),
  CHECK (kind <> 'void' OR (voids IS NOT NULL AND reason IS NOT NULL AND method IS NULL))
);
CREATE INDEX payment_entries_participant ON payment_entries (participant_id, seq);
CREATE INDEX payment_entries_round ON payment_entries (round_id, seq);
CREATE INDEX payment_entries_session ON payment_entries (session_id, seq);
CREATE INDEX payment_entries_recorded_at ON payment_entries (recorded_at);

-- Append-only, enforced by the database itself (refuse_change() is the audit log's, from V1).
CREATE TRIGGER payment_entries_append_only
  BEFORE UPDATE OR DELETE ON payment_entries
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER payment_entries_no_truncate
  BEFORE TRUNCATE ON payment_entries
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

-- The amount paid in a calendar year from which a person needs a tax form, set by an admin. A year
-- without a row uses the default (USD 2,000 from 2026 on, USD 600 before), kept in TaxThreshold.
CREATE TABLE tax_thresholds (
  year         integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
  amount_cents bigint NOT NULL CHECK (amount_cents > 0),
  currency     char(3) NOT NULL DEFAULT 'USD',
  set_by       uuid NOT NULL REFERENCES staff (id),
  set_at       timestamptz NOT NULL DEFAULT now()
);

-- Only whether a person's tax form for a year came in, when and who noted it. Never a tax number.
CREATE TABLE tax_forms (
  participant_id uuid NOT NULL REFERENCES participants (id),
  year           integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  received       boolean NOT NULL,
  recorded_by    uuid NOT NULL REFERENCES staff (id),
  recorded_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (participant_id, year)
);
