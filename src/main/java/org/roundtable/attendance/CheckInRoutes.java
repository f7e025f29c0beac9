package org.roundtable.attendance;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.roundtable.accounts.GuessThrottle;
import org.roundtable.participants.ParticipantStore;
import org.roundtable.rounds.RoundStore;
import org.roundtable.rounds.Session;
import org.roundtable.rounds.SessionStore;
import org.roundtable.rounds.SessionView;
import org.roundtable.web.Access;
import org.roundtable.web.Api;
import org.roundtable.web.Feature;
import org.roundtable.web.HttpProblem;
import org.roundtable.web.Identity;
import org.roundtable.web.Input;
import org.roundtable.web.Language;
import org.roundtable.web.Pages;
import org.roundtable.web.Role;
import org.roundtable.web.Routes;

/**
 * Check-in. Staff: a page per session (the code for the projector, who said they will come and what they need,
 * a search by pseudonym or invitation code, a "Check in" button) and its API. Participants: type the session code
 * on /checkin (or the home page), and the API twin.
 */
final class CheckInRoutes implements Feature {
  private static final Set<String> DONE = Set.of("new", "again");

  private final CheckIns checkIns;
  private final AttendanceStore attendance;
  private final RsvpStore rsvps;
  private final SessionCodeStore codes;
  private final SessionStore sessions;
  private final RoundStore rounds;
  private final ParticipantStore participants;
  private final PeopleSearch people;
  private final Pages pages;

  CheckInRoutes(CheckIns checkIns, AttendanceStore attendance, RsvpStore rsvps, SessionCodeStore codes,
                SessionStore sessions, RoundStore rounds, ParticipantStore participants, PeopleSearch people,
                Pages pages) {
    this.checkIns = checkIns;
    this.attendance = attendance;
    this.rsvps = rsvps;
    this.codes = codes;
    this.sessions = sessions;
    this.rounds = rounds;
    this.participants = participants;
    this.people = people;
    this.pages = pages;
  }

  @Override
  public void mount(Routes routes) {
    Access organisers = Access.roles(Role.ADMIN, Role.FACILITATOR);
    Access me = Access.roles(Role.PARTICIPANT);
    routes.get("/staff/sessions/:id/checkin", organisers, this::staffPage)
        .post("/staff/sessions/:id/checkin", organisers, this::staffCheckInFromForm)
        .get("/api/v1/sessions/:id/attendance", organisers, this::rosterJson)
        .get("/api/v1/sessions/:id/people", organisers, this::searchJson)
        .post("/api/v1/sessions/:id/checkin", organisers, this::staffCheckInFromJson)
        .get("/checkin", me, this::selfPage)
        .post("/checkin", me, this::selfCheckInFromForm)
        .post("/api/v1/me/checkin", me, this::selfCheckInFromJson);
  }

  // ---- staff

  private Future<Void> staffPage(RoutingContext ctx) {
    return foundSession(ctx).compose(session -> showStaffPage(ctx, 200, session, null));
  }

  private Future<Void> staffCheckInFromForm(RoutingContext ctx) {
    return foundSession(ctx).compose(session -> {
      Input in = Input.form(ctx);
      String participantId = in.text("participantId", 100);
      String search = in.optionalText("q", 100).orElse("");
      Future<CheckIns.StaffOutcome> done = in.valid()
          ? checkIns.byStaff(Identity.actor(ctx), session, participantId)
          : Future.failedFuture(HttpProblem.badRequest("invalid", "attendance.error.notInRound"));
      return done.<Void>map(outcome -> {
        Routes.seeOther(ctx, "/staff/sessions/" + session.id() + "/checkin?done=" + (outcome.already() ? "again" : "new")
            + "&who=" + outcome.attendee().participantId() + "&q=" + URLEncoder.encode(search, StandardCharsets.UTF_8));
        return null;
      }).recover(failure -> failure instanceof HttpProblem problem && problem.status() < 500
          ? showStaffPage(ctx, problem.status(), session, problemMessage(ctx, problem))
          : Future.failedFuture(failure));
    });
  }

