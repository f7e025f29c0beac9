package org.roundtable.participants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.HttpResult;
import org.roundtable.support.Participants;
import org.roundtable.support.TestApp;

/** Its own server and database: the wrong guesses made here would slow down other tests from this address. */
class JoinRateLimitTest {
  @RegisterExtension
  static final TestApp app = new TestApp();

  @Test
  void wrongCodesAreSlowedDownPerAddressWhileRightCodesStillJoin() {
    String roundId = Participants.openRound(app);
    for (int i = 0; i < Joining.FREE_WRONG_CODES - 1; i++) {
      assertEquals(401, join("ACDEFGHJ" + "23456789".charAt(i % 8)).status(), "wrong guess " + i);
    }
    // A room full of people with good codes is never held up by them.
    for (int i = 0; i < 15; i++) {
      assertEquals(200, join(Participants.code(app, roundId)).status(), "person " + i);
    }
    HttpResult limited = join("ACDEFGHJK");
    assertEquals(429, limited.status(), limited.toString());
    assertNotNull(limited.header("Retry-After"));
    assertEquals(429, join("ACDEFGHJM").status());
    HttpResult page = app.pages().submit("/join", "/join", Map.of("code", "ACD-EFG-HJN"));
    assertEquals(429, page.status());
    assertTrue(page.body().contains("Too many wrong codes"), page.body());

    assertEquals(200, join(Participants.code(app, roundId)).status(), "a right code still gets in");
    assertEquals(303, app.pages().submit("/join", "/join", Map.of("code", Participants.code(app, roundId))).status());
  }

  private static HttpResult join(String code) {
    return app.api().post("/api/v1/auth/participant", null, new JsonObject().put("code", code));
  }
}
