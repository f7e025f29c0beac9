package org.roundtable.summaries;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.roundtable.web.Access;
import org.roundtable.web.Feature;
import org.roundtable.web.HttpProblem;
import org.roundtable.web.Identity;
import org.roundtable.web.Input;
import org.roundtable.web.Language;
import org.roundtable.web.Pages;
import org.roundtable.web.Role;
import org.roundtable.web.Routes;

/** The staff page to build a summary (figures, findings with their supporting comments, publish) and a version. */
final class SummaryPageRoutes implements Feature {
  private static final String COMMENT_FIELD = "comment.";

  private final Summaries summaries;
  private final Pages pages;

  SummaryPageRoutes(Summaries summaries, Pages pages) {
    this.summaries = summaries;
    this.pages = pages;
  }

  @Override
  public void mount(Routes routes) {
    Access organisers = Access.roles(Role.ADMIN, Role.FACILITATOR);
    routes.get("/staff/rounds/:id/summary", Access.staff(), this::page)
        .post("/staff/rounds/:id/findings", organisers, this::addFinding)
        .post("/staff/rounds/:id/summaries", organisers, this::publish)
        .get("/staff/rounds/:id/summaries/:version", Access.staff(), this::version);
  }

  private Future<Void> page(RoutingContext ctx) {
    return show(ctx, 200, Map.of());
  }

  private Future<Void> show(RoutingContext ctx, int status, Map<String, Object> form) {
    String roundId = ctx.pathParam("id");
    Future<String> link = summaries.round(roundId).compose(round -> round.publicOutcome()
        ? summaries.outcomeKey(roundId).map(key -> "/outcome/" + key) : Future.succeededFuture(null));
    return link.compose(outcomeLink -> summaries.current(Identity.actor(ctx), roundId).compose(summary ->
        summaries.versions(roundId).map(versions -> {
      Map<String, Object> model = new HashMap<>(form);
      String lang = Language.of(ctx);
      model.put("summary", readable(summary, lang));
      model.put("versions", versions.stream().map(v -> Map.of("version", v.version(),
          "publishedAt", Dates.day(v.publishedAt().toString(), lang))).toList());
      model.put("canWrite", Identity.actor(ctx).is(Role.ADMIN, Role.FACILITATOR));
      model.put("published", ctx.request().getParam("published"));
      model.put("added", ctx.request().getParam("added") != null);
      model.put("max", SummaryApiRoutes.FINDING_MAX);
      model.put("outcomeLink", outcomeLink);
      pages.render(ctx, status, "summaries/build", model);
      return null;
    })));
  }

  private Future<Void> addFinding(RoutingContext ctx) {
    Input in = Input.form(ctx);
    List<String> commentIds = ctx.request().formAttributes().names().stream()
        .filter(name -> name.startsWith(COMMENT_FIELD)).map(name -> name.substring(COMMENT_FIELD.length())).toList();
    String proposalId = in.text("proposalId", 36);
    String text = in.text("text", SummaryApiRoutes.FINDING_MAX);
    if (!in.valid() && proposalId != null) {
      Map<String, Object> model = new HashMap<>(pages.formModel(ctx, in));
      model.put("formFor", proposalId);
      return show(ctx, 400, model);
    }
    in.requireValid();
    return summaries.addFinding(Identity.actor(ctx), ctx.pathParam("id"), proposalId, text, commentIds)
        .map(id -> {
          Routes.seeOther(ctx, "/staff/rounds/" + ctx.pathParam("id") + "/summary?added=1");
          return null;
        });
  }

  private Future<Void> publish(RoutingContext ctx) {
    return summaries.publish(Identity.actor(ctx), ctx.pathParam("id")).map(v -> {
      Routes.seeOther(ctx, "/staff/rounds/" + ctx.pathParam("id") + "/summaries/" + v.getInteger("version"));
      return null;
    });
  }

  private Future<Void> version(RoutingContext ctx) {
    int version = summaries.parseVersion(ctx.pathParam("version")).orElseThrow(HttpProblem::notFound);
    return summaries.version(ctx.pathParam("id"), version).map(body -> {
      Map<String, Object> model = new HashMap<>();
      model.put("summary", readable(new JsonObject(body), Language.of(ctx)));
      pages.render(ctx, "summaries/version", model);
      return null;
    });
  }

  /** A summary for the page: its dates as days in the reader's language. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> readable(JsonObject summary, String lang) {
    Map<String, Object> model = (Map<String, Object>) plain(summary);
    if (model.get("publishedAt") instanceof String at) {
      model.put("publishedAt", Dates.day(at, lang));
    }
    for (Object finding : (List<Object>) model.get("findings")) {
      Map<String, Object> f = (Map<String, Object>) finding;
      f.put("dueAt", Dates.day((String) f.get("dueAt"), lang));
    }
    return model;
  }

  /** JSON as maps and lists, which the templates read. */
  static Object plain(Object json) {
    if (json instanceof JsonObject o) {
      Map<String, Object> map = new LinkedHashMap<>();
      o.forEach(e -> map.put(e.getKey(), plain(e.getValue())));
      return map;
    }
    if (json instanceof JsonArray a) {
      List<Object> list = new ArrayList<>();
      a.forEach(item -> list.add(plain(item)));
      return list;
    }
    return json;
  }
}