  private Future<Void> showStaffPage(RoutingContext ctx, int status, Session session, String problem) {
    String lang = Language.of(ctx);
    String search = query(ctx);
    return rounds.find(session.roundId()).compose(round -> roster(session)
        .compose(roster -> codes.codeFor(session.id())
            .compose(code -> people.find(session.roundId(), search).map(found -> {
              Map<String, Object> model = new HashMap<>();
              model.put("round", round.orElseThrow());
              model.put("view", SessionView.of(session, lang, pages.messages()));
              model.put("code", SessionCodeStore.display(code));
              model.put("roster", roster);
              model.put("counts", Map.of("checkedIn", roster.arrived().size(), "going", roster.going().size(),
                  "waiting", roster.waiting().size(), "placesLeft", roster.placesLeft()));
              model.put("needs", roster.needs().entrySet().stream()
                  .map(e -> Map.of("key", "participants.need." + e.getKey(), "count", e.getValue())).toList());
              model.put("arrived", roster.arrived().stream().map(a -> Map.of("pseudonym", nameOf(a.pseudonym(), lang),
                  "at", time(a.attendee(), session, lang),
                  "howKey", "attendance.staff.how." + a.attendee().how().wire())).toList());
              model.put("notYet", CheckInWindow.of(session).at(Instant.now()) == CheckInWindow.State.NOT_YET);
              model.put("q", search);
              model.put("form", Map.of("q", search));
              if (!search.isEmpty()) {
                Set<String> inside = roster.arrived().stream().map(Roster.Arrival::participantId)
                    .collect(Collectors.toSet());
                model.put("searched", true);
                model.put("results", found.stream().map(p -> Map.of("id", p.id(), "pseudonym", p.pseudonym(),
                    "checkedIn", inside.contains(p.id()))).toList());
              }
              if (problem != null) {
                model.put("problem", problem);
              } else {
                notice(ctx, roster, lang).ifPresent(text -> model.put("notice", text));
              }
              pages.render(ctx, status, "attendance/checkin", model);
              return null;
            }))));
  }

  private Future<Void> rosterJson(RoutingContext ctx) {
    return foundSession(ctx).compose(session -> roster(session).compose(roster -> codes.codeFor(session.id())
        .map(code -> {
          Api.ok(ctx, roster.toJson(code));
          return null;
        })));
  }

  /** The page's search: {@code ?q=} part of a pseudonym or an invitation code, with who is already in. */
  private Future<Void> searchJson(RoutingContext ctx) {
    return foundSession(ctx).compose(session -> people.find(session.roundId(), query(ctx))
        .compose(found -> attendance.attendees(session.id()).map(arrived -> {
          Set<String> inside = arrived.stream().map(Attendee::participantId).collect(Collectors.toSet());
          Api.ok(ctx, new JsonObject().put("people", new JsonArray(found.stream().map(p -> new JsonObject()
              .put("participantId", p.id()).put("pseudonym", p.pseudonym()).put("checkedIn", inside.contains(p.id())))
              .toList())));
          return null;
        })));
  }

  private Future<Void> staffCheckInFromJson(RoutingContext ctx) {
    return foundSession(ctx).compose(session -> {
      Input in = Input.json(ctx, Set.of("participantId"));
      String participantId = in.text("participantId", 100);
      in.requireValid();
      return checkIns.byStaff(Identity.actor(ctx), session, participantId).map(outcome -> {
        // 201 also the second time (the contract says so); the body tells it apart, nothing is doubled.
        Api.created(ctx, attendeeJson(outcome.attendee(), outcome.already()));
        return null;
      });
    });
  }

  private Future<Roster> roster(Session session) {
    return rsvps.lines(session.id()).compose(lines -> attendance.attendees(session.id())
        .compose(arrived -> participants.findAll(Stream.concat(lines.stream().map(RsvpStore.Line::participantId),
                arrived.stream().map(Attendee::participantId)).distinct().toList())
            .map(people -> Roster.of(session, lines, arrived, people))));
  }

  private Optional<String> notice(RoutingContext ctx, Roster roster, String lang) {
    String done = ctx.request().getParam("done");
    String who = ctx.request().getParam("who");
    if (done == null || !DONE.contains(done) || who == null) {
      return Optional.empty();
    }
    return roster.arrived().stream().filter(a -> a.participantId().equals(who)).findFirst()
        .map(a -> pages.messages().text(lang, "attendance.staff.done." + done, nameOf(a.pseudonym(), lang)));
  }

  // ---- participants

  private Future<Void> selfPage(RoutingContext ctx) {
    String done = ctx.request().getParam("done");
    Map<String, Object> model = new HashMap<>();
    if (done != null && DONE.contains(done)) {
      model.put("notice", pages.messages().text(Language.of(ctx), "attendance.self.done." + done));
    }
    pages.render(ctx, "attendance/self-checkin", model);
    return Future.succeededFuture();
  }

