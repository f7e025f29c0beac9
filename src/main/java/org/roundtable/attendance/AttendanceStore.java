package org.roundtable.attendance;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.roundtable.db.Ids;

/**
 * The attendance table: one row per person who came to a session. This is what payments build on: read it with
 * {@link #attendees}. Rows are never changed or removed, also not when the person withdraws later.
 */
public final class AttendanceStore {
  private static final String COLUMNS = "session_id::text, participant_id::text, checked_in_at, how, checked_in_by::text";

  private final Pool pool;

  public AttendanceStore(Pool pool) {
    this.pool = pool;
  }

  /** Who came to a session, in the order they arrived. Empty for an unknown or malformed id. */
  public Future<List<Attendee>> attendees(String sessionId) {
    if (Ids.parse(sessionId).isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    return pool.preparedQuery("SELECT " + COLUMNS + " FROM attendance WHERE session_id = $1::uuid "
            + "ORDER BY checked_in_at, participant_id")
        .execute(Tuple.of(sessionId))
        .map(rows -> {
          List<Attendee> all = new ArrayList<>();
          rows.forEach(row -> all.add(attendee(row)));
          return all;
        });
  }

  /** The sessions a person came to (empty for an unknown or malformed id). */
  public Future<Set<String>> sessionsAttendedBy(String participantId) {
    if (Ids.parse(participantId).isEmpty()) {
      return Future.succeededFuture(Set.of());
    }
    return pool.preparedQuery("SELECT session_id::text FROM attendance WHERE participant_id = $1::uuid")
        .execute(Tuple.of(participantId))
        .map(rows -> {
          Set<String> sessions = new HashSet<>();
          rows.forEach(row -> sessions.add(row.getString(0)));
          return sessions;
        });
  }

  /**
   * Checks a person in, once: true if this made the row, false if they were already in (the first check-in, with
   * its time and who did it, stays as it was).
   */
  Future<Boolean> checkIn(SqlClient client, String sessionId, String participantId, CheckInMode how, String staffId) {
    return client.preparedQuery("INSERT INTO attendance (session_id, participant_id, how, checked_in_by) "
            + "VALUES ($1::uuid, $2::uuid, $3, $4::uuid) ON CONFLICT (session_id, participant_id) DO NOTHING")
        .execute(Tuple.of(sessionId, participantId, how.wire(), staffId))
        .map(rows -> rows.rowCount() == 1);
  }

  Future<Attendee> find(SqlClient client, String sessionId, String participantId) {
    return client.preparedQuery("SELECT " + COLUMNS + " FROM attendance "
            + "WHERE session_id = $1::uuid AND participant_id = $2::uuid")
        .execute(Tuple.of(sessionId, participantId))
        .map(rows -> attendee(rows.iterator().next()));
  }

  private static Attendee attendee(Row row) {
    return new Attendee(row.getString(0), row.getString(1), row.getOffsetDateTime(2),
        CheckInMode.fromWire(row.getString(3)), row.getString(4));
  }
}
