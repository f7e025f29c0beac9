package org.roundtable.web;

import io.vertx.core.Handler;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/**
 * Finds who is calling: the API reads only {@code Authorization: Bearer}, pages read only the session
 * cookie. Keeping the two apart means a cookie can never authorise an API call, so the API needs no CSRF
 * defence and the pages need no tokens in scripts.
 */
public final class Identity implements Handler<RoutingContext> {
  public static final String SESSION_COOKIE = "rt_session";
  private static final String KEY = "actor";
  private final Authenticator authenticator;

  public Identity(Authenticator authenticator) {
    this.authenticator = authenticator;
  }

  public static Actor actor(RoutingContext ctx) {
    return ctx.get(KEY);
  }

  public static boolean isApi(RoutingContext ctx) {
    return ctx.normalizedPath().startsWith("/api/");
  }

  /** Signs the browser in: the token lives only in an HttpOnly cookie. */
  public static void startSession(RoutingContext ctx, String token, boolean secure) {
    ctx.response().addCookie(Cookie.cookie(SESSION_COOKIE, token)
        .setPath("/").setHttpOnly(true).setSecure(secure).setSameSite(CookieSameSite.LAX)
        .setMaxAge(30L * 24 * 3600));
  }

  public static String sessionToken(RoutingContext ctx) {
    Cookie cookie = ctx.request().getCookie(SESSION_COOKIE);
    return cookie == null ? null : cookie.getValue();
  }

  public static void endSession(RoutingContext ctx) {
    ctx.response().addCookie(Cookie.cookie(SESSION_COOKIE, "").setPath("/").setMaxAge(0).setHttpOnly(true));
  }

  @Override
  public void handle(RoutingContext ctx) {
    String token = isApi(ctx) ? bearer(ctx) : sessionToken(ctx);
    if (token == null || token.isBlank() || token.length() > 200) {
      ctx.next();
      return;
    }
    authenticator.actorForToken(token).onComplete(result -> {
      if (result.failed()) {
        ctx.fail(result.cause());
        return;
      }
      result.result().ifPresent(actor -> ctx.put(KEY, actor));
      ctx.next();
    });
  }

  private static String bearer(RoutingContext ctx) {
    String header = ctx.request().getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    return header.substring(7).trim();
  }
}
