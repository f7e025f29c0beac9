package org.roundtable.rounds;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.roundtable.audit.AuditLog;
import org.roundtable.proposals.ProposalStore;
import org.roundtable.proposals.ProposalSummary;
import org.roundtable.web.Access;
import org.roundtable.web.Actor;
import org.roundtable.web.Api;
import org.roundtable.web.Feature;
import org.roundtable.web.HttpProblem;
import org.roundtable.web.Identity;
import org.roundtable.web.Input;
import org.roundtable.web.Language;
import org.roundtable.web.Pages;
import org.roundtable.web.Role;
import org.roundtable.web.Routes;

/** Rounds for staff: the staff home, the round form and page, status moves; the same through the JSON API. */
public final class RoundsRoutes implements Feature {
  private static final List<String> STATUSES = Arrays.stream(RoundStatus.values()).map(RoundStatus::wire).toList();
  // What a redirect may ask the round page to confirm; anything else is ignored.
  private static final Set<String> NOTICES = Set.of("created", "saved", "open", "closed", "session");

  private final Pool pool;
  private final Pages pages;
  private final RoundStore rounds;
  private final SessionStore sessions;
  private final ProposalStore proposals;
  private final AuditLog audit;
  private final String baseUrl;

  public RoundsRoutes(Pool pool, Pages pages, RoundStore rounds, SessionStore sessions, ProposalStore proposals,
                      AuditLog audit,
                      String baseUrl) {
    this.pool = pool;
    this.pages = pages;
    this.rounds = rounds;
    this.sessions = sessions;
    this.proposals = proposals;
    this.audit = audit;
    this.baseUrl = baseUrl;
  }

  @Override
  public void mount(Routes routes) {
    Access organisers = Access.roles(Role.ADMIN, Role.FACILITATOR);
    routes.get("/staff", Access.staff(), this::homePage)
        .get("/staff/rounds/new", organisers, this::newRoundPage)
        .post("/staff/rounds/new", organisers, this::createFromForm)
        .get("/staff/rounds/:id", Access.staff(), this::roundPage)
        .get("/staff/rounds/:id/edit", organisers, this::editRoundPage)
        .post("/staff/rounds/:id/edit", organisers, this::updateFromForm)
        .post("/staff/rounds/:id/status", organisers, this::moveFromForm)
        .get("/api/v1/rounds", Access.staff(), this::listJson)
        .post("/api/v1/rounds", organisers, this::createFromJson)
        .get("/api/v1/rounds/:id", Access.staff(), this::showJson)
        .put("/api/v1/rounds/:id", organisers, this::updateFromJson)
        .post("/api/v1/rounds/:id/status", organisers, this::moveFromJson);
  }

  // ---- pages

  private Future<Void> homePage(RoutingContext ctx) {
    return rounds.all().compose(all -> sessions.countByRound().map(counts -> {
      List<Map<String, Object>> rows = all.stream()
          .map(round -> Map.<String, Object>of("round", round, "sessions", counts.getOrDefault(round.id(), 0)))
          .toList();
      pages.render(ctx, "rounds/home", Map.of("rows", rows, "canOrganise", isOrganiser(ctx)));
      return null;
    }));
  }

  private Future<Void> newRoundPage(RoutingContext ctx) {
    Map<String, String> defaults = Map.of("pay.currency", "USD", "pay.per", "session", "responseDueDays", "30");
    renderForm(ctx, 200, null, Map.<String, Object>of("form", defaults));
    return Future.succeededFuture();
  }

  private Future<Void> createFromForm(RoutingContext ctx) {
    Input in = Input.form(ctx);
    RoundDraft draft = RoundDraft.parse(in);
    if (!in.valid()) {
      renderForm(ctx, 400, null, pages.formModel(ctx, in));
      return Future.succeededFuture();
    }
    return create(Identity.actor(ctx), draft).map(round -> {
      Routes.seeOther(ctx, "/staff/rounds/" + round.id() + "?done=created");
      return null;
    });
  }

  private Future<Void> roundPage(RoutingContext ctx) {
    return found(ctx).compose(round -> showRound(ctx, 200, round, null));
  }

