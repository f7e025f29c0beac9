package org.roundtable.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.EventStreamClient;
import org.roundtable.support.Fixtures;
import org.roundtable.support.HttpResult;
import org.roundtable.support.Participants;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;
import org.roundtable.web.WebServer;

/** More than the server should take is refused at once and clearly, never held until memory runs out. */
class OverloadTest {
  @RegisterExtension
  static final TestApp app = TestApp.withEnvironment(Map.of("ROUNDTABLE_MAX_STREAMS", "2"));

  @Test
  void streamsBeyondTheLimitAre503UntilOneCloses() throws Exception {
    String proposalId = Fixtures.publishedProposal(app, Participants.openRound(app));
    String path = "/api/v1/proposals/" + proposalId + "/live";
    String token = app.token(Role.FACILITATOR);
    try (EventStreamClient first = EventStreamClient.open(app.base(), path, token, null);
         EventStreamClient second = EventStreamClient.open(app.base(), path, token, null)) {
      assertEquals(200, first.status());
      assertEquals(200, second.status());
      HttpResult third = app.api().get(path, token);
      assertEquals(503, third.status(), third.toString());
      assertEquals("too_many_streams", third.json().getJsonObject("error").getString("code"));
      assertTrue(third.header("Retry-After") != null);
    }
    // Closed streams free their places.
    long deadline = System.currentTimeMillis() + 5000;
    while (true) {
      try (EventStreamClient again = EventStreamClient.open(app.base(), path, token, null)) {
        if (again.status() == 200 || System.currentTimeMillis() > deadline) {
          assertEquals(200, again.status());
          break;
        }
      }
      Thread.sleep(100);
    }
  }

  @Test
  void formsAndApiBodiesOverTheLimitAre413() {
    String huge = "x".repeat((int) WebServer.BODY_LIMIT_BYTES + 10);
    HttpResult page = app.pages().language("es").post("/join", Map.of("code", huge), null);
    assertEquals(413, page.status());
    assertTrue(page.body().contains("Demasiado para enviar"), "a page in the reader's language: " + page.body());
    HttpResult api = app.api().post("/api/v1/auth/participant", null, "{\"code\":\"" + huge + "\"}");
    assertEquals(413, api.status());
    assertEquals("too_large", api.json().getJsonObject("error").getString("code"));
  }
}
