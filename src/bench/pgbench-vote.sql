-- The server's vote upsert (voting/VotingStore.VOTE), straight to PostgreSQL: pgbench -D round=… -D p1=… … -D p5=…
\set n random(1, 10000)
\set k random(1, 5)
\set c random(1, 4)
WITH open AS (SELECT 1 FROM rounds WHERE id = :round::uuid AND status = 'open'),
person AS (SELECT 1 FROM participants
           WHERE id = ('00000000-0000-4000-9000-' || lpad(to_hex(:n::int), 12, '0'))::uuid
             AND round_id = :round::uuid AND withdrawn_at IS NULL AND consent_take_part),
saved AS (
  INSERT INTO votes (proposal_id, participant_id, choice)
  SELECT (ARRAY[:p1, :p2, :p3, :p4, :p5]::uuid[])[:k],
         ('00000000-0000-4000-9000-' || lpad(to_hex(:n::int), 12, '0'))::uuid,
         (ARRAY['go_ahead', 'go_ahead_with_changes', 'not_yet', 'do_not_build'])[:c]
  FROM open, person
  ON CONFLICT (proposal_id, participant_id) DO UPDATE SET choice = EXCLUDED.choice, changed_at = now()
  WHERE votes.choice <> EXCLUDED.choice RETURNING 1)
SELECT EXISTS (SELECT 1 FROM saved), EXISTS (SELECT 1 FROM open), EXISTS (SELECT 1 FROM person);
