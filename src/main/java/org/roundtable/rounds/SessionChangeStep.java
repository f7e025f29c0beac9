package org.roundtable.rounds;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;

/**
 * What another feature does when staff change a session (a larger capacity lets people on the waiting list in),
 * inside the change's own transaction, which holds the session's row. Keeps rounds from importing the features
 * that build on it.
 */
@FunctionalInterface
public interface SessionChangeStep {
  Future<Void> apply(SqlConnection tx, Session saved);
}
