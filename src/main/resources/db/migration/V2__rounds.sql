-- A round: one deliberation about one or more proposals.
CREATE TABLE rounds (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  title               text NOT NULL,
  purpose             text NOT NULL,
  participation_level text NOT NULL CHECK (participation_level IN ('inform', 'consult', 'involve', 'collaborate', 'empower')),
  decision_rule       text NOT NULL,
  pay_amount_cents    integer NOT NULL CHECK (pay_amount_cents >= 0),
  pay_currency        char(3) NOT NULL,
  pay_per             text NOT NULL CHECK (pay_per IN ('session', 'hour')),
  response_due_days   integer NOT NULL CHECK (response_due_days BETWEEN 1 AND 365),
  status              text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed', 'reported')),
  created_by          uuid NOT NULL REFERENCES staff (id),
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX rounds_created ON rounds (created_at DESC);
