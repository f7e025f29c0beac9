package org.roundtable.participants;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.roundtable.accounts.AuthTokens;
import org.roundtable.rounds.RoundStore;
import org.roundtable.web.Access;
import org.roundtable.web.Api;
import org.roundtable.web.Feature;
import org.roundtable.web.HttpProblem;
import org.roundtable.web.Identity;
import org.roundtable.web.Input;
import org.roundtable.web.Language;
import org.roundtable.web.Messages;
import org.roundtable.web.Pages;
import org.roundtable.web.Role;
import org.roundtable.web.Routes;

/**
 * What a participant does about themselves: consent, a light profile, and withdrawing, as pages and in the API.
 * Consent comes first: the profile waits until they have agreed to take part.
 */
public final class ParticipantRoutes implements Feature {
  static final String HOME = "/home";
  private static final Set<String> CONSENT_FIELDS = Set.of("takePart", "quote");

  private final Pool pool;
  private final ParticipantStore participants;
  private final RoundStore rounds;
  private final AuthTokens tokens;
  private final Pages pages;
  private final List<WithdrawalStep> withdrawalSteps;

  ParticipantRoutes(Pool pool, ParticipantStore participants, RoundStore rounds, AuthTokens tokens, Pages pages,
                    List<WithdrawalStep> withdrawalSteps) {
    this.pool = pool;
    this.participants = participants;
    this.rounds = rounds;
    this.tokens = tokens;
    this.pages = pages;
    this.withdrawalSteps = List.copyOf(withdrawalSteps);
  }

  @Override
  public void mount(Routes routes) {
    Access me = Access.roles(Role.PARTICIPANT);
    Access anyTime = Access.participantBeforeConsent();
    routes.get("/consent", anyTime, this::consentPage)
        .post("/consent", anyTime, this::consentFromForm)
        .get("/profile", me, this::profilePage)
        .post("/profile", me, this::profileFromForm)
        .get("/withdraw", anyTime, this::withdrawPage)
        .post("/withdraw", anyTime, this::withdrawFromForm)
        .get("/goodbye", Access.anyone(), this::goodbye)
        .get("/api/v1/me", anyTime, this::meJson)
        .put("/api/v1/me", me, this::profileFromJson)
        .put("/api/v1/me/consent", anyTime, this::consentFromJson)
        .post("/api/v1/me/withdraw", anyTime, this::withdrawFromJson);
  }

  /** The signed-in participant; 401 if they withdrew a moment ago. */
  static Future<Participant> me(ParticipantStore participants, RoutingContext ctx) {
    return participants.find(Identity.actor(ctx).id()).map(found -> found.orElseThrow(HttpProblem::unauthorized));
  }

  private Future<Void> meJson(RoutingContext ctx) {
    return me(participants, ctx).map(participant -> {
      Api.ok(ctx, participant.toJson());
      return null;
    });
  }

  // ---- consent

  private Future<Void> consentPage(RoutingContext ctx) {
    return me(participants, ctx).compose(participant -> showConsent(ctx, 200, participant,
        Map.of("form", participant.consentQuote() ? Map.of("quote", "on") : Map.of(),
            "errors", Map.of())));
  }

  private Future<Void> showConsent(RoutingContext ctx, int status, Participant participant, Map<String, Object> form) {
    return rounds.find(participant.roundId()).map(round -> {
      String lang = Language.of(ctx);
      Map<String, Object> model = new HashMap<>(form);
      model.put("round", round.orElseThrow());
      model.put("pay", round.orElseThrow().pay().describe(lang, pages.messages()));
      model.put("given", participant.hasConsented());
      model.put("next", next(ctx, ""));
      pages.render(ctx, status, "participants/consent", model);
      return null;
    });
  }

