package org.roundtable.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.Fixtures;
import org.roundtable.support.HttpResult;
import org.roundtable.support.PageClient;
import org.roundtable.support.Participants;
import org.roundtable.support.TestApp;
import org.roundtable.web.Identity;
import org.roundtable.web.Role;

/**
 * Two instances on one database, as behind a load balancer without sticky sessions: a sign-in on one is valid on
 * the other, and a sign-out or a withdrawal on one is seen by the other at once, although each instance
 * remembers who is behind a token. (Live tallies across instances: voting's {@code LiveTallyAcrossInstancesTest}.)
 */
class SeveralInstancesTest {
  @RegisterExtension
  @Order(1)
  static final TestApp first = new TestApp();
  @RegisterExtension
  @Order(2)
  static final TestApp second = TestApp.sharingDatabaseWith(first);

  @Test
  void aStaffSignInOnOneInstanceIsValidOnTheOther() {
    String roundId = Fixtures.round(first);
    String bearer = first.token(Role.FACILITATOR);
    HttpResult round = second.api().get("/api/v1/rounds/" + roundId, bearer);
    assertEquals(200, round.status(), "a bearer token from the first instance works on the second: " + round);

    PageClient browser = first.pages();
    HttpResult signedIn = browser.submit("/sign-in", "/sign-in",
        Map.of("email", TestApp.ADMIN_EMAIL, "password", TestApp.ADMIN_PASSWORD));
    assertEquals(303, signedIn.status(), signedIn.toString());
    String session = signedIn.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(Identity.SESSION_COOKIE + "=")).findFirst().orElseThrow().split(";", 2)[0];
    HttpResult page = second.api().send("GET", "/staff/rounds/" + roundId, null, null, "Cookie", session);
    assertEquals(200, page.status(), "the page session cookie from the first instance works on the second");
    assertTrue(page.body().contains(Fixtures.roundJson().getString("title")), page.body());
    assertEquals(303, second.api().send("GET", "/staff/rounds/" + roundId, null, null).status(),
        "and without it the second instance sends to sign-in");
  }

  @Test
  void aParticipantWhoLeavesOnOneInstanceCanNoLongerActOnTheOther() throws InterruptedException {
    String roundId = Participants.openRound(first);
    String proposalId = Fixtures.publishedProposal(first, roundId);
    String token = Participants.token(first, Participants.code(first, roundId));
    assertEquals(200, second.api().get("/api/v1/me", token).status(), "the second instance now remembers them");

    HttpResult left = first.api().post("/api/v1/me/withdraw", token, new JsonObject().put("confirm", true));
    assertEquals(200, left.status(), left.toString());
    int status = 200;
    for (long until = System.nanoTime() + 1_000_000_000L; status != 401 && System.nanoTime() < until; ) {
      status = second.api().get("/api/v1/me", token).status();
      Thread.sleep(20);
    }
    assertEquals(401, status, "within a second the second instance has forgotten the token");
    HttpResult vote = second.api().put("/api/v1/proposals/" + proposalId + "/vote", token,
        new JsonObject().put("choice", "go_ahead"));
    assertEquals(401, vote.status(), vote.toString());
  }
}
