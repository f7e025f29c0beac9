-- Benchmark data for the summary read model: one round of 10,000 participants (7,000 community, 3,000 frontline),
-- 5 published proposals, 50,000 votes (everyone on every proposal), 20,000 comments (a third by people who agreed
-- to be quoted, 2% hidden), 60,000 "me too", 2 statements per proposal with 4,000 answers each, and 6,000 people
-- checked in. Fixed ids, so running it twice changes nothing (the runner skips it when the round exists).
BEGIN;
SET CONSTRAINTS ALL DEFERRED;
INSERT INTO staff (id, email, name, role, password_hash)
VALUES ('00000000-0000-0000-0000-00000000be01', 'bench@roundtable.example', 'Bench', 'facilitator', 'x');
INSERT INTO rounds (id, title, purpose, participation_level, decision_rule, pay_amount_cents, pay_currency, pay_per,
                    response_due_days, status, created_by)
VALUES ('00000000-0000-0000-0000-00000000be02', 'Benchmark round', 'Measure the summary.', 'involve',
        'A majority saying do not build stops it.', 5000, 'USD', 'session', 30, 'open',
        '00000000-0000-0000-0000-00000000be01');
INSERT INTO proposals (id, round_id, title, language, readability, submitted_by, submitted_by_name, submitted_by_role)
SELECT md5('proposal' || n)::uuid, '00000000-0000-0000-0000-00000000be02', 'Tool ' || n, 'en', '{}',
       '00000000-0000-0000-0000-00000000be01', 'Bench', 'facilitator'
FROM generate_series(1, 5) n;
INSERT INTO proposal_versions (proposal_id, version, title, language, goals, people, data, responsibility, readability,
                               published_by, published_by_name)
SELECT md5('proposal' || n)::uuid, 1, 'Tool ' || n, 'en', 'g', 'p', 'd', 'r', '{}',
       '00000000-0000-0000-0000-00000000be01', 'Bench'
FROM generate_series(1, 5) n;
-- Codes: the number i written in the 27-letter code alphabet, nine letters long, so each is unique.
INSERT INTO invitations (id, code, round_id, participant_group, batch_id, created_by, participant_id, used_at)
SELECT md5('invitation' || i)::uuid,
       (SELECT string_agg(substr('23456789ACDEFGHJKMNPQRTVWXY', ((i / (27::bigint ^ k)::bigint) % 27)::int + 1, 1), ''
               ORDER BY k) FROM generate_series(0, 8) k),
       '00000000-0000-0000-0000-00000000be02', CASE WHEN i % 10 < 7 THEN 'community' ELSE 'frontline' END,
       '00000000-0000-0000-0000-00000000be03', '00000000-0000-0000-0000-00000000be01',
       md5('participant' || i)::uuid, now()
FROM generate_series(1, 10000) i;
INSERT INTO participants (id, round_id, invitation_id, participant_group, pseudonym, language, consent_take_part,
                          consent_quote, consented_at)
SELECT md5('participant' || i)::uuid, '00000000-0000-0000-0000-00000000be02', md5('invitation' || i)::uuid,
       CASE WHEN i % 10 < 7 THEN 'community' ELSE 'frontline' END, 'Person ' || i, 'en', true, i % 3 = 0, now()
FROM generate_series(1, 10000) i;
INSERT INTO votes (proposal_id, participant_id, choice)
SELECT md5('proposal' || n)::uuid, md5('participant' || i)::uuid,
       (ARRAY['go_ahead', 'go_ahead_with_changes', 'not_yet', 'do_not_build'])[1 + (i * 7 + n * 3) % 4]
FROM generate_series(1, 10000) i, generate_series(1, 5) n;
INSERT INTO comments (id, proposal_id, round_id, author_id, idempotency_key, topic, body, hidden_at, hidden_reason)
SELECT md5('comment' || c)::uuid, md5('proposal' || (1 + c % 5))::uuid, '00000000-0000-0000-0000-00000000be02',
       md5('participant' || (1 + c % 10000))::uuid, 'bench-' || c,
       (ARRAY['fairness', 'privacy', 'reliability', 'transparency', 'workload', 'other'])[1 + c % 6],
       'Benchmark comment number ' || c || ' about the tool and what it would change.',
       CASE WHEN c % 50 = 0 THEN now() END, CASE WHEN c % 50 = 0 THEN 'Off topic.' END
FROM generate_series(1, 20000) c;
-- "Me too": a few comments get many, most get none or one.
INSERT INTO comment_endorsements (comment_id, participant_id)
SELECT DISTINCT md5('comment' || (1 + (e::bigint * e) % 20000))::uuid, md5('participant' || (1 + e % 10000))::uuid
FROM generate_series(1, 60000) e;
INSERT INTO statements (id, proposal_id, text, created_by)
SELECT md5('statement' || n || '-' || s)::uuid, md5('proposal' || n)::uuid, 'Statement ' || s,
       '00000000-0000-0000-0000-00000000be01'
FROM generate_series(1, 5) n, generate_series(1, 2) s;
INSERT INTO statement_responses (statement_id, participant_id, answer)
SELECT md5('statement' || n || '-' || s)::uuid, md5('participant' || i)::uuid,
       (ARRAY['agree', 'disagree', 'unsure'])[1 + (i + s) % 3]
FROM generate_series(1, 5) n, generate_series(1, 2) s, generate_series(1, 4000) i;
INSERT INTO sessions (id, round_id, starts_at, ends_at, time_zone, place, capacity, created_by)
VALUES ('00000000-0000-0000-0000-00000000be04', '00000000-0000-0000-0000-00000000be02', now(), now() + interval '2 hours',
        'UTC', 'Hall', 10000, '00000000-0000-0000-0000-00000000be01');
INSERT INTO attendance (session_id, participant_id, how)
SELECT '00000000-0000-0000-0000-00000000be04', md5('participant' || i)::uuid, 'self' FROM generate_series(1, 6000) i;
COMMIT;
ANALYZE;
