package org.roundtable.voting;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import org.roundtable.participants.WithdrawalStep;

/**
 * When someone leaves, their votes and statement answers leave the rounds that are still running (closed rounds
 * keep them on record); once the withdrawal commits, the live tallies are told.
 */
final class VotesWithdrawal implements WithdrawalStep {
  private final VotingStore store;
  private final LiveTallies live;

  VotesWithdrawal(VotingStore store, LiveTallies live) {
    this.store = store;
    this.live = live;
  }

  @Override
  public Future<Void> apply(SqlConnection tx, String participantId) {
    return store.forget(tx, participantId).map(proposals -> {
      tx.transaction().completion().onSuccess(v -> live.changed(proposals));
      return null;
    });
  }
}