  private Future<Void> editRoundPage(RoutingContext ctx) {
    return found(ctx).map(round -> {
      requireEditable(round);
      renderForm(ctx, 200, round, Map.<String, Object>of("form", formValues(round)));
      return null;
    });
  }

  private Future<Void> updateFromForm(RoutingContext ctx) {
    return found(ctx).compose(round -> {
      requireEditable(round);
      Input in = Input.form(ctx);
      RoundDraft draft = RoundDraft.parse(in);
      if (!in.valid()) {
        renderForm(ctx, 400, round, pages.formModel(ctx, in));
        return Future.succeededFuture();
      }
      return update(Identity.actor(ctx), round, draft).map(updated -> {
        Routes.seeOther(ctx, "/staff/rounds/" + round.id() + "?done=saved");
        return null;
      });
    });
  }

  /** A refused move shows the round again with the reason, rather than an error page. */
  private Future<Void> moveFromForm(RoutingContext ctx) {
    return found(ctx).compose(round -> {
      Input in = Input.form(ctx);
      String target = in.choice("status", STATUSES);
      Future<Round> moved = in.valid()
          ? move(Identity.actor(ctx), round, RoundStatus.fromWire(target))
          : Future.failedFuture(HttpProblem.badRequest("invalid_status", "rounds.error.statusChange"));
      return moved.<Void>map(after -> {
        Routes.seeOther(ctx, "/staff/rounds/" + round.id() + "?done=" + after.status().wire());
        return null;
      }).recover(failure -> failure instanceof HttpProblem problem && problem.status() < 500
          ? rounds.find(round.id()).compose(now -> showRound(ctx, 409, now.orElse(round), problem.messageKey()))
          : Future.failedFuture(failure));
    });
  }

  private Future<Void> showRound(RoutingContext ctx, int status, Round round, String problemKey) {
    String lang = Language.of(ctx);
    return sessions.forRound(round.id()).map(list -> {
      List<SessionView> views = list.stream().map(s -> SessionView.of(s, lang, pages.messages())).toList();
      boolean organiser = isOrganiser(ctx);
      Map<String, Object> model = new HashMap<>();
      model.put("round", round);
      model.put("pay", round.pay().describe(lang, pages.messages()));
      model.put("sessions", views);
      model.put("insideWorkingHours", views.stream().filter(v -> !v.afterHours()).count());
      model.put("canOrganise", organiser);
      model.put("canEdit", organiser && round.status().editable());
      round.status().staffStep().filter(step -> organiser).ifPresent(step -> model.put("nextStep", step.wire()));
      String done = ctx.request().getParam("done");
      if (problemKey != null) {
        model.put("problem", pages.messages().text(lang, problemKey));
      } else if (done != null && NOTICES.contains(done)) {
        model.put("notice", pages.messages().text(lang, "rounds.done." + done));
      }
      pages.render(ctx, status, "rounds/round", model);
      return null;
    });
  }

  private void renderForm(RoutingContext ctx, int status, Round round, Map<String, Object> formModel) {
    Map<String, Object> model = new HashMap<>(formModel);
    model.put("levels", ParticipationLevel.WIRE);
    model.put("pers", PayPolicy.PER);
    if (round != null) {
      model.put("round", round);
    }
    pages.render(ctx, status, "rounds/form", model);
  }

  private static Map<String, String> formValues(Round round) {
    Map<String, String> values = new HashMap<>(Map.of("title", round.title(), "purpose", round.purpose(),
        "participationLevel", round.participationLevel(), "decisionRule", round.decisionRule(),
        "pay.amount", PayAmount.typed(round.pay().amountCents()), "pay.currency", round.pay().currency(),
        "pay.per", round.pay().per(), "responseDueDays", String.valueOf(round.responseDueDays())));
    if (round.showTallyBeforeVoting()) {
      values.put("showTallyBeforeVoting", "on");
    }
    if (round.publicOutcome()) {
      values.put("publicOutcome", "on");
    }
    return values;
  }

  // ---- API

