package org.roundtable.participants;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;

/**
 * Another feature's part of the page where a participant reads a proposal (the ballot, the comments): it puts
 * its model under its own key and the page template includes its partial. Keeps participants from importing
 * the features that build on it, like {@link WithdrawalStep}.
 */
@FunctionalInterface
public interface ProposalPanel {
  /** {@code proposal} is a published proposal of the participant's own round. */
  Future<Void> addTo(Map<String, Object> model, RoutingContext ctx, Participant participant, ProposalOnPage proposal);

  /** What a panel may need to know about the proposal on the page. */
  record ProposalOnPage(String id, String roundId, int version, String language) {}
}
