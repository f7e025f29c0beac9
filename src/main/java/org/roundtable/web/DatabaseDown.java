package org.roundtable.web;

import io.vertx.core.VertxException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.SocketException;
import java.util.concurrent.TimeoutException;

/**
 * Tells a failure of the database connection (PostgreSQL stopped, restarting, unreachable, or the pool too busy
 * to lend a connection in time) from a failure of the request itself: the first is answered 503, so callers
 * retry later, and every feature gets that without handling it.
 */
public final class DatabaseDown {
  /** Seconds a caller should wait before trying again. */
  public static final int RETRY_AFTER_SECONDS = 5;

  private DatabaseDown() {}

  public static boolean is(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      // A socket failure on a request's path is the database's: refused, or reset as the server stops.
      if (t instanceof SocketException || t instanceof ClosedConnectionException
          || t instanceof ConnectionPoolTooBusyException || t instanceof TimeoutException) {
        return true;
      }
      // The pool's wait for a free connection ran out: Vert.x says so only in the message.
      if (t instanceof VertxException && String.valueOf(t.getMessage()).startsWith("Timeout waiting for connection")) {
        return true;
      }
      if (t instanceof PgException pg && pg.getSqlState() != null && unavailable(pg.getSqlState())) {
        return true;
      }
    }
    return false;
  }

  /** Connection exceptions (class 08) and shutdown or start-up of the server (57P01–57P03). */
  private static boolean unavailable(String sqlState) {
    return sqlState.startsWith("08") || sqlState.equals("57P01") || sqlState.equals("57P02")
        || sqlState.equals("57P03");
  }

  public static HttpProblem problem() {
    return new HttpProblem(503, "database_unavailable", "error.503.message", null);
  }
}
