package org.roundtable.audit;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.StreamSupport;
import org.roundtable.web.Actor;

/**
 * The append-only record of every staff action. Pass the transaction's connection to {@link #record} so the
 * entry stands or falls with the change it describes.
 */
public final class AuditLog {
  public record Entry(long id, OffsetDateTime at, String actorName, String actorRole, String action,
                      String recordType, String recordId, String details) {}

  private static final String INSERT = "INSERT INTO audit_log (actor_id, actor_role, actor_name, action, "
      + "record_type, record_id, details) VALUES ($1, $2, $3, $4, $5, $6, $7)";
  private static final String PAGE = "SELECT id, at, actor_name, actor_role, action, record_type, record_id, "
      + "details::text FROM audit_log WHERE id < $1 ORDER BY id DESC LIMIT $2";

  private final Pool pool;

  public AuditLog(Pool pool) {
    this.pool = pool;
  }

  public Future<Void> record(SqlClient client, Actor actor, String action, String recordType, String recordId,
                             JsonObject details) {
    return client.preparedQuery(INSERT)
        .execute(Tuple.of(actor.id(), actor.role().wire(), actor.name(), action, recordType, recordId, details))
        .mapEmpty();
  }

  public Future<Void> record(SqlClient client, Actor actor, String action, String recordType, String recordId) {
    return record(client, actor, action, recordType, recordId, null);
  }

  /** Newest first, {@code limit} entries older than {@code beforeId}. */
  public Future<List<Entry>> page(long beforeId, int limit) {
    return pool.preparedQuery(PAGE).execute(Tuple.of(beforeId, limit))
        .map(rows -> StreamSupport.stream(rows.spliterator(), false).map(AuditLog::entry).toList());
  }

  private static Entry entry(Row row) {
    return new Entry(row.getLong(0), row.getOffsetDateTime(1), row.getString(2), row.getString(3),
        row.getString(4), row.getString(5), row.getString(6), row.getString(7));
  }
}
