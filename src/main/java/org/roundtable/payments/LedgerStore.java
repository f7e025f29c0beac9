package org.roundtable.payments;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.roundtable.db.Ids;

/**
 * The ledger table. Only inserts: the database refuses UPDATE, DELETE and TRUNCATE on it. Every row has an
 * idempotency key; writing a key twice writes once ({@link #insertOnce} answers empty the second time).
 */
final class LedgerStore {
  /** One new row; {@code recordedBy} is null for what a self check-in made owed. */
  record NewEntry(String participantId, String roundId, String sessionId, EntryKind kind, String method,
                  long amountCents, String currency, String reference, String voids, String reason, String key,
                  String recordedBy) {}

  private static final String COLUMNS = "e.id::text, e.seq, e.participant_id::text, e.round_id::text, "
      + "e.session_id::text, e.kind, e.method, e.amount_cents, e.currency, e.reference, e.voids::text, e.reason, "
      + "e.recorded_by::text, e.recorded_at, EXISTS (SELECT 1 FROM payment_entries v WHERE v.voids = e.id)";
  private static final String SELECT = "SELECT " + COLUMNS + " FROM payment_entries e ";

  private final Pool pool;

  LedgerStore(Pool pool) {
    this.pool = pool;
  }

  /** Holds one person's ledger for the rest of the transaction, so checks and writes for them run one at a time. */
  Future<Void> lock(SqlClient tx, String participantId) {
    return tx.preparedQuery("SELECT pg_advisory_xact_lock(hashtextextended($1, 10))")
        .execute(Tuple.of("payments:" + participantId)).mapEmpty();
  }

  /** The new row, or empty when a row with this key exists already. */
  Future<Optional<Entry>> insertOnce(SqlClient tx, NewEntry e) {
    return tx.preparedQuery("INSERT INTO payment_entries (participant_id, round_id, session_id, kind, method, "
            + "amount_cents, currency, reference, voids, reason, idempotency_key, recorded_by) "
            + "VALUES ($1::uuid, $2::uuid, $3::uuid, $4, $5, $6, $7, $8, $9::uuid, $10, $11, $12::uuid) "
            + "ON CONFLICT (idempotency_key) DO NOTHING RETURNING id::text")
        .execute(Tuple.from(new Object[] {e.participantId(), e.roundId(), e.sessionId(), e.kind().wire(), e.method(),
            e.amountCents(), e.currency(), e.reference(), e.voids(), e.reason(), e.key(), e.recordedBy()}))
        .compose(rows -> rows.size() == 0 ? Future.succeededFuture(Optional.empty())
            : find(tx, rows.iterator().next().getString(0)));
  }

  Future<Optional<Entry>> byKey(SqlClient client, String key) {
    return client.preparedQuery(SELECT + "WHERE e.idempotency_key = $1").execute(Tuple.of(key))
        .map(LedgerStore::first);
  }

  Future<Optional<Entry>> find(SqlClient client, String id) {
    if (Ids.parse(id).isEmpty()) {
      return Future.succeededFuture(Optional.empty());
    }
    return client.preparedQuery(SELECT + "WHERE e.id = $1::uuid").execute(Tuple.of(id)).map(LedgerStore::first);
  }

  /** The void row that reverses {@code id}, if any. */
  Future<Optional<Entry>> voidOf(SqlClient client, String id) {
    return client.preparedQuery(SELECT + "WHERE e.voids = $1::uuid").execute(Tuple.of(id)).map(LedgerStore::first);
  }

  Future<List<Entry>> forParticipant(SqlClient client, String participantId) {
    return client.preparedQuery(SELECT + "WHERE e.participant_id = $1::uuid ORDER BY e.seq")
        .execute(Tuple.of(participantId)).map(LedgerStore::all);
  }

  Future<List<Entry>> forParticipant(String participantId) {
    return forParticipant(pool, participantId);
  }

  /** Empty for a malformed id, rather than a database error. */
  Future<List<Entry>> forParticipantIfId(String participantId) {
    return Ids.parse(participantId).isEmpty() ? Future.succeededFuture(List.of()) : forParticipant(participantId);
  }

  Future<List<Entry>> forSession(String sessionId) {
    return pool.preparedQuery(SELECT + "WHERE e.session_id = $1::uuid ORDER BY e.seq")
        .execute(Tuple.of(sessionId)).map(LedgerStore::all);
  }

  Future<List<Entry>> forRound(String roundId) {
    return pool.preparedQuery(SELECT + "WHERE e.round_id = $1::uuid ORDER BY e.seq")
        .execute(Tuple.of(roundId)).map(LedgerStore::all);
  }

  /** Every row written in a calendar year (UTC). */
  Future<List<Entry>> forYear(int year) {
    return pool.preparedQuery(SELECT + "WHERE e.recorded_at >= make_timestamptz($1, 1, 1, 0, 0, 0, 'UTC') "
            + "AND e.recorded_at < make_timestamptz($1 + 1, 1, 1, 0, 0, 0, 'UTC') ORDER BY e.seq")
        .execute(Tuple.of(year)).map(LedgerStore::all);
  }

  private static Optional<Entry> first(RowSet<Row> rows) {
    return rows.size() == 0 ? Optional.empty() : Optional.of(entry(rows.iterator().next()));
  }

  private static List<Entry> all(RowSet<Row> rows) {
    List<Entry> found = new ArrayList<>();
    rows.forEach(row -> found.add(entry(row)));
    return found;
  }

  private static Entry entry(Row row) {
    return new Entry(row.getString(0), row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
        EntryKind.fromWire(row.getString(5)), row.getString(6), row.getLong(7), row.getString(8), row.getString(9),
        row.getString(10), row.getString(11), row.getString(12), row.getOffsetDateTime(13), row.getBoolean(14));
  }
}
