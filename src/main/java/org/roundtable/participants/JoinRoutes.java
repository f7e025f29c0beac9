package org.roundtable.participants;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.roundtable.accounts.AuthTokens;
import org.roundtable.accounts.GuessThrottle;
import org.roundtable.accounts.InvitationCodes;
import org.roundtable.web.Access;
import org.roundtable.web.Api;
import org.roundtable.web.ClientAddress;
import org.roundtable.web.Feature;
import org.roundtable.web.HttpProblem;
import org.roundtable.web.Identity;
import org.roundtable.web.Input;
import org.roundtable.web.Language;
import org.roundtable.web.Pages;
import org.roundtable.web.Routes;

/**
 * Joining with an invitation code, typed on /join or opened from the QR link (/join?code=…), and its API twin.
 * A wrong code is answered 401 in the API (as a wrong password is), a code that cannot be a code 400.
 */
public final class JoinRoutes implements Feature {
  private final Joining joining;
  private final Pages pages;
  private final boolean secureCookies;

  JoinRoutes(Joining joining, Pages pages, boolean secureCookies) {
    this.joining = joining;
    this.pages = pages;
    this.secureCookies = secureCookies;
  }

  @Override
  public void mount(Routes routes) {
    routes.get("/join", Access.anyone(), this::joinPage)
        .post("/join", Access.anyone(), this::joinFromForm)
        .post("/api/v1/auth/participant", Access.anyone(), this::joinFromJson);
  }

  private Future<Void> joinPage(RoutingContext ctx) {
    String code = ctx.request().getParam("code");
    String shown = InvitationCodes.normalize(code).map(InvitationCodes::format).orElse(code == null ? "" : code);
    pages.render(ctx, "participants/join", Map.of("form", Map.of("code", shown),
        "next", Routes.localPath(ctx.request().getParam("next"), "")));
    return Future.succeededFuture();
  }

  private Future<Void> joinFromForm(RoutingContext ctx) {
    Input in = Input.form(ctx);
    String code = in.text("code", 100);
    String next = Routes.localPath(ctx.request().getFormAttribute("next"), "");
    if (!in.valid()) {
      return showAgain(ctx, in, next, 400);
    }
    return joining.join(code, address(ctx), Language.of(ctx), AuthTokens.Kind.SESSION).compose(outcome -> {
      switch (outcome.result()) {
        case JOINED -> {
          Identity.startSession(ctx, outcome.token(), secureCookies);
          String then = next.isEmpty() ? ParticipantRoutes.HOME : next;
          Routes.seeOther(ctx, outcome.participant().hasConsented() ? then : Routes.consentPath(then));
          return Future.succeededFuture();
        }
        case TOO_MANY -> in.reject("code", "participants.join.tooMany", GuessThrottle.minutes(outcome.retryAfter()));
        case ROUND_NOT_OPEN -> in.reject("code", "participants.join.roundNotOpen." + outcome.roundStatus().wire());
        default -> in.reject("code", "participants.join." + outcome.result().name());
      }
      return showAgain(ctx, in, next, status(outcome.result()));
    });
  }

  private Future<Void> showAgain(RoutingContext ctx, Input in, String next, int status) {
    Map<String, Object> model = new HashMap<>(pages.formModel(ctx, in));
    model.put("next", next);
    pages.render(ctx, status, "participants/join", model);
    return Future.succeededFuture();
  }

  private Future<Void> joinFromJson(RoutingContext ctx) {
    Input in = Input.json(ctx, Set.of("code"));
    String code = in.text("code", 100);
    in.requireValid();
    return joining.join(code, address(ctx), Language.of(ctx), AuthTokens.Kind.BEARER).map(outcome -> {
      Joining.Result result = outcome.result();
      switch (result) {
        case JOINED -> {
          Api.ok(ctx, new JsonObject().put("token", outcome.token())
              .put("participantId", outcome.participant().id()).put("roundId", outcome.participant().roundId())
              .put("consentGiven", outcome.participant().hasConsented()));
          return null;
        }
        case NOT_A_CODE -> {
          in.reject("code", "participants.join.NOT_A_CODE");
          in.requireValid();
        }
        case TOO_MANY -> ctx.response().putHeader("Retry-After", String.valueOf(outcome.retryAfter().toSeconds() + 1));
        default -> { }
      }
      String key = result == Joining.Result.ROUND_NOT_OPEN
          ? "participants.join.roundNotOpen." + outcome.roundStatus().wire()
          : result == Joining.Result.TOO_MANY ? "participants.join.tooManyApi" : "participants.join." + result.name();
      throw new HttpProblem(status(result), result.name().toLowerCase(java.util.Locale.ROOT), key, null);
    });
  }

  private static int status(Joining.Result result) {
    return switch (result) {
      case JOINED -> 200;
      case NOT_A_CODE -> 400;
      case UNKNOWN -> 401;
      case TOO_MANY -> 429;
      case ROUND_NOT_OPEN, CODE_WITHDRAWN -> 409;
    };
  }

  /** Wrong guesses are counted per client address (a forwarded one only behind a trusted proxy). */
  private static String address(RoutingContext ctx) {
    return ClientAddress.of(ctx);
  }
}
