package org.roundtable.summaries;

import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.roundtable.audit.AuditLog;
import org.roundtable.participants.HomePanel;
import org.roundtable.rounds.RoundStore;
import org.roundtable.web.Feature;
import org.roundtable.web.Pages;

/**
 * Summaries wired together once per process: its routes, the home page panel, and the webhook sender (one per process, whatever the
 * number of HTTP verticles), started with {@link #startDeliveries()}.
 */
public final class SummaryParts {
  private static final Duration SEND_EVERY = Duration.ofSeconds(1);

  private final List<Feature> features;
  private final HomePanel homePanel;
  private final WebhookSender sender;

  private SummaryParts(List<Feature> features, HomePanel homePanel, WebhookSender sender) {
    this.features = features;
    this.homePanel = homePanel;
    this.sender = sender;
  }

  public static SummaryParts of(Vertx vertx, Pool pool, Pages pages, RoundStore rounds, AuditLog audit, Clock clock) {
    Summaries summaries = new Summaries(pool, rounds, audit, clock);
    WebhookStore webhooks = new WebhookStore(pool);
    return new SummaryParts(List.of(new SummaryApiRoutes(summaries), new SummaryPageRoutes(summaries, pages),
        new AnswerPageRoutes(summaries, pages),
        new WebhookRoutes(webhooks, audit, pages), new OutcomeRoutes(summaries, pages)),
        new AnswersHomePanel(summaries), new WebhookSender(vertx, webhooks, Backoff.DEFAULT));
  }

  public List<Feature> features() {
    return features;
  }

  /** The "You said, we did" link and new-answer notice on the participant's home page. */
  public HomePanel homePanel() {
    return homePanel;
  }

  public void startDeliveries() {
    sender.start(SEND_EVERY);
  }
}
