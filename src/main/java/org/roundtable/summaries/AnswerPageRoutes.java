package org.roundtable.summaries;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.roundtable.web.Access;
import org.roundtable.web.Feature;
import org.roundtable.web.Identity;
import org.roundtable.web.Input;
import org.roundtable.web.Language;
import org.roundtable.web.Pages;
import org.roundtable.web.Role;
import org.roundtable.web.Routes;

/** The developers' pages: findings awaiting an answer (with due dates and what is overdue), and answering one. */
final class AnswerPageRoutes implements Feature {
  private final Summaries summaries;
  private final Pages pages;

  AnswerPageRoutes(Summaries summaries, Pages pages) {
    this.summaries = summaries;
    this.pages = pages;
  }

  @Override
  public void mount(Routes routes) {
    routes.get("/staff/findings", Access.staff(), this::list)
        .get("/staff/findings/:id", Access.staff(), this::finding)
        .post("/staff/findings/:id/responses", Access.roles(Role.DEVELOPER), this::answer);
  }

  private Future<Void> list(RoutingContext ctx) {
    String lang = Language.of(ctx);
    return summaries.published().map(all -> {
      Map<String, Map<String, Object>> rounds = new LinkedHashMap<>();
      for (SummaryStore.Awaiting f : all) {
        Map<String, Object> round = rounds.computeIfAbsent(f.roundId(), id -> {
          Map<String, Object> r = new HashMap<>();
          r.put("title", f.roundTitle());
          r.put("findings", new java.util.ArrayList<Map<String, Object>>());
          return r;
        });
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> findings = (List<Map<String, Object>>) round.get("findings");
        findings.add(Map.of("id", f.findingId(), "text", f.text(), "status", f.status().wire(),
            "due", Dates.day(f.dueAt().toString(), lang)));
      }
      long waiting = all.stream().filter(f -> f.status() != FindingStatus.ANSWERED).count();
      pages.render(ctx, "summaries/findings", Map.of("rounds", List.copyOf(rounds.values()), "waiting", waiting));
      return null;
    });
  }

  private Future<Void> finding(RoutingContext ctx) {
    return show(ctx, 200, Map.of());
  }

  private Future<Void> show(RoutingContext ctx, int status, Map<String, Object> form) {
    String lang = Language.of(ctx);
    return summaries.finding(ctx.pathParam("id")).map(found -> {
      JsonObject finding = found.getValue();
      Map<String, Object> model = new HashMap<>(form);
      model.put("round", Map.of("id", found.getKey().round().id(), "title", found.getKey().round().title()));
      model.put("proposal", found.getKey().titles().getOrDefault(finding.getString("proposalId"), Map.of()));
      model.put("finding", SummaryPageRoutes.plain(finding));
      model.put("due", Dates.day(finding.getString("dueAt"), lang));
      model.put("decisions", SummaryApiRoutes.DECISIONS.stream().map(d -> Map.of("wire", d,
          "checked", d.equals(((Map<?, ?>) model.getOrDefault("form", Map.of())).get("decision")))).toList());
      model.put("canAnswer", Identity.actor(ctx).is(Role.DEVELOPER));
      model.put("answered", ctx.request().getParam("answered") != null);
      model.put("max", SummaryApiRoutes.EXPLANATION_MAX);
      pages.render(ctx, status, "summaries/finding", model);
      return null;
    });
  }

  private Future<Void> answer(RoutingContext ctx) {
    Input in = Input.form(ctx);
    String decision = in.choice("decision", SummaryApiRoutes.DECISIONS);
    String explanation = in.text("explanation", SummaryApiRoutes.EXPLANATION_MAX);
    if (!in.valid()) {
      return show(ctx, 400, pages.formModel(ctx, in));
    }
    String id = ctx.pathParam("id");
    return summaries.respond(Identity.actor(ctx), id, decision, explanation).map(done -> {
      Routes.seeOther(ctx, "/staff/findings/" + id + "?answered=1");
      return null;
    });
  }
}
