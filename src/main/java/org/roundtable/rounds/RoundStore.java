package org.roundtable.rounds;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.roundtable.db.Ids;

/** The rounds table. */
public final class RoundStore {
  private static final String COLUMNS = "id::text, title, purpose, participation_level, decision_rule, "
      + "pay_amount_cents, pay_currency, pay_per, response_due_days, show_tally_before_voting, status, created_at, public_outcome";
  private final Pool pool;

  public RoundStore(Pool pool) {
    this.pool = pool;
  }

  public Future<Round> create(SqlClient client, RoundDraft draft, String staffId) {
    return client.preparedQuery("INSERT INTO rounds (title, purpose, participation_level, decision_rule, "
            + "pay_amount_cents, pay_currency, pay_per, response_due_days, show_tally_before_voting, created_by, public_outcome) "
            + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::uuid, $11) RETURNING " + COLUMNS)
        .execute(Tuple.from(new Object[] {draft.title(), draft.purpose(), draft.participationLevel(),
            draft.decisionRule(), draft.pay().amountCents(), draft.pay().currency(), draft.pay().per(),
            draft.responseDueDays(), draft.showTallyBeforeVoting(), staffId, draft.publicOutcome()}))
        .map(rows -> round(rows.iterator().next()));
  }

  /** Changes the round's details unless it was closed meanwhile (then empty). */
  public Future<Optional<Round>> update(SqlClient client, String id, RoundDraft draft) {
    return client.preparedQuery("UPDATE rounds SET title = $2, purpose = $3, participation_level = $4, "
            + "decision_rule = $5, pay_amount_cents = $6, pay_currency = $7, pay_per = $8, response_due_days = $9, "
            + "show_tally_before_voting = $10, public_outcome = $11, updated_at = now() WHERE id = $1::uuid AND status IN ('draft', 'open') "
            + "RETURNING " + COLUMNS)
        .execute(Tuple.from(new Object[] {id, draft.title(), draft.purpose(), draft.participationLevel(),
            draft.decisionRule(), draft.pay().amountCents(), draft.pay().currency(), draft.pay().per(),
            draft.responseDueDays(), draft.showTallyBeforeVoting(), draft.publicOutcome()}))
        .map(RoundStore::first);
  }

  /**
   * Moves the round from {@code from} to {@code to} only if it is still in {@code from}, so of two people
   * moving it at once exactly one succeeds; the other gets empty.
   */
  public Future<Optional<Round>> moveStatus(SqlClient client, String id, RoundStatus from, RoundStatus to) {
    return client.preparedQuery("UPDATE rounds SET status = $3, updated_at = now() "
            + "WHERE id = $1::uuid AND status = $2 RETURNING " + COLUMNS)
        .execute(Tuple.of(id, from.wire(), to.wire()))
        .map(RoundStore::first);
  }

  /** Empty for an unknown or malformed id. */
  public Future<Optional<Round>> find(String id) {
    if (Ids.parse(id).isEmpty()) {
      return Future.succeededFuture(Optional.empty());
    }
    return pool.preparedQuery("SELECT " + COLUMNS + " FROM rounds WHERE id = $1::uuid").execute(Tuple.of(id))
        .map(RoundStore::first);
  }

  public Future<List<Round>> all() {
    return pool.query("SELECT " + COLUMNS + " FROM rounds ORDER BY created_at DESC").execute()
        .map(rows -> StreamSupport.stream(rows.spliterator(), false).map(RoundStore::round).toList());
  }

  private static Optional<Round> first(RowSet<Row> rows) {
    return rows.size() == 0 ? Optional.empty() : Optional.of(round(rows.iterator().next()));
  }

  private static Round round(Row row) {
    return new Round(row.getString(0), row.getString(1), row.getString(2), row.getString(3), row.getString(4),
        new PayPolicy(row.getInteger(5), row.getString(6), row.getString(7)), row.getInteger(8),
        row.getBoolean(9), row.getBoolean(12), RoundStatus.fromWire(row.getString(10)), row.getOffsetDateTime(11));
  }
}
