package org.roundtable.accounts;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Slows down guessing (passwords per email address, invitation codes per client address) across every instance,
 * with a counter in PostgreSQL: after {@code freeFailures} failures within an hour each new failure doubles the
 * wait (30 s, 1 min, 2 min … at most 15 min). Keys carry a prefix per use ("email:", "join:").
 */
public final class GuessThrottle {
  /** Wrong passwords an email address may have before it must wait. */
  public static final int SIGN_IN_FREE_FAILURES = 5;
  private static final String FAIL = """
      INSERT INTO sign_in_failures AS f (key, failures, last_failed) VALUES ($1, 1, now())
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN f.last_failed < now() - interval '1 hour' THEN 1 ELSE f.failures + 1 END,
        last_failed = now(),
        blocked_until = CASE WHEN f.last_failed >= now() - interval '1 hour' AND f.failures + 1 >= $2
          THEN now() + least(interval '30 seconds' * power(2, f.failures + 1 - $2), interval '15 minutes')
          ELSE NULL END""";

  private final Pool pool;
  private final int freeFailures;

  public GuessThrottle(Pool pool, int freeFailures) {
    this.pool = pool;
    this.freeFailures = freeFailures;
  }

  /** How long this key must still wait, if it is blocked now. */
  public Future<Optional<Duration>> waitFor(String key) {
    return pool.preparedQuery("SELECT blocked_until FROM sign_in_failures WHERE key = $1 AND blocked_until > now()")
        .execute(Tuple.of(key))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(
            Duration.between(OffsetDateTime.now(), rows.iterator().next().getOffsetDateTime(0))));
  }

  /** A wait as people are told it: whole minutes, rounded up, at least one. */
  public static long minutes(Duration wait) {
    return Math.max(1, (wait.toSeconds() + 59) / 60);
  }

  public Future<Void> failed(String key) {
    return pool.preparedQuery(FAIL).execute(Tuple.of(key, freeFailures)).mapEmpty();
  }

  public Future<Void> succeeded(String key) {
    return pool.preparedQuery("DELETE FROM sign_in_failures WHERE key = $1").execute(Tuple.of(key)).mapEmpty();
  }
}
