package org.roundtable.participants;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;

/**
 * Another feature's part of the participant's home page (seats at the sessions, what they are owed): it puts its
 * model under its own key and the home template includes its partial. Keeps participants from importing the
 * features that build on it, like {@link ProposalPanel}.
 */
@FunctionalInterface
public interface HomePanel {
  /** {@code participant} has consented and is taking part; the page shows their own round. */
  Future<Void> addTo(Map<String, Object> model, RoutingContext ctx, Participant participant);
}
