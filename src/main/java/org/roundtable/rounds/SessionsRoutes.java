package org.roundtable.rounds;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roundtable.audit.AuditLog;
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

/** Sessions of a round: the session form, the JSON API, and each session's calendar file. */
public final class SessionsRoutes implements Feature {
  private static final DateTimeFormatter LOCAL_MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

  private final Pool pool;
  private final Pages pages;
  private final RoundStore rounds;
  private final SessionStore sessions;
  private final AuditLog audit;
  private final String baseUrl;
  private final List<SessionChangeStep> changeSteps;

  public SessionsRoutes(Pool pool, Pages pages, RoundStore rounds, SessionStore sessions, AuditLog audit,
                        String baseUrl, List<SessionChangeStep> changeSteps) {
    this.pool = pool;
    this.pages = pages;
    this.rounds = rounds;
    this.sessions = sessions;
    this.audit = audit;
    this.baseUrl = baseUrl;
    this.changeSteps = List.copyOf(changeSteps);
  }

  @Override
  public void mount(Routes routes) {
    Access organisers = Access.roles(Role.ADMIN, Role.FACILITATOR);
    routes.get("/staff/rounds/:id/sessions/new", organisers, this::newSessionPage)
        .post("/staff/rounds/:id/sessions/new", organisers, this::createFromForm)
        .get("/staff/sessions/:id/edit", organisers, this::editSessionPage)
        .post("/staff/sessions/:id/edit", organisers, this::updateFromForm)
        .post("/api/v1/rounds/:id/sessions", organisers, this::createFromJson)
        .get("/api/v1/sessions/:id", Access.staff(), this::showJson)
        .put("/api/v1/sessions/:id", organisers, this::updateFromJson)
        .get("/api/v1/sessions/:id/calendar.ics", Access.anyone(), this::calendar);
  }

  // ---- pages

  /** A new session starts in the time zone of the round's latest one: rounds rarely span zones. */
  private Future<Void> newSessionPage(RoutingContext ctx) {
    return editableRound(ctx.pathParam("id")).compose(round -> sessions.forRound(round.id()).map(existing -> {
      Map<String, String> defaults = existing.isEmpty()
          ? Map.of() : Map.of("timeZone", existing.get(existing.size() - 1).timeZone().getId());
      renderForm(ctx, 200, round, null, Map.of("form", defaults, "errors", Map.of()), null);
      return null;
    }));
  }

  private Future<Void> createFromForm(RoutingContext ctx) {
    return editableRound(ctx.pathParam("id")).compose(round -> {
      Input in = Input.form(ctx);
      SessionDraft draft = SessionDraft.parse(in);
      if (!in.valid()) {
        renderForm(ctx, 400, round, null, pages.formModel(ctx, in), draft.afterHoursCheck().orElse(null));
        return Future.succeededFuture();
      }
      return create(Identity.actor(ctx), round, draft).map(session -> {
        showSaved(ctx, session);
        return null;
      });
    });
  }

  private Future<Void> editSessionPage(RoutingContext ctx) {
    return foundSession(ctx).compose(session -> editableRound(session.roundId()).map(round -> {
      Map<String, Object> model = Map.of("form", formValues(session), "errors", Map.of());
      renderForm(ctx, 200, round, session, model, session.afterHoursCheck());
      return null;
    }));
  }

  private Future<Void> updateFromForm(RoutingContext ctx) {
    return foundSession(ctx).compose(session -> editableRound(session.roundId()).compose(round -> {
      Input in = Input.form(ctx);
      SessionDraft draft = SessionDraft.parse(in);
      if (!in.valid()) {
        renderForm(ctx, 400, round, session, pages.formModel(ctx, in), draft.afterHoursCheck().orElse(null));
        return Future.succeededFuture();
      }
      return update(Identity.actor(ctx), session, draft).map(saved -> {
        showSaved(ctx, saved);
        return null;
      });
    }));
  }

  /** A session inside working hours goes back to its form, where the warning stands; others to the round. */
  private static void showSaved(RoutingContext ctx, Session session) {
    Routes.seeOther(ctx, session.afterHoursCheck().afterHours()
        ? "/staff/rounds/" + session.roundId() + "?done=session#sessions"
        : "/staff/sessions/" + session.id() + "/edit?done=saved");
  }

  private void renderForm(RoutingContext ctx, int status, Round round, Session session, Map<String, Object> formModel,
                          AfterHoursCheck check) {
    String lang = Language.of(ctx);
    Map<String, Object> model = new HashMap<>(formModel);
    model.put("round", round);
    if (session != null) {
      model.put("session", session);
    }
    @SuppressWarnings("unchecked")
    Map<String, String> form = (Map<String, String>) formModel.get("form");
    model.put("zones", SessionZones.options(form.get("timeZone"), lang));
    model.put("longestHours", SessionDraft.LONGEST_HOURS);
    if (check != null && !check.afterHours()) {
      model.put("warning", SessionView.overlapSentence(check, lang, pages.messages()));
    }
    model.put("saved", status == 200 && "saved".equals(ctx.request().getParam("done")));
    pages.render(ctx, status, "rounds/session-form", model);
  }