  private Future<Void> selfCheckInFromForm(RoutingContext ctx) {
    Input in = Input.form(ctx);
    String code = in.text("code", 100);
    if (!in.valid()) {
      return showSelfAgain(ctx, in, 400);
    }
    return Participation.active(participants, Identity.actor(ctx))
        .compose(me -> checkIns.bySelf(me, code)).compose(outcome -> {
          CheckIns.Result result = outcome.result();
          if (result == CheckIns.Result.CHECKED_IN || result == CheckIns.Result.ALREADY) {
            Routes.seeOther(ctx, "/checkin?done=" + (result == CheckIns.Result.ALREADY ? "again" : "new"));
            return Future.succeededFuture();
          }
          String lang = Language.of(ctx);
          if (result == CheckIns.Result.TOO_MANY) {
            in.reject("code", "attendance.self.TOO_MANY", GuessThrottle.minutes(outcome.retryAfter()));
          } else if (outcome.session() != null) {
            in.reject("code", "attendance.self." + result.name(),
                SessionView.of(outcome.session(), lang, pages.messages()).when());
          } else {
            in.reject("code", "attendance.self." + result.name());
          }
          return showSelfAgain(ctx, in, status(result));
        });
  }

  private Future<Void> showSelfAgain(RoutingContext ctx, Input in, int status) {
    pages.render(ctx, status, "attendance/self-checkin", pages.formModel(ctx, in));
    return Future.succeededFuture();
  }

  private Future<Void> selfCheckInFromJson(RoutingContext ctx) {
    Input in = Input.json(ctx, Set.of("code"));
    String code = in.text("code", 100);
    in.requireValid();
    return Participation.active(participants, Identity.actor(ctx))
        .compose(me -> checkIns.bySelf(me, code).compose(outcome -> switch (outcome.result()) {
          case CHECKED_IN, ALREADY -> {
            Api.created(ctx, attendeeJson(outcome.attendee(), outcome.result() == CheckIns.Result.ALREADY));
            yield Future.succeededFuture();
          }
          case NOT_A_CODE, WRONG_CODE -> {
            in.reject("code", "attendance.api." + outcome.result().name());
            in.requireValid();
            yield Future.succeededFuture();
          }
          case TOO_MANY -> {
            ctx.response().putHeader("Retry-After", String.valueOf(outcome.retryAfter().toSeconds() + 1));
            throw new HttpProblem(429, "too_many", "attendance.api.TOO_MANY", null);
          }
          default -> throw HttpProblem.conflict(outcome.result().name().toLowerCase(Locale.ROOT),
              "attendance.api." + outcome.result().name());
        }));
  }

  // ---- shared

  private static JsonObject attendeeJson(Attendee attendee, boolean already) {
    return new JsonObject()
        .put("sessionId", attendee.sessionId())
        .put("participantId", attendee.participantId())
        .put("checkedInAt", attendee.checkedInAt().toString())
        .put("how", attendee.how().wire())
        .put("alreadyCheckedIn", already);
  }

  private Future<Session> foundSession(RoutingContext ctx) {
    return sessions.find(ctx.pathParam("id")).map(found -> found.orElseThrow(HttpProblem::notFound));
  }

  /** What went wrong in words: the field's own message (e.g. "not in this round") rather than "fix the fields". */
  private String problemMessage(RoutingContext ctx, HttpProblem problem) {
    String lang = Language.of(ctx);
    return problem.fields() == null ? pages.messages().text(lang, problem.messageKey())
        : String.join(" ", problem.fields().render(pages.messages(), lang).values());
  }

  private String nameOf(String pseudonym, String lang) {
    return pseudonym == null ? pages.messages().text(lang, "attendance.staff.withdrawn") : pseudonym;
  }

  private static String query(RoutingContext ctx) {
    String q = ctx.request().getParam("q");
    return q == null ? "" : q.strip().substring(0, Math.min(q.strip().length(), 100));
  }

  private static String time(Attendee attendee, Session session, String lang) {
    return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Locale.forLanguageTag(lang))
        .format(attendee.checkedInAt().atZoneSameInstant(session.timeZone()));
  }

  private static int status(CheckIns.Result result) {
    return switch (result) {
      case CHECKED_IN, ALREADY -> 200;
      case NOT_A_CODE, WRONG_CODE -> 400;
      case TOO_MANY -> 429;
      case ROUND_CLOSED, NOT_YET, OVER -> 409;
    };
  }
}
