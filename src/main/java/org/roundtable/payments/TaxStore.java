package org.roundtable.payments;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

/** Tax thresholds per calendar year and whether each person's tax form came in (never a tax number). */
final class TaxStore {
  /** Whether a form came in, when that was noted and by which staff member. */
  record TaxForm(boolean received, OffsetDateTime recordedAt, String recordedBy) {}

  private final Pool pool;

  TaxStore(Pool pool) {
    this.pool = pool;
  }

  /** The admin's setting for the year, or the default. */
  Future<TaxThreshold> threshold(int year) {
    return pool.preparedQuery("SELECT amount_cents, currency FROM tax_thresholds WHERE year = $1")
        .execute(Tuple.of(year))
        .map(rows -> rows.size() == 0 ? TaxThreshold.defaultFor(year) : threshold(year, rows.iterator().next()));
  }

  Future<Void> setThreshold(SqlClient tx, int year, long amountCents, String staffId) {
    return tx.preparedQuery("INSERT INTO tax_thresholds (year, amount_cents, set_by) VALUES ($1, $2, $3::uuid) "
            + "ON CONFLICT (year) DO UPDATE SET amount_cents = EXCLUDED.amount_cents, set_by = EXCLUDED.set_by, "
            + "set_at = now()")
        .execute(Tuple.of(year, amountCents, staffId)).mapEmpty();
  }

  Future<Map<String, TaxForm>> forms(int year) {
    return pool.preparedQuery("SELECT participant_id::text, received, recorded_at, s.name FROM tax_forms f "
            + "JOIN staff s ON s.id = f.recorded_by WHERE year = $1")
        .execute(Tuple.of(year))
        .map(rows -> {
          Map<String, TaxForm> forms = new HashMap<>();
          rows.forEach(row -> forms.put(row.getString(0),
              new TaxForm(row.getBoolean(1), row.getOffsetDateTime(2), row.getString(3))));
          return forms;
        });
  }

  Future<Void> recordForm(SqlClient tx, String participantId, int year, boolean received, String staffId) {
    return tx.preparedQuery("INSERT INTO tax_forms (participant_id, year, received, recorded_by) "
            + "VALUES ($1::uuid, $2, $3, $4::uuid) ON CONFLICT (participant_id, year) DO UPDATE SET "
            + "received = EXCLUDED.received, recorded_by = EXCLUDED.recorded_by, recorded_at = now()")
        .execute(Tuple.of(participantId, year, received, staffId)).mapEmpty();
  }

  private static TaxThreshold threshold(int year, Row row) {
    return new TaxThreshold(year, row.getLong(0), row.getString(1), false);
  }
}
