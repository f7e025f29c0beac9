package org.roundtable.web;

import io.vertx.core.Handler;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * CSRF defence for pages (double-submit): each browser holds a random token in an HttpOnly cookie and every
 * form carries the same token in a hidden {@code _csrf} field. Stateless, so it works across instances and
 * never expires while someone reads a long proposal before posting.
 */
public final class Csrf implements Handler<RoutingContext> {
  static final String COOKIE = "rt_csrf";
  public static final String FIELD = "_csrf";
  private static final String KEY = "csrf";
  private static final SecureRandom RANDOM = new SecureRandom();

  public static String token(RoutingContext ctx) {
    return ctx.get(KEY);
  }

  @Override
  public void handle(RoutingContext ctx) {
    if (Identity.isApi(ctx)) {
      ctx.next();
      return;
    }
    Cookie cookie = ctx.request().getCookie(COOKIE);
    String token = cookie == null ? null : cookie.getValue();
    if (isUnsafe(ctx.request().method())) {
      String sent = ctx.request().getFormAttribute(FIELD);
      if (token == null || sent == null || !constantTimeEquals(token, sent)) {
        ctx.fail(new HttpProblem(403, "csrf", "error.csrf.message", null));
        return;
      }
    }
    if (token == null || token.length() < 20) {
      token = newToken();
      ctx.response().addCookie(Cookie.cookie(COOKIE, token)
          .setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.LAX));
    }
    ctx.put(KEY, token);
    ctx.next();
  }

  private static boolean isUnsafe(HttpMethod method) {
    return method != HttpMethod.GET && method != HttpMethod.HEAD && method != HttpMethod.OPTIONS;
  }

  private static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  private static String newToken() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
