package org.roundtable.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.VertxException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.pgclient.PgException;
import java.net.ConnectException;
import java.net.SocketException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database cannot be reached now" (503) rather than a fault in the request (500). */
class DatabaseDownTest {
  @Test
  void unreachableStoppingStartingOrBusyDatabasesAreUnavailable() {
    assertTrue(DatabaseDown.is(new ConnectException("Connection refused")));
    assertTrue(DatabaseDown.is(new SocketException("Connection reset")), "the server went away mid-query");
    assertTrue(DatabaseDown.is(new PgException("terminating connection", "FATAL", "57P01", null)));
    assertTrue(DatabaseDown.is(new PgException("the database system is starting up", "FATAL", "57P03", null)));
    assertTrue(DatabaseDown.is(new PgException("connection failure", "FATAL", "08006", null)));
    assertTrue(DatabaseDown.is(new ConnectionPoolTooBusyException("Connection pool reached max wait queue size")));
    assertTrue(DatabaseDown.is(new VertxException("Timeout waiting for connection", true)));
    assertTrue(DatabaseDown.is(new RuntimeException("wrapped", new ConnectException("refused"))));
  }

  @Test
  void faultsInTheRequestOrTheCodeAreNot() {
    assertFalse(DatabaseDown.is(new PgException("duplicate key", "ERROR", "23505", null)));
    assertFalse(DatabaseDown.is(new PgException("syntax error", "ERROR", "42601", null)));
    assertFalse(DatabaseDown.is(new IllegalStateException("bug")));
    assertFalse(DatabaseDown.is(null));
  }
}