  private Future<Void> consentFromForm(RoutingContext ctx) {
    Input in = Input.form(ctx);
    boolean quote = parseConsent(in);
    return me(participants, ctx).compose(participant -> {
      if (!in.valid()) {
        return showConsent(ctx, 400, participant, pages.formModel(ctx, in));
      }
      return consent(participant.id(), quote).map(saved -> {
        String next = next(ctx, HOME);
        // The first time, the light profile comes next; after that, back to where they were going.
        Routes.seeOther(ctx, participant.hasConsented() ? next
            : "/profile?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        return null;
      });
    });
  }

  private Future<Void> consentFromJson(RoutingContext ctx) {
    Input in = Input.json(ctx, CONSENT_FIELDS);
    boolean quote = parseConsent(in);
    in.requireValid();
    return consent(Identity.actor(ctx).id(), quote).map(saved -> {
      Api.ok(ctx, saved.orElseThrow(HttpProblem::unauthorized).toJson());
      return null;
    });
  }

  private Future<Optional<Participant>> consent(String id, boolean quote) {
    return participants.consent(id, quote).andThen(done -> tokens.changed(id));
  }

  /** Taking part must be a yes (to say no, people withdraw); being quoted is their free choice. */
  private static boolean parseConsent(Input in) {
    if (!in.checkbox("takePart") && !in.errors().has("takePart")) {
      in.reject("takePart", "participants.consent.takePartNeeded");
    }
    return in.checkbox("quote");
  }

  // ---- profile

  private Future<Void> profilePage(RoutingContext ctx) {
    return me(participants, ctx).map(participant -> {
      showProfile(ctx, 200, Map.of("form", formValues(Profile.of(participant)), "errors", Map.of()));
      return null;
    });
  }

  /** {@code form} holds "form" (the values) and "errors" (field to message), as {@link Pages#formModel} gives. */
  private void showProfile(RoutingContext ctx, int status, Map<String, Object> form) {
    Map<String, Object> model = new HashMap<>(form);
    model.put("next", next(ctx, ""));
    model.put("saved", ctx.request().getParam("saved") != null);
    model.put("languageChoices", Messages.LANGUAGES);
    model.put("needs", AccessNeed.WIRE);
    pages.render(ctx, status, "participants/profile", model);
  }

  private Future<Void> profileFromForm(RoutingContext ctx) {
    Input in = Input.form(ctx);
    Profile profile = Profile.parse(in);
    if (!in.valid()) {
      showProfile(ctx, 400, pages.formModel(ctx, in));
      return Future.succeededFuture();
    }
    return saveProfile(ctx, profile).map(saved -> {
      Language.remember(ctx, saved.language());
      String next = next(ctx, "");
      Routes.seeOther(ctx, next.isEmpty() ? "/profile?saved=1" : next);
      return null;
    });
  }

  private Future<Void> profileFromJson(RoutingContext ctx) {
    Input in = Input.json(ctx, Profile.FIELDS);
    Profile profile = Profile.parse(in);
    in.requireValid();
    return saveProfile(ctx, profile).map(saved -> {
      Api.ok(ctx, saved.toJson());
      return null;
    });
  }

  private Future<Participant> saveProfile(RoutingContext ctx, Profile profile) {
    String id = Identity.actor(ctx).id();
    return participants.updateProfile(id, profile).andThen(done -> tokens.changed(id))
        .map(saved -> saved.orElseThrow(HttpProblem::unauthorized));
  }

  private static Map<String, String> formValues(Profile profile) {
    Map<String, String> values = new HashMap<>();
    values.put("pseudonym", profile.pseudonym());
    values.put("language", profile.language());
    values.put("contact", profile.contact() == null ? "" : profile.contact());
    profile.accessNeeds().forEach(need -> values.put("accessNeeds." + need, "on"));
    return values;
  }

  // ---- withdrawing

  private Future<Void> withdrawPage(RoutingContext ctx) {
    pages.render(ctx, "participants/withdraw", Map.of());
    return Future.succeededFuture();
  }

  private Future<Void> withdrawFromForm(RoutingContext ctx) {
    Input in = Input.form(ctx);
    if (!in.checkbox("confirm")) {
      pages.render(ctx, 400, "participants/withdraw", Map.of());
      return Future.succeededFuture();
    }
    return withdraw(ctx).map(v -> {
      Identity.endSession(ctx);
      Routes.seeOther(ctx, "/goodbye");
      return null;
    });
  }

  private Future<Void> withdrawFromJson(RoutingContext ctx) {
    Input in = Input.json(ctx, Set.of("confirm"));
    if (!in.checkbox("confirm") && !in.errors().has("confirm")) {
      in.reject("confirm", "participants.withdraw.confirmNeeded");
    }
    in.requireValid();
    return withdraw(ctx).map(v -> {
      Api.ok(ctx, new JsonObject().put("withdrawn", true));
      return null;
    });
  }

  /**
   * Gone at once: marked withdrawn, contact erased, never quoted, signed out on every device, and whatever
   * other features hold for them undone (the steps run one after another on the one transaction).
   */
  private Future<Void> withdraw(RoutingContext ctx) {
    String id = Identity.actor(ctx).id();
    return pool.withTransaction(tx -> {
      Future<Void> done = participants.withdraw(tx, id).compose(v -> tokens.revokeAllForParticipant(tx, id));
      for (WithdrawalStep step : withdrawalSteps) {
        done = done.compose(v -> step.apply(tx, id));
      }
      return done;
    }).andThen(done -> tokens.changed(id));
  }

  private Future<Void> goodbye(RoutingContext ctx) {
    pages.render(ctx, "participants/goodbye", Map.of());
    return Future.succeededFuture();
  }

  /** The "next" of a query or a form, if it is a path on this site. */
  private static String next(RoutingContext ctx, String fallback) {
    String next = ctx.request().getFormAttribute("next");
    if (next == null || next.isEmpty()) {
      next = ctx.request().getParam("next");
    }
    return Routes.localPath(next, fallback);
  }
}
