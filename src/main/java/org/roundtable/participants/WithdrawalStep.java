package org.roundtable.participants;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;

/**
 * What another feature undoes when a participant withdraws (their vote in an open round, a seat they held),
 * inside the withdrawal's own transaction so it all stands or falls together. Keeps participants from
 * importing the features that build on it.
 */
@FunctionalInterface
public interface WithdrawalStep {
  Future<Void> apply(SqlConnection tx, String participantId);
}
