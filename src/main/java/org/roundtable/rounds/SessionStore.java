package org.roundtable.rounds;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.roundtable.db.Ids;

/**
 * The sessions table. Writes go through only while the round is draft or open, checked in the same statement,
 * so a session can never be added to or changed in a round that was closed a moment before.
 */
public final class SessionStore {
  private static final String COLUMNS = "s.id::text, s.round_id::text, s.starts_at, s.ends_at, s.time_zone, s.place, "
      + "s.online_url, s.accessibility, s.capacity, s.revision, s.updated_at";
  private static final String EDITABLE = "r.status IN ('draft', 'open')";

  private final Pool pool;

  public SessionStore(Pool pool) {
    this.pool = pool;
  }

  /** Empty when the round is not (or no longer) draft or open. */
  public Future<Optional<Session>> create(SqlClient client, String roundId, SessionDraft draft, String staffId) {
    return client.preparedQuery("INSERT INTO sessions AS s (round_id, starts_at, ends_at, time_zone, place, online_url, "
            + "accessibility, capacity, created_by) SELECT r.id, $2, $3, $4, $5, $6, $7, $8, $9::uuid FROM rounds r "
            + "WHERE r.id = $1::uuid AND " + EDITABLE + " RETURNING " + COLUMNS)
        .execute(Tuple.from(new Object[] {roundId, utc(draft.startsAt()), utc(draft.endsAt()),
            draft.timeZone().getId(), draft.place(), draft.onlineUrl(), draft.accessibility(), draft.capacity(),
            staffId}))
        .map(SessionStore::first);
  }

  /** Empty when the session's round is no longer draft or open. Each change counts up the revision. */
  public Future<Optional<Session>> update(SqlClient client, String id, SessionDraft draft) {
    return client.preparedQuery("UPDATE sessions s SET starts_at = $2, ends_at = $3, time_zone = $4, place = $5, "
            + "online_url = $6, accessibility = $7, capacity = $8, revision = s.revision + 1, updated_at = now() "
            + "FROM rounds r WHERE s.id = $1::uuid AND r.id = s.round_id AND " + EDITABLE + " RETURNING " + COLUMNS)
        .execute(Tuple.from(new Object[] {id, utc(draft.startsAt()), utc(draft.endsAt()), draft.timeZone().getId(),
            draft.place(), draft.onlineUrl(), draft.accessibility(), draft.capacity()}))
        .map(SessionStore::first);
  }

  /** Empty for an unknown or malformed id. */
  public Future<Optional<Session>> find(String id) {
    if (Ids.parse(id).isEmpty()) {
      return Future.succeededFuture(Optional.empty());
    }
    return pool.preparedQuery("SELECT " + COLUMNS + " FROM sessions s WHERE s.id = $1::uuid").execute(Tuple.of(id))
        .map(SessionStore::first);
  }

  /**
   * The session, its row locked until the transaction ends, so features that count seats in it (RSVPs) take
   * turns. NO KEY UPDATE: rows that merely refer to the session (foreign keys) can still be written meanwhile.
   */
  public Future<Optional<Session>> lock(SqlClient tx, String id) {
    if (Ids.parse(id).isEmpty()) {
      return Future.succeededFuture(Optional.empty());
    }
    return tx.preparedQuery("SELECT " + COLUMNS + " FROM sessions s WHERE s.id = $1::uuid FOR NO KEY UPDATE")
        .execute(Tuple.of(id)).map(SessionStore::first);
  }

  /** Several sessions locked as {@link #lock} does, always in id order so two transactions cannot deadlock. */
  public Future<List<Session>> lockAll(SqlClient tx, List<String> ids) {
    return tx.preparedQuery("SELECT " + COLUMNS + " FROM sessions s WHERE s.id = ANY($1::text[]::uuid[]) "
            + "ORDER BY s.id FOR NO KEY UPDATE").execute(Tuple.of(ids.toArray(String[]::new)))
        .map(rows -> StreamSupport.stream(rows.spliterator(), false).map(SessionStore::session).toList());
  }

  /** A round's sessions, earliest first. */
  public Future<List<Session>> forRound(String roundId) {
    return pool.preparedQuery("SELECT " + COLUMNS + " FROM sessions s WHERE s.round_id = $1::uuid "
            + "ORDER BY s.starts_at, s.created_at").execute(Tuple.of(roundId))
        .map(rows -> StreamSupport.stream(rows.spliterator(), false).map(SessionStore::session).toList());
  }

  /** How many sessions each round has; rounds without sessions are absent. */
  public Future<Map<String, Integer>> countByRound() {
    return pool.query("SELECT round_id::text, count(*)::int FROM sessions GROUP BY round_id").execute()
        .map(rows -> {
          Map<String, Integer> counts = new HashMap<>();
          rows.forEach(row -> counts.put(row.getString(0), row.getInteger(1)));
          return counts;
        });
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static Optional<Session> first(RowSet<Row> rows) {
    return rows.size() == 0 ? Optional.empty() : Optional.of(session(rows.iterator().next()));
  }

  private static Session session(Row row) {
    return new Session(row.getString(0), row.getString(1), row.getOffsetDateTime(2).toInstant(),
        row.getOffsetDateTime(3).toInstant(), ZoneId.of(row.getString(4)), row.getString(5), row.getString(6),
        row.getString(7), row.getInteger(8), row.getInteger(9), row.getOffsetDateTime(10).toInstant());
  }
}
