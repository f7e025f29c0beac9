package org.roundtable.accounts;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.roundtable.audit.AuditLog;
import org.roundtable.web.Access;
import org.roundtable.web.Actor;
import org.roundtable.web.Api;
import org.roundtable.web.HttpProblem;
import org.roundtable.web.Identity;
import org.roundtable.web.Input;
import org.roundtable.web.Language;
import org.roundtable.web.Feature;
import org.roundtable.web.Pages;
import org.roundtable.web.Role;
import org.roundtable.web.Routes;

/** Staff sign-in and sign-out (pages and API) and the admin's list of staff accounts. */
public final class AccountsRoutes implements Feature {
  private static final List<String> STAFF_ROLES = Arrays.stream(Role.STAFF).map(Role::wire).toList();

  private final Pool pool;
  private final Pages pages;
  private final StaffStore staff;
  private final AuthTokens tokens;
  private final PasswordHasher hasher;
  private final GuessThrottle throttle;
  private final AuditLog audit;
  private final boolean secureCookies;

  public AccountsRoutes(Pool pool, Pages pages, StaffStore staff, AuthTokens tokens, PasswordHasher hasher,
                        AuditLog audit, boolean secureCookies) {
    this.pool = pool;
    this.pages = pages;
    this.staff = staff;
    this.tokens = tokens;
    this.hasher = hasher;
    this.throttle = new GuessThrottle(pool, GuessThrottle.SIGN_IN_FREE_FAILURES);
    this.audit = audit;
    this.secureCookies = secureCookies;
  }

  @Override
  public void mount(Routes routes) {
    Access admins = Access.roles(Role.ADMIN);
    routes.get("/sign-in", Access.anyone(), this::signInPage)
        .post("/sign-in", Access.anyone(), this::signIn)
        .post("/sign-out", Access.anyone(), this::signOut)
        .get("/staff/accounts", admins, this::accountsPage)
        .post("/staff/accounts", admins, this::addStaffFromForm)
        .post("/api/v1/auth/staff", Access.anyone(), this::issueToken)
        .get("/api/v1/staff", admins, this::listStaff)
        .post("/api/v1/staff", admins, this::addStaffFromJson);
  }

  private Future<Void> signInPage(RoutingContext ctx) {
    pages.render(ctx, "accounts/sign-in", Map.of("next", Routes.localPath(ctx.request().getParam("next"), "/staff")));
    return Future.succeededFuture();
  }

  private Future<Void> signIn(RoutingContext ctx) {
    Input in = Input.form(ctx);
    String email = in.email("email");
    String password = in.text("password", 1000);
    String next = Routes.localPath(ctx.request().getFormAttribute("next"), "/staff");
    if (!in.valid()) {
      renderSignIn(ctx, in, next, null);
      return Future.succeededFuture();
    }
    return checkPassword(email, password).compose(outcome -> {
      if (outcome.retryAfter().isPresent()) {
        renderSignIn(ctx, in, next, waitMessage(ctx, outcome.retryAfter().get()));
        return Future.succeededFuture();
      }
      if (outcome.member().isEmpty()) {
        renderSignIn(ctx, in, next, pages.messages().text(Language.of(ctx), "signIn.wrong"));
        return Future.succeededFuture();
      }
      return tokens.issueForStaff(outcome.member().get().id(), AuthTokens.Kind.SESSION).map(token -> {
        Identity.startSession(ctx, token, secureCookies);
        Routes.seeOther(ctx, next);
        return null;
      });
    });
  }

  private void renderSignIn(RoutingContext ctx, Input in, String next, String problem) {
    Map<String, Object> model = new HashMap<>(pages.formModel(ctx, in));
    model.put("next", next);
    model.put("problem", problem == null ? "" : problem);
    model.put("form", Map.of("email", in.typed().getOrDefault("email", "")));
    pages.render(ctx, problem == null ? 400 : 401, "accounts/sign-in", model);
  }

  private Future<Void> signOut(RoutingContext ctx) {
    String token = Identity.sessionToken(ctx);
    Future<Void> revoked = token == null ? Future.succeededFuture() : tokens.revoke(token);
    return revoked.map(v -> {
      Identity.endSession(ctx);
      Routes.seeOther(ctx, "/");
      return null;
    });
  }

