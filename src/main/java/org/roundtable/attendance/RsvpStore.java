package org.roundtable.attendance;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.roundtable.rounds.Session;

/**
 * The rsvps table. Every change runs in a transaction that holds the session's row lock
 * ({@link org.roundtable.rounds.SessionStore#lock}), so counting the seats and taking one cannot interleave.
 */
final class RsvpStore {
  /** A person's answer and, while they wait, their place in the queue (1 is next). */
  record Answer(RsvpStatus status, Integer position) {}

  /** One line of a session's list for staff: who, going or waiting, and their place in the queue. */
  record Line(String participantId, RsvpStatus status, int position) {}

  private static final String POSITION = "(SELECT count(*) FROM rsvps w WHERE w.session_id = m.session_id "
      + "AND w.status = 'waiting' AND w.seq <= m.seq)::int";
  private static final String TAKE = "INSERT INTO rsvps (session_id, participant_id, status) "
      + "SELECT $1::uuid, $2::uuid, CASE WHEN (SELECT count(*) FROM rsvps WHERE session_id = $1::uuid "
      + "AND status = 'going') < $3 THEN 'going' ELSE 'waiting' END "
      + "ON CONFLICT (session_id, participant_id) DO NOTHING";
  // Gives free seats to the first people waiting, for any number of sessions at once (capacity per session).
  private static final String MOVE_UP = """
      WITH cap AS (SELECT * FROM unnest($1::text[]::uuid[], $2::int[]) AS c(session_id, capacity)),
      going AS (SELECT r.session_id, count(*) AS n FROM rsvps r JOIN cap USING (session_id)
                WHERE r.status = 'going' GROUP BY r.session_id),
      queue AS (SELECT r.session_id, r.participant_id,
                       row_number() OVER (PARTITION BY r.session_id ORDER BY r.seq) AS place
                FROM rsvps r JOIN cap USING (session_id) WHERE r.status = 'waiting')
      UPDATE rsvps r SET status = 'going', moved_up_at = now()
      FROM queue q JOIN cap c ON c.session_id = q.session_id LEFT JOIN going g ON g.session_id = q.session_id
      WHERE r.session_id = q.session_id AND r.participant_id = q.participant_id
        AND q.place <= c.capacity - coalesce(g.n, 0)""";
  private static final String PLACES = "SELECT c.id::text, "
      + "(SELECT count(*) FROM rsvps g WHERE g.session_id = c.id AND g.status = 'going')::int, "
      + "(SELECT count(*) FROM rsvps w WHERE w.session_id = c.id AND w.status = 'waiting')::int, "
      + "m.status, " + POSITION + ", "
      + "EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = c.id AND a.participant_id = $2::uuid) "
      + "FROM unnest($1::text[]::uuid[]) AS c(id) "
      + "LEFT JOIN rsvps m ON m.session_id = c.id AND m.participant_id = $2::uuid";

  private final Pool pool;

  RsvpStore(Pool pool) {
    this.pool = pool;
  }

  Future<Optional<Answer>> answer(SqlClient client, String sessionId, String participantId) {
    return client.preparedQuery("SELECT m.status, " + POSITION + " FROM rsvps m "
            + "WHERE m.session_id = $1::uuid AND m.participant_id = $2::uuid")
        .execute(Tuple.of(sessionId, participantId))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(answer(rows.iterator().next(), 0)));
  }

  /** A seat if one is free, else a place at the end of the queue; nothing changes if they already answered. */
  Future<Void> take(SqlClient tx, Session session, String participantId) {
    return tx.preparedQuery(TAKE).execute(Tuple.of(session.id(), participantId, session.capacity())).mapEmpty();
  }

  /** True if they had a seat or a place in the queue. */
  Future<Boolean> remove(SqlClient tx, String sessionId, String participantId) {
    return tx.preparedQuery("DELETE FROM rsvps WHERE session_id = $1::uuid AND participant_id = $2::uuid")
        .execute(Tuple.of(sessionId, participantId)).map(rows -> rows.rowCount() == 1);
  }

  Future<Void> removeAll(SqlClient tx, String participantId, List<String> sessionIds) {
    return tx.preparedQuery("DELETE FROM rsvps WHERE participant_id = $1::uuid AND session_id = ANY($2::text[]::uuid[])")
        .execute(Tuple.tuple().addValue(participantId).addValue(sessionIds.toArray(String[]::new))).mapEmpty();
  }

  /** The sessions a person holds a seat in or waits for. */
  Future<List<String>> sessionsOf(SqlClient client, String participantId) {
    return client.preparedQuery("SELECT session_id::text FROM rsvps WHERE participant_id = $1::uuid")
        .execute(Tuple.of(participantId))
        .map(rows -> {
          List<String> ids = new ArrayList<>();
          rows.forEach(row -> ids.add(row.getString(0)));
          return ids;
        });
  }

  /** Seats that came free (someone left, or staff raised the capacity) go to the first people waiting. */
  Future<Void> moveUp(SqlClient tx, List<Session> sessions) {
    if (sessions.isEmpty()) {
      return Future.succeededFuture();
    }
    return tx.preparedQuery(MOVE_UP).execute(Tuple.tuple()
        .addValue(sessions.stream().map(Session::id).toArray(String[]::new))
        .addValue(sessions.stream().map(Session::capacity).toArray(Integer[]::new))).mapEmpty();
  }

  /** The seats of each session for one person, in the order of {@code sessions}. */
  Future<List<SessionPlaces>> places(List<Session> sessions, String participantId) {
    if (sessions.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    return pool.preparedQuery(PLACES)
        .execute(Tuple.tuple().addValue(sessions.stream().map(Session::id).toArray(String[]::new)).addValue(participantId))
        .map(rows -> {
          Map<String, Row> byId = new HashMap<>();
          rows.forEach(row -> byId.put(row.getString(0), row));
          return sessions.stream().map(session -> {
            Row row = byId.get(session.id());
            Answer mine = row.getString(3) == null ? null : answer(row, 3);
            return new SessionPlaces(session, row.getInteger(1), row.getInteger(2),
                mine == null ? null : mine.status(), mine == null ? null : mine.position(), row.getBoolean(5));
          }).toList();
        });
  }

  /** Everyone who answered for a session: those going first, then the queue in order. */
  Future<List<Line>> lines(String sessionId) {
    return pool.preparedQuery("SELECT participant_id::text, status, "
            + "row_number() OVER (PARTITION BY status ORDER BY seq)::int FROM rsvps WHERE session_id = $1::uuid "
            + "ORDER BY status, seq")
        .execute(Tuple.of(sessionId))
        .map(rows -> {
          List<Line> lines = new ArrayList<>();
          rows.forEach(row -> lines.add(new Line(row.getString(0), RsvpStatus.fromWire(row.getString(1)),
              row.getInteger(2))));
          return lines;
        });
  }

  /** Reads a status and its queue position from columns {@code at} and {@code at + 1}. */
  private static Answer answer(Row row, int at) {
    RsvpStatus status = RsvpStatus.fromWire(row.getString(at));
    return new Answer(status, status == RsvpStatus.WAITING ? row.getInteger(at + 1) : null);
  }
}
