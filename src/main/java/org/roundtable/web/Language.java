package org.roundtable.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.LanguageHeader;
import io.vertx.ext.web.RoutingContext;

/**
 * The language a page is shown in: the person's own choice (language switch cookie, or a participant's
 * profile), else what their browser asks for, else English.
 */
public final class Language {
  static final String COOKIE = "rt_lang";
  private static final String KEY = "lang";

  private Language() {}

  public static String of(RoutingContext ctx) {
    String cached = ctx.get(KEY);
    if (cached != null) {
      return cached;
    }
    String lang = chosen(ctx);
    ctx.put(KEY, lang);
    return lang;
  }

  public static void remember(RoutingContext ctx, String lang) {
    ctx.response().addCookie(Cookie.cookie(COOKIE, Messages.supported(lang))
        .setPath("/").setMaxAge(365L * 24 * 3600).setSameSite(CookieSameSite.LAX).setHttpOnly(true));
    ctx.put(KEY, Messages.supported(lang));
  }

  private static String chosen(RoutingContext ctx) {
    Cookie cookie = ctx.request().getCookie(COOKIE);
    if (cookie != null && cookie.getValue() != null && Messages.LANGUAGES.contains(cookie.getValue())) {
      return cookie.getValue();
    }
    Actor actor = Identity.actor(ctx);
    if (actor != null && actor.language() != null && Messages.LANGUAGES.contains(actor.language())) {
      return actor.language();
    }
    for (LanguageHeader header : ctx.acceptableLanguages()) {
      if (Messages.LANGUAGES.contains(header.tag())) {
        return header.tag();
      }
    }
    return Messages.DEFAULT_LANGUAGE;
  }
}