  private static Map<String, String> formValues(Session session) {
    Map<String, String> form = new HashMap<>();
    form.put("startsAt", LOCAL_MINUTES.format(session.startsAt().atZone(session.timeZone())));
    form.put("endsAt", LOCAL_MINUTES.format(session.endsAt().atZone(session.timeZone())));
    form.put("timeZone", session.timeZone().getId());
    form.put("place", session.place() == null ? "" : session.place());
    form.put("onlineUrl", session.onlineUrl() == null ? "" : session.onlineUrl());
    form.put("accessibility", session.accessibility() == null ? "" : session.accessibility());
    form.put("capacity", String.valueOf(session.capacity()));
    return form;
  }

  // ---- API

  private Future<Void> createFromJson(RoutingContext ctx) {
    return foundRound(ctx.pathParam("id")).compose(round -> {
      Input in = Input.json(ctx, SessionDraft.FIELDS);
      SessionDraft draft = SessionDraft.parse(in);
      in.requireValid();
      return create(Identity.actor(ctx), round, draft).map(session -> {
        Api.created(ctx, session.toJson(baseUrl));
        return null;
      });
    });
  }

  private Future<Void> showJson(RoutingContext ctx) {
    return foundSession(ctx).map(session -> {
      Api.ok(ctx, session.toJson(baseUrl));
      return null;
    });
  }

  private Future<Void> updateFromJson(RoutingContext ctx) {
    return foundSession(ctx).compose(session -> {
      Input in = Input.json(ctx, SessionDraft.FIELDS);
      SessionDraft draft = SessionDraft.parse(in);
      in.requireValid();
      return update(Identity.actor(ctx), session, draft).map(saved -> {
        Api.ok(ctx, saved.toJson(baseUrl));
        return null;
      });
    });
  }

  /** Public, so a participant can add the session to their calendar without signing in. */
  private Future<Void> calendar(RoutingContext ctx) {
    String lang = Language.of(ctx);
    return foundSession(ctx).compose(session -> foundRound(session.roundId()).map(round -> {
      String description = session.accessibility() == null ? round.purpose() : round.purpose() + "\n\n"
          + pages.messages().text(lang, "sessions.calendar.accessibility", session.accessibility());
      SessionEvent event = new SessionEvent(session.id() + "@roundtable",
          pages.messages().text(lang, "sessions.calendar.title", round.title()), description,
          session.startsAt(), session.endsAt(), session.timeZone(), session.place(),
          session.onlineUrl() == null ? null : URI.create(session.onlineUrl()), URI.create(baseUrl + "/"),
          session.updatedAt(), session.revision());
      ctx.response()
          .putHeader("Content-Type", "text/calendar; charset=utf-8")
          .putHeader("Content-Disposition", "attachment; filename=\"roundtable-session.ics\"")
          .putHeader("Cache-Control", "no-cache")
          .end(SessionCalendar.toIcs(event));
      return null;
    }));
  }

  // ---- changes, each audited in its own transaction

  private Future<Session> create(Actor actor, Round round, SessionDraft draft) {
    return pool.withTransaction(tx -> sessions.create(tx, round.id(), draft, actor.id()).compose(created -> created
        .map(session -> audit.record(tx, actor, "session.created", "session", session.id(),
            new JsonObject().put("roundId", round.id())).map(session))
        .orElseGet(() -> Future.failedFuture(RoundsRoutes.closed()))));
  }

  private Future<Session> update(Actor actor, Session session, SessionDraft draft) {
    return pool.withTransaction(tx -> sessions.update(tx, session.id(), draft).compose(updated -> updated
        .map(saved -> {
          Future<Void> done = audit.record(tx, actor, "session.updated", "session", session.id(),
              new JsonObject().put("roundId", session.roundId()));
          for (SessionChangeStep step : changeSteps) {
            done = done.compose(v -> step.apply(tx, saved));
          }
          return done.map(saved);
        })
        .orElseGet(() -> Future.failedFuture(RoundsRoutes.closed()))));
  }

  private Future<Session> foundSession(RoutingContext ctx) {
    return sessions.find(ctx.pathParam("id")).map(found -> found.orElseThrow(HttpProblem::notFound));
  }

  private Future<Round> foundRound(String id) {
    return rounds.find(id).map(found -> found.orElseThrow(HttpProblem::notFound));
  }

  private Future<Round> editableRound(String id) {
    return foundRound(id).map(round -> {
      if (!round.status().editable()) {
        throw RoundsRoutes.closed();
      }
      return round;
    });
  }
}