  private Future<Void> listJson(RoutingContext ctx) {
    return rounds.all().map(all -> {
      Api.ok(ctx, new JsonObject().put("rounds", new JsonArray(all.stream().map(Round::toJson).toList())));
      return null;
    });
  }

  private Future<Void> createFromJson(RoutingContext ctx) {
    Input in = Input.json(ctx, RoundDraft.FIELDS);
    RoundDraft draft = RoundDraft.parse(in);
    in.requireValid();
    return create(Identity.actor(ctx), draft).map(round -> {
      Api.created(ctx, round.toJson());
      return null;
    });
  }

  private Future<Void> showJson(RoutingContext ctx) {
    return found(ctx).compose(round -> Future.all(sessions.forRound(round.id()), proposals.summariesForRound(round.id()))
        .map(parts -> {
          List<Session> sessionList = parts.resultAt(0);
          List<ProposalSummary> proposalList = parts.resultAt(1);
          Api.ok(ctx, round.toJson()
              .put("sessions", new JsonArray(sessionList.stream().map(s -> s.toJson(baseUrl)).toList()))
              .put("proposals", new JsonArray(proposalList.stream().map(ProposalSummary::toJson).toList())));
          return null;
        }));
  }

  private Future<Void> updateFromJson(RoutingContext ctx) {
    return found(ctx).compose(round -> {
      Input in = Input.json(ctx, RoundDraft.FIELDS);
      RoundDraft draft = RoundDraft.parse(in);
      in.requireValid();
      return update(Identity.actor(ctx), round, draft).map(updated -> {
        Api.ok(ctx, updated.toJson());
        return null;
      });
    });
  }

  private Future<Void> moveFromJson(RoutingContext ctx) {
    Input in = Input.json(ctx, Set.of("status"));
    String target = in.choice("status", STATUSES);
    in.requireValid();
    return found(ctx).compose(round -> move(Identity.actor(ctx), round, RoundStatus.fromWire(target))).map(moved -> {
      Api.ok(ctx, moved.toJson());
      return null;
    });
  }

  // ---- changes, each audited in its own transaction

  Future<Round> create(Actor actor, RoundDraft draft) {
    return pool.withTransaction(tx -> rounds.create(tx, draft, actor.id())
        .compose(round -> audit.record(tx, actor, "round.created", "round", round.id()).map(round)));
  }

  private Future<Round> update(Actor actor, Round round, RoundDraft draft) {
    requireEditable(round);
    return pool.withTransaction(tx -> rounds.update(tx, round.id(), draft).compose(updated -> updated
        .map(changed -> audit.record(tx, actor, "round.updated", "round", round.id()).map(changed))
        .orElseGet(() -> Future.failedFuture(closed()))));
  }

  /** Only draft → open and open → closed, and only from the status the round is in now. */
  private Future<Round> move(Actor actor, Round round, RoundStatus target) {
    if (!round.status().staffStep().equals(Optional.of(target))) {
      return Future.failedFuture(HttpProblem.conflict("invalid_status_change", "rounds.error.statusChange"));
    }
    JsonObject details = new JsonObject().put("from", round.status().wire()).put("to", target.wire());
    return pool.withTransaction(tx -> rounds.moveStatus(tx, round.id(), round.status(), target).compose(moved -> moved
        .map(after -> audit.record(tx, actor, "round.status_changed", "round", round.id(), details).map(after))
        .orElseGet(() -> Future.failedFuture(
            HttpProblem.conflict("status_changed_meanwhile", "rounds.error.statusRace")))));
  }

  private Future<Round> found(RoutingContext ctx) {
    return rounds.find(ctx.pathParam("id")).map(found -> found.orElseThrow(HttpProblem::notFound));
  }

  private static void requireEditable(Round round) {
    if (!round.status().editable()) {
      throw closed();
    }
  }

  static HttpProblem closed() {
    return HttpProblem.conflict("round_closed", "rounds.error.closed");
  }

  private static boolean isOrganiser(RoutingContext ctx) {
    return Identity.actor(ctx).is(Role.ADMIN, Role.FACILITATOR);
  }
}
