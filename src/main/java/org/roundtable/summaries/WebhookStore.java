package org.roundtable.summaries;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Webhooks and their outbox of deliveries. A hook's secret is read only to sign; nothing here returns it to a caller. */
final class WebhookStore {
  // Due rows are claimed under SKIP LOCKED and leased: another server skips them while this one sends, and picks them
  // up only if the lease runs out (this server died mid-send).
  private static final String CLAIM = "WITH due AS ("
      + " SELECT id FROM webhook_deliveries WHERE delivered_at IS NULL AND next_attempt_at <= now()"
      + "  AND (lease_until IS NULL OR lease_until < now()) ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)"
      + " UPDATE webhook_deliveries d SET lease_until = now() + make_interval(secs => $2), attempts = d.attempts + 1"
      + " FROM due, webhooks w, summary_versions v"
      + " WHERE d.id = due.id AND w.id = d.webhook_id AND v.round_id = d.round_id AND v.version = d.version"
      + " RETURNING d.id::text, w.url, w.secret, v.body, d.attempts";
  private static final String DELIVERIES = "SELECT d.id::text, d.webhook_id::text, w.url, d.round_id::text, d.version,"
      + " d.attempts, d.next_attempt_at, d.delivered_at, d.last_status, d.last_error"
      + " FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id ORDER BY d.created_at DESC, d.id LIMIT $1";

  record Hook(String id, String url, String createdAt) {
    JsonObject toJson() {
      return new JsonObject().put("id", id).put("url", url).put("createdAt", createdAt);
    }
  }

  /** A claimed delivery: where to send which body, signed with which secret. */
  record Due(String id, String url, String secret, String body, int attempts) {}

  private final Pool pool;

  WebhookStore(Pool pool) {
    this.pool = pool;
  }

  Pool pool() {
    return pool;
  }

  Future<Hook> create(SqlClient client, String url, String secret, String staffId) {
    return client.preparedQuery("INSERT INTO webhooks (url, secret, created_by) VALUES ($1, $2, $3::uuid)"
            + " RETURNING id::text, url, created_at::text")
        .execute(Tuple.of(url, secret, staffId))
        .map(rows -> hook(rows.iterator().next()));
  }

  Future<List<Hook>> hooks() {
    return pool.query("SELECT id::text, url, created_at::text FROM webhooks ORDER BY created_at, id").execute()
        .map(rows -> {
          List<Hook> list = new ArrayList<>();
          rows.forEach(r -> list.add(hook(r)));
          return list;
        });
  }

  private static Hook hook(Row r) {
    return new Hook(r.getString(0), r.getString(1), r.getString(2));
  }

  /** The newest deliveries with where each stands: sent, failing (tried, not yet through) or waiting (not tried). */
  Future<List<JsonObject>> deliveries(int limit) {
    return pool.preparedQuery(DELIVERIES).execute(Tuple.of(limit)).map(rows -> {
      List<JsonObject> list = new ArrayList<>();
      for (Row r : rows) {
        boolean sent = r.getOffsetDateTime(7) != null;
        String state = sent ? "sent" : r.getInteger(5) > 0 ? "failing" : "waiting";
        list.add(new JsonObject().put("id", r.getString(0)).put("webhookId", r.getString(1)).put("url", r.getString(2))
            .put("roundId", r.getString(3)).put("version", r.getInteger(4)).put("status", state)
            .put("attempts", r.getInteger(5))
            .put("nextAttemptAt", sent ? null : r.getOffsetDateTime(6).toString())
            .put("deliveredAt", sent ? r.getOffsetDateTime(7).toString() : null)
            .put("lastStatus", r.getInteger(8)).put("lastError", r.getString(9)));
      }
      return list;
    });
  }

  Future<List<Due>> claim(int limit, Duration lease) {
    return pool.withTransaction(tx -> tx.preparedQuery(CLAIM).execute(Tuple.of(limit, lease.toSeconds())))
        .map(rows -> {
          List<Due> list = new ArrayList<>();
          rows.forEach(r -> list.add(new Due(r.getString(0), r.getString(1), r.getString(2), r.getString(3),
              r.getInteger(4))));
          return list;
        });
  }

  Future<Void> delivered(String id, int status) {
    return pool.preparedQuery("UPDATE webhook_deliveries SET delivered_at = now(), lease_until = NULL,"
        + " last_status = $2, last_error = NULL WHERE id = $1::uuid").execute(Tuple.of(id, status)).mapEmpty();
  }

  Future<Void> failed(String id, Integer status, String error, Duration retryIn) {
    return pool.preparedQuery("UPDATE webhook_deliveries SET lease_until = NULL, last_status = $2, last_error = $3,"
            + " next_attempt_at = now() + make_interval(secs => $4) WHERE id = $1::uuid")
        .execute(Tuple.of(id, status, error, (double) retryIn.toMillis() / 1000)).mapEmpty();
  }
}
