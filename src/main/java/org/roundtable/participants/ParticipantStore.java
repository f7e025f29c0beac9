package org.roundtable.participants;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.roundtable.accounts.InvitationStore;
import org.roundtable.accounts.ParticipantGroup;
import org.roundtable.db.Ids;

/**
 * The participants table. Every read and change here is of people who have not withdrawn, except
 * {@link #publicNames}, which must also say who has gone (without their name).
 */
public final class ParticipantStore {
  private static final String COLUMNS = "id::text, round_id::text, participant_group, pseudonym, language, contact, "
      + "access_needs, consent_take_part, consent_quote, joined_at, consented_at";
  private static final String ACTIVE = " AND withdrawn_at IS NULL";

  private final Pool pool;

  public ParticipantStore(Pool pool) {
    this.pool = pool;
  }

  Future<Participant> create(SqlClient tx, UUID id, InvitationStore.Claim claim, String pseudonym, String language) {
    return tx.preparedQuery("INSERT INTO participants (id, round_id, invitation_id, participant_group, pseudonym, "
            + "language) VALUES ($1, $2::uuid, $3::uuid, $4, $5, $6) RETURNING " + COLUMNS)
        .execute(Tuple.of(id, claim.roundId(), claim.invitationId(), claim.group().wire(), pseudonym, language))
        .map(rows -> participant(rows.iterator().next()));
  }

  /** Empty for an unknown or malformed id, or a person who has withdrawn. */
  public Future<Optional<Participant>> find(String id) {
    return find(pool, id);
  }

  Future<Optional<Participant>> find(SqlClient client, String id) {
    if (Ids.parse(id).isEmpty()) {
      return Future.succeededFuture(Optional.empty());
    }
    return client.preparedQuery("SELECT " + COLUMNS + " FROM participants WHERE id = $1::uuid" + ACTIVE)
        .execute(Tuple.of(id)).map(ParticipantStore::first);
  }

  /** The people of these ids who are still taking part, in no particular order. */
  public Future<List<Participant>> findAll(List<String> ids) {
    List<String> valid = ids.stream().filter(id -> Ids.parse(id).isPresent()).toList();
    if (valid.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    return pool.preparedQuery("SELECT " + COLUMNS + " FROM participants WHERE id = ANY($1::text[]::uuid[])" + ACTIVE)
        .execute(Tuple.of(valid.toArray(String[]::new))).map(ParticipantStore::all);
  }

  /** People of a round whose pseudonym contains {@code text}, ignoring case (no wildcards: typed text is literal). */
  public Future<List<Participant>> search(String roundId, String text, int limit) {
    return pool.preparedQuery("SELECT " + COLUMNS + " FROM participants WHERE round_id = $1::uuid"
            + " AND strpos(lower(pseudonym), lower($2)) > 0" + ACTIVE + " ORDER BY lower(pseudonym), id LIMIT $3")
        .execute(Tuple.of(roundId, text, limit)).map(ParticipantStore::all);
  }

  /**
   * The public names of many people at once (withdrawn ones included, without their pseudonym), for features
   * that show who said what. Unknown or malformed ids are left out of the answer.
   */
  public Future<Map<String, PublicName>> publicNames(Collection<String> ids) {
    UUID[] known = ids.stream().distinct().map(Ids::parse).flatMap(Optional::stream).toArray(UUID[]::new);
    if (known.length == 0) {
      return Future.succeededFuture(Map.of());
    }
    return pool.preparedQuery("SELECT id::text, pseudonym, withdrawn_at IS NOT NULL FROM participants "
            + "WHERE id = ANY($1::uuid[])")
        .execute(Tuple.tuple().addArrayOfUUID(known))
        .map(rows -> {
          Map<String, PublicName> names = new HashMap<>();
          rows.forEach(row -> names.put(row.getString(0),
              row.getBoolean(2) ? PublicName.WITHDRAWN : new PublicName(row.getString(1), false)));
          return names;
        });
  }

  /** Taking part is agreed once (and stays agreed until they withdraw); being quoted may change any time. */
  Future<Optional<Participant>> consent(String id, boolean quote) {
    return pool.preparedQuery("UPDATE participants SET consent_take_part = true, consent_quote = $2, "
            + "consented_at = coalesce(consented_at, now()) WHERE id = $1::uuid" + ACTIVE + " RETURNING " + COLUMNS)
        .execute(Tuple.of(id, quote)).map(ParticipantStore::first);
  }

  Future<Optional<Participant>> updateProfile(String id, Profile profile) {
    return pool.preparedQuery("UPDATE participants SET pseudonym = $2, language = $3, contact = $4, "
            + "access_needs = $5::text[] WHERE id = $1::uuid" + ACTIVE + " RETURNING " + COLUMNS)
        .execute(Tuple.of(id, profile.pseudonym(), profile.language(), profile.contact(),
            profile.accessNeeds().toArray(String[]::new)))
        .map(ParticipantStore::first);
  }

  /** Marks them withdrawn and erases what could reach them; false if they had already gone. */
  Future<Boolean> withdraw(SqlClient tx, String id) {
    return tx.preparedQuery("UPDATE participants SET withdrawn_at = now(), contact = NULL, consent_quote = false "
            + "WHERE id = $1::uuid" + ACTIVE)
        .execute(Tuple.of(id)).map(rows -> rows.rowCount() == 1);
  }

  private static List<Participant> all(RowSet<Row> rows) {
    List<Participant> found = new ArrayList<>();
    rows.forEach(row -> found.add(participant(row)));
    return found;
  }

  private static Optional<Participant> first(RowSet<Row> rows) {
    return rows.size() == 0 ? Optional.empty() : Optional.of(participant(rows.iterator().next()));
  }

  private static Participant participant(Row row) {
    String[] needs = row.getArrayOfStrings(6);
    return new Participant(row.getString(0), row.getString(1), ParticipantGroup.fromWire(row.getString(2)),
        row.getString(3), row.getString(4), row.getString(5), needs == null ? List.of() : Arrays.asList(needs),
        row.getBoolean(7), row.getBoolean(8), row.getOffsetDateTime(9), row.getOffsetDateTime(10));
  }
}
