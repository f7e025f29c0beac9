package org.roundtable.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.function.Consumer;
import org.roundtable.web.Role;

/** People taking part, made the way real ones are: a code from an open round, then /join. */
public final class Participants {
  private Participants() {}

  /** A new round, opened. */
  public static String openRound(TestApp app) {
    String roundId = Fixtures.round(app);
    HttpResult opened = app.api().post("/api/v1/rounds/" + roundId + "/status", app.token(Role.FACILITATOR),
        new JsonObject().put("status", "open"));
    assertEquals(200, opened.status(), opened.toString());
    return roundId;
  }

  /** One fresh invitation code of a round, as printed on a card. */
  public static String code(TestApp app, String roundId) {
    HttpResult made = app.api().post("/api/v1/rounds/" + roundId + "/invitations", app.token(Role.FACILITATOR),
        new JsonObject().put("group", "community").put("count", 1));
    assertEquals(201, made.status(), made.toString());
    return made.json().getJsonArray("codes").getString(0);
  }

  /** Joins through the API and agrees to take part; returns the bearer token. */
  public static String token(TestApp app, String code) {
    HttpResult joined = app.api().post("/api/v1/auth/participant", null, new JsonObject().put("code", code));
    assertEquals(200, joined.status(), joined.toString());
    String token = joined.json().getString("token");
    HttpResult consent = app.api().put("/api/v1/me/consent", token,
        new JsonObject().put("takePart", true).put("quote", false));
    assertEquals(200, consent.status(), consent.toString());
    return token;
  }

  /** A no-JS browser that joined through /join and agreed to take part. */
  public static PageClient browser(TestApp app, String code) {
    PageClient browser = app.pages();
    HttpResult joined = browser.submit("/join", "/join", Map.of("code", code));
    assertEquals(303, joined.status(), joined.toString());
    if (joined.header("Location").startsWith("/consent")) {
      HttpResult consented = browser.submit("/consent", "/consent", Map.of("takePart", "yes"));
      assertEquals(303, consented.status(), consented.toString());
    }
    return browser;
  }

  /** For Chromium: joins with {@code code} on the /join page and ticks "take part" if asked. */
  public static Consumer<Page> signIn(TestApp app, String code) {
    return page -> {
      page.navigate(app.base() + "/join");
      page.fill("#f-code", code);
      page.click("form.form button[type=submit]");
      page.waitForURL(url -> !url.contains("/join"));
      if (page.url().contains("/consent")) {
        page.check("#f-takePart");
        page.click("form.form button[type=submit]");
        page.waitForURL(url -> !url.contains("/consent"));
      }
    };
  }
}
