-- 10,000 participants of the bench round who agreed to take part, each with a bearer token 'bench-<n>'.
-- psql -v round=<uuid> -v admin=<uuid>
\set ON_ERROR_STOP on
BEGIN;
WITH n AS (SELECT g FROM generate_series(1, 10000) g)
INSERT INTO invitations (id, code, round_id, participant_group, batch_id, created_by, participant_id, used_at)
SELECT ('00000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid,
       (SELECT string_agg(substr('23456789ACDEFGHJKMNPQRTVWXY', ((g + 1000000) / (27 ^ i)::bigint % 27)::int + 1, 1), '')
          FROM generate_series(0, 8) i),
       :'round', 'community', '00000000-0000-4000-8000-000000000000', :'admin',
       ('00000000-0000-4000-9000-' || lpad(to_hex(g), 12, '0'))::uuid, now()
FROM n;
INSERT INTO participants (id, round_id, invitation_id, participant_group, pseudonym, language,
                          consent_take_part, consented_at)
SELECT ('00000000-0000-4000-9000-' || lpad(to_hex(g), 12, '0'))::uuid, :'round',
       ('00000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid, 'community', 'Bench ' || g, 'en', true, now()
FROM generate_series(1, 10000) g;
INSERT INTO auth_tokens (token_hash, participant_id, kind, expires_at)
SELECT sha256(convert_to('bench-' || g, 'UTF8')), ('00000000-0000-4000-9000-' || lpad(to_hex(g), 12, '0'))::uuid,
       'bearer', now() + interval '30 days'
FROM generate_series(1, 10000) g;
INSERT INTO auth_tokens (token_hash, participant_id, kind, expires_at)
SELECT sha256(convert_to('bench-session-' || g, 'UTF8')), ('00000000-0000-4000-9000-' || lpad(to_hex(g), 12, '0'))::uuid,
       'session', now() + interval '30 days'
FROM generate_series(1, 10000) g;
COMMIT;
ANALYZE;
