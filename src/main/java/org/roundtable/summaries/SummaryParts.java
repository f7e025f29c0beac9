package org.roundtable.summaries;

import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.List;
import org.roundtable.audit.AuditLog;
import org.roundtable.rounds.RoundStore;
import org.roundtable.web.Feature;
import org.roundtable.web.Pages;

/** Summaries wired together once per process: its routes. */
public record SummaryParts(List<Feature> features) {

  public static SummaryParts of(Pool pool, Pages pages, RoundStore rounds, AuditLog audit, Clock clock) {
    Summaries summaries = new Summaries(pool, rounds, audit, clock);
    return new SummaryParts(List.of(new SummaryApiRoutes(summaries), new SummaryPageRoutes(summaries, pages)));
  }
}