  private Future<Void> issueToken(RoutingContext ctx) {
    Input in = Input.json(ctx, Set.of("email", "password"));
    String email = in.email("email");
    String password = in.text("password", 1000);
    in.requireValid();
    return checkPassword(email, password).compose(outcome -> {
      if (outcome.retryAfter().isPresent()) {
        ctx.response().putHeader("Retry-After", String.valueOf(outcome.retryAfter().get().toSeconds() + 1));
        throw new HttpProblem(429, "too_many_attempts", "signIn.tooMany.api", null);
      }
      StaffMember member = outcome.member().orElseThrow(
          () -> new HttpProblem(401, "wrong_credentials", "signIn.wrong", null));
      return tokens.issueForStaff(member.id(), AuthTokens.Kind.BEARER).map(token -> {
        Api.ok(ctx, new JsonObject().put("token", token).put("role", member.role().wire())
            .put("staffId", member.id()).put("name", member.name()));
        return null;
      });
    });
  }

  private record Outcome(Optional<StaffMember> member, Optional<Duration> retryAfter) {}

  /** Checks the password unless the email is being slowed down; records the result for the throttle. */
  private Future<Outcome> checkPassword(String email, String password) {
    String key = "email:" + email;
    return throttle.waitFor(key).compose(wait -> {
      if (wait.isPresent()) {
        return Future.succeededFuture(new Outcome(Optional.empty(), wait));
      }
      return staff.credentials(email).compose(found -> hasher.matches(password,
              found.map(StaffStore.Credentials::passwordHash).orElse(null))
          .compose(ok -> ok
              ? throttle.succeeded(key).map(new Outcome(found.map(StaffStore.Credentials::member), Optional.empty()))
              : throttle.failed(key).map(new Outcome(Optional.empty(), Optional.empty()))));
    });
  }

  private String waitMessage(RoutingContext ctx, Duration wait) {
    long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
    return pages.messages().text(Language.of(ctx), "signIn.tooMany", minutes);
  }

  private Future<Void> accountsPage(RoutingContext ctx) {
    return showAccounts(ctx, 200, Map.of());
  }

  private Future<Void> showAccounts(RoutingContext ctx, int status, Map<String, Object> extra) {
    return staff.all().map(members -> {
      Map<String, Object> model = new HashMap<>(extra);
      model.put("members", members);
      model.put("roles", STAFF_ROLES);
      model.put("added", ctx.request().getParam("added") != null);
      pages.render(ctx, status, "accounts/staff", model);
      return null;
    });
  }

  private Future<Void> addStaffFromForm(RoutingContext ctx) {
    Input in = Input.form(ctx);
    NewStaff request = NewStaff.parse(in);
    if (!in.valid()) {
      return showAccounts(ctx, 400, pages.formModel(ctx, in));
    }
    return create(Identity.actor(ctx), request).compose(created -> {
      if (created.isEmpty()) {
        in.reject("email", "staff.emailTaken");
        return showAccounts(ctx, 400, pages.formModel(ctx, in));
      }
      Routes.seeOther(ctx, "/staff/accounts?added=1");
      return Future.succeededFuture();
    });
  }

  private Future<Void> listStaff(RoutingContext ctx) {
    return staff.all().map(members -> {
      Api.ok(ctx, new JsonObject().put("staff", new JsonArray(members.stream().map(StaffMember::toJson).toList())));
      return null;
    });
  }

  private Future<Void> addStaffFromJson(RoutingContext ctx) {
    Input in = Input.json(ctx, Set.of("email", "password", "role", "name"));
    NewStaff request = NewStaff.parse(in);
    in.requireValid();
    return create(Identity.actor(ctx), request).map(created -> {
      StaffMember member = created.orElseThrow(() -> HttpProblem.conflict("email_taken", "staff.emailTaken"));
      Api.created(ctx, member.toJson());
      return null;
    });
  }

  private Future<Optional<StaffMember>> create(Actor admin, NewStaff request) {
    return hasher.hash(request.password()).compose(hash -> pool.withTransaction(tx ->
        staff.create(tx, request.email(), request.name(), request.role(), hash).compose(created -> created.isEmpty()
            ? Future.succeededFuture(created)
            : audit.record(tx, admin, "staff.created", "staff", created.get().id(),
                new JsonObject().put("role", request.role().wire())).map(created))));
  }

  /** The fields an admin gives for a new staff account. */
  record NewStaff(String email, String name, Role role, String password) {
    static NewStaff parse(Input in) {
      String email = in.email("email");
      String name = in.text("name", 120);
      String role = in.choice("role", STAFF_ROLES);
      String password = in.text("password", 1000);
      if (password != null && password.length() < PasswordHasher.MIN_LENGTH) {
        in.reject("password", "validation.passwordLength", PasswordHasher.MIN_LENGTH);
      }
      return new NewStaff(email, name, role == null ? null : Role.fromWire(role).orElseThrow(), password);
    }
  }
}
