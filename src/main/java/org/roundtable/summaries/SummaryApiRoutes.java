package org.roundtable.summaries;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Set;
import org.roundtable.db.Ids;
import org.roundtable.web.Access;
import org.roundtable.web.Api;
import org.roundtable.web.HttpProblem;
import org.roundtable.web.Identity;
import org.roundtable.web.Input;
import org.roundtable.web.Role;
import org.roundtable.web.Routes;

/** Summaries, findings, published versions and the developers' answers in the JSON API. */
final class SummaryApiRoutes implements org.roundtable.web.Feature {
  static final int FINDING_MAX = 1000;
  static final int EXPLANATION_MAX = 4000;
  static final int EVIDENCE_MAX = 50;
  static final List<String> DECISIONS = List.of("will_change", "will_not_change", "need_more_information");

  private final Summaries summaries;

  SummaryApiRoutes(Summaries summaries) {
    this.summaries = summaries;
  }

  @Override
  public void mount(Routes routes) {
    Access readers = Access.roles(Role.ADMIN, Role.FACILITATOR, Role.DEVELOPER);
    Access organisers = Access.roles(Role.ADMIN, Role.FACILITATOR);
    routes.get("/api/v1/rounds/:id/summary", readers, this::summary)
        .post("/api/v1/rounds/:id/findings", organisers, this::addFinding)
        .post("/api/v1/rounds/:id/summaries", organisers, this::publish)
        .get("/api/v1/rounds/:id/summaries", readers, this::versions)
        // {version} is "3", "3.md" or "3.csv": one route, so the three forms cannot shadow each other.
        .get("/api/v1/rounds/:id/summaries/:version", readers, this::version)
        .get("/api/v1/findings", readers, this::published)
        .post("/api/v1/findings/:id/responses", Access.roles(Role.DEVELOPER), this::respond);
  }

  private Future<Void> summary(RoutingContext ctx) {
    return summaries.current(Identity.actor(ctx), ctx.pathParam("id")).map(json -> {
      Api.ok(ctx, json);
      return null;
    });
  }

  private Future<Void> addFinding(RoutingContext ctx) {
    Input in = Input.json(ctx, Set.of("proposalId", "text", "commentIds"));
    FindingInput finding = FindingInput.read(in);
    in.requireValid();
    return summaries.addFinding(Identity.actor(ctx), ctx.pathParam("id"), finding.proposalId(), finding.text(),
        finding.commentIds()).map(id -> {
          Api.created(ctx, new JsonObject().put("id", id).put("roundId", ctx.pathParam("id"))
              .put("proposalId", finding.proposalId()).put("text", finding.text())
              .put("commentIds", new JsonArray(finding.commentIds())).put("status", "awaiting"));
          return null;
        });
  }

  private Future<Void> publish(RoutingContext ctx) {
    // Publishing takes no fields; an empty body is fine, anything else must be an empty JSON object.
    if (ctx.body().length() > 0) {
      Input.json(ctx, Set.of()).requireValid();
    }
    return summaries.publish(Identity.actor(ctx), ctx.pathParam("id")).map(version -> {
      Api.created(ctx, version);
      return null;
    });
  }

  private Future<Void> versions(RoutingContext ctx) {
    String roundId = ctx.pathParam("id");
    return summaries.round(roundId).compose(round -> summaries.versions(roundId)).map(list -> {
      Api.ok(ctx, new JsonObject().put("roundId", roundId).put("versions", new JsonArray(list.stream()
          .map(v -> new JsonObject().put("version", v.version()).put("publishedAt", v.publishedAt().toString()))
          .toList())));
      return null;
    });
  }

  private Future<Void> version(RoutingContext ctx) {
    String raw = ctx.pathParam("version");
    String format = raw.endsWith(".md") ? "md" : raw.endsWith(".csv") ? "csv" : "json";
    String number = format.equals("json") ? raw : raw.substring(0, raw.lastIndexOf('.'));
    int version = summaries.parseVersion(number).orElseThrow(HttpProblem::notFound);
    return summaries.version(ctx.pathParam("id"), version).map(body -> {
      String type = switch (format) {
        case "md" -> "text/markdown; charset=utf-8";
        case "csv" -> "text/csv; charset=utf-8";
        default -> "application/json; charset=utf-8";
      };
      String out = switch (format) {
        case "md" -> Exports.markdown(new JsonObject(body));
        case "csv" -> Exports.csv(new JsonObject(body));
        default -> body;
      };
      ctx.response().putHeader("Content-Type", type).putHeader("Cache-Control", "no-store");
      if (!format.equals("json")) {
        ctx.response().putHeader("Content-Disposition",
            "attachment; filename=\"summary-" + version + "." + format + "\"");
      }
      ctx.response().end(out);
      return null;
    });
  }

  private Future<Void> published(RoutingContext ctx) {
    return summaries.published().map(list -> {
      Api.ok(ctx, new JsonObject().put("findings", new JsonArray(list.stream().map(f -> new JsonObject()
          .put("id", f.findingId()).put("roundId", f.roundId()).put("roundTitle", f.roundTitle())
          .put("text", f.text()).put("status", f.status().wire()).put("dueAt", f.dueAt().toString())).toList())));
      return null;
    });
  }

  private Future<Void> respond(RoutingContext ctx) {
    Input in = Input.json(ctx, Set.of("decision", "explanation"));
    String decision = in.choice("decision", DECISIONS);
    String explanation = in.text("explanation", EXPLANATION_MAX);
    in.requireValid();
    return summaries.respond(Identity.actor(ctx), ctx.pathParam("id"), decision, explanation).map(json -> {
      Api.created(ctx, json);
      return null;
    });
  }

  /** A finding as typed: the proposal it is about, its text, and the comments that support it. */
  record FindingInput(String proposalId, String text, List<String> commentIds) {
    static FindingInput read(Input in) {
      String proposalId = in.text("proposalId", 36);
      if (proposalId != null && Ids.parse(proposalId).isEmpty()) {
        in.reject("proposalId", "summaries.error.proposal");
      }
      String text = in.text("text", FINDING_MAX);
      List<String> commentIds = in.textList("commentIds", EVIDENCE_MAX, 36);
      if (commentIds.stream().anyMatch(id -> Ids.parse(id).isEmpty())) {
        in.reject("commentIds", "summaries.error.comments");
      }
      return new FindingInput(proposalId, text, commentIds.stream().distinct().toList());
    }
  }
}
