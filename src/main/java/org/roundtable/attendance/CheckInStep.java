package org.roundtable.attendance;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import org.roundtable.rounds.Session;
import org.roundtable.web.Actor;

/**
 * What another feature adds when a person is checked in for the first time (payments: what they are now owed),
 * inside the check-in's own transaction so both stand or fall together. Not called for a repeat check-in. Keeps
 * attendance from importing the features that build on it, like participants' {@code WithdrawalStep}.
 */
@FunctionalInterface
public interface CheckInStep {
  /** {@code staff} checked them in; null when they typed the session code themselves. */
  Future<Void> apply(SqlConnection tx, Session session, String participantId, Actor staff);
}
