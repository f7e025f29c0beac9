-- Server processes keep some rarely changed records in memory (db/SharedCache). A change to one is announced
-- to every process on a channel, from inside the writing transaction, so no commit can go unannounced.
-- roundtable_changed(channel, column, ...): NOTIFY channel with each named column's value that is not null.
CREATE FUNCTION roundtable_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
  i int;
BEGIN
  FOR i IN 1 .. TG_NARGS - 1 LOOP
    IF changed ->> TG_ARGV[i] IS NOT NULL THEN
      PERFORM pg_notify(TG_ARGV[0], changed ->> TG_ARGV[i]);
    END IF;
  END LOOP;
  RETURN NULL;
END $$;

-- Who is behind a sign-in token: the person changed (consent, name, language, withdrawal) or the token went.
CREATE TRIGGER participants_changed AFTER UPDATE ON participants
  FOR EACH ROW EXECUTE FUNCTION roundtable_changed('roundtable_actor', 'id');
CREATE TRIGGER staff_changed AFTER UPDATE OR DELETE ON staff
  FOR EACH ROW EXECUTE FUNCTION roundtable_changed('roundtable_actor', 'id');
CREATE TRIGGER auth_tokens_changed AFTER UPDATE OR DELETE ON auth_tokens
  FOR EACH ROW EXECUTE FUNCTION roundtable_changed('roundtable_actor', 'participant_id', 'staff_id');
