package org.roundtable.summaries;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import org.roundtable.participants.HomePanel;
import org.roundtable.participants.Participant;

/**
 * On the participant's home page: a link to "You said, we did", with a notice when the developers answered since the
 * person last read it. Under the model key {@code summaries}: {@code newAnswer}.
 */
final class AnswersHomePanel implements HomePanel {
  private final Summaries summaries;

  AnswersHomePanel(Summaries summaries) {
    this.summaries = summaries;
  }

  @Override
  public Future<Void> addTo(Map<String, Object> model, RoutingContext ctx, Participant participant) {
    return summaries.newAnswerFor(participant.id(), participant.roundId()).map(fresh -> {
      model.put("summaries", Map.of("newAnswer", fresh));
      return null;
    });
  }
}
