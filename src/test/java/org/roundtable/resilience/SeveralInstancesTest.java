package org.roundtable.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.Fixtures;
import org.roundtable.support.HttpResult;
import org.roundtable.support.PageClient;
import org.roundtable.support.TestApp;
import org.roundtable.web.Identity;
import org.roundtable.web.Role;

/**
 * Two instances on one database, as behind a load balancer without sticky sessions: a sign-in on one is valid on
 * the other. (Live tallies across instances: voting's {@code LiveTallyAcrossInstancesTest}.)
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
}
