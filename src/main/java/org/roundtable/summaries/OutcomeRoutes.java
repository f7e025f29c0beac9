package org.roundtable.summaries;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.roundtable.web.Access;
import org.roundtable.web.Feature;
import org.roundtable.web.Identity;
import org.roundtable.web.Language;
import org.roundtable.web.Pages;
import org.roundtable.web.Role;
import org.roundtable.web.Routes;

/**
 * "You said, we did": each published finding of the participant's round and what the developers answered, overdue
 * ones shown as overdue. Reading it marks the answers as seen (the home page notice goes away).
 */
final class OutcomeRoutes implements Feature {
  private final Summaries summaries;
  private final Pages pages;

  OutcomeRoutes(Summaries summaries, Pages pages) {
    this.summaries = summaries;
    this.pages = pages;
  }

  @Override
  public void mount(Routes routes) {
    routes.get("/you-said-we-did", Access.roles(Role.PARTICIPANT), this::page)
        // Public: anyone with the link, when the round allows it. Shows findings and answers only.
        .get("/outcome/:key", Access.anyone(), this::publicPage);
  }

  private Future<Void> publicPage(RoutingContext ctx) {
    return summaries.publicOutcome(ctx.pathParam("key")).map(outcome -> {
      Map<String, Object> model = model(outcome, Language.of(ctx));
      model.put("public", true);
      pages.render(ctx, "summaries/you-said", model);
      return null;
    });
  }

  private Future<Void> page(RoutingContext ctx) {
    String participantId = Identity.actor(ctx).id();
    return summaries.outcome(Identity.actor(ctx).roundId())
        .compose(outcome -> summaries.sawAnswers(participantId).map(outcome))
        .map(outcome -> {
          pages.render(ctx, "summaries/you-said", model(outcome, Language.of(ctx)));
          return null;
        });
  }

  /** Findings grouped under the proposal they are about, with dates in the reader's language. */
  static Map<String, Object> model(Summaries.Outcome outcome, String lang) {
    Map<String, Map<String, Object>> byProposal = new LinkedHashMap<>();
    for (Object o : outcome.findings()) {
      JsonObject f = (JsonObject) o;
      Map<String, Object> proposal = byProposal.computeIfAbsent(f.getString("proposalId"), id -> {
        Map<String, Object> p = new HashMap<>(outcome.titles().getOrDefault(id, Map.of()));
        p.put("findings", new ArrayList<Map<String, Object>>());
        return p;
      });
      Map<String, Object> finding = new HashMap<>();
      finding.put("text", f.getString("text"));
      finding.put("status", f.getString("status"));
      finding.put("due", Dates.day(f.getString("dueAt"), lang));
      JsonObject response = f.getJsonObject("response");
      if (response != null) {
        finding.put("decision", response.getString("decision"));
        finding.put("explanation", response.getString("explanation"));
        finding.put("answeredOn", Dates.day(response.getString("answeredAt"), lang));
      }
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> list = (List<Map<String, Object>>) proposal.get("findings");
      list.add(finding);
    }
    Map<String, Object> model = new HashMap<>();
    model.put("round", Map.of("title", outcome.round().title(), "decisionRule", outcome.round().decisionRule()));
    model.put("proposals", List.copyOf(byProposal.values()));
    return model;
  }
}
