package org.roundtable.web;

import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * Registers routes together with who may call them. Every route passes the role guard first, and the table
 * of (method, path, access) is kept so the role-matrix test can walk every route there is.
 */
public final class Routes {
  public record Route(HttpMethod method, String path, Access access) {}

  private final Router router;
  private final Collection<Route> table;

  public Routes(Router router, Collection<Route> table) {
    this.router = router;
    this.table = table;
  }

  public Routes get(String path, Access access, Endpoint endpoint) {
    return add(HttpMethod.GET, path, access, endpoint);
  }

  public Routes post(String path, Access access, Endpoint endpoint) {
    return add(HttpMethod.POST, path, access, endpoint);
  }

  public Routes put(String path, Access access, Endpoint endpoint) {
    return add(HttpMethod.PUT, path, access, endpoint);
  }

  public Routes delete(String path, Access access, Endpoint endpoint) {
    return add(HttpMethod.DELETE, path, access, endpoint);
  }

  private Routes add(HttpMethod method, String path, Access access, Endpoint endpoint) {
    table.add(new Route(method, path, access));
    router.route(method, path).handler(ctx -> guard(ctx, access)).handler(ctx -> run(ctx, endpoint));
    return this;
  }

  private static void guard(RoutingContext ctx, Access access) {
    Actor actor = Identity.actor(ctx);
    if (actor != null && !actor.consented() && !access.beforeConsent() && !access.isPublic()
        && access.allows(actor.role())) {
      consentFirst(ctx);
    } else if (access.isPublic() || (actor != null && access.allows(actor.role()))) {
      ctx.next();
    } else if (actor == null && !Identity.isApi(ctx)) {
      String signIn = access.participantsOnly() ? "/join" : "/sign-in";
      seeOther(ctx, signIn + "?next=" + URLEncoder.encode(ctx.request().uri(), StandardCharsets.UTF_8));
    } else {
      ctx.fail(actor == null ? HttpProblem.unauthorized() : HttpProblem.forbidden());
    }
  }

  /** Joined but not yet agreed to take part: pages go to the consent page and come back; the API says why. */
  private static void consentFirst(RoutingContext ctx) {
    if (Identity.isApi(ctx)) {
      ctx.fail(HttpProblem.conflict("consent_needed", "error.consentNeeded"));
    } else {
      seeOther(ctx, consentPath(ctx.request().uri()));
    }
  }

  /** The consent page, coming back to {@code then} afterwards. */
  public static String consentPath(String then) {
    return "/consent?next=" + URLEncoder.encode(then, StandardCharsets.UTF_8);
  }

  private static void run(RoutingContext ctx, Endpoint endpoint) {
    try {
      Future<?> done = endpoint.handle(ctx);
      if (done != null) {
        done.onFailure(ctx::fail);
      }
    } catch (Exception e) {
      ctx.fail(e);
    }
  }

  /** A path on this site, else {@code fallback}: a "next" or "back" parameter must not bounce people elsewhere. */
  public static String localPath(String path, String fallback) {
    if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) {
      return fallback;
    }
    return path;
  }

  /** After a form post: see the result with a fresh GET (303), so reloading never posts twice. */
  public static void seeOther(RoutingContext ctx, String location) {
    ctx.response().setStatusCode(303).putHeader("Location", location).end();
  }
}
