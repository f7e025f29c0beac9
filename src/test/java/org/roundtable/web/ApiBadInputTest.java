package org.roundtable.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.Fixtures;
import org.roundtable.support.HttpResult;
import org.roundtable.support.TestApp;

/**
 * Feeds every API endpoint that takes a body malformed JSON, wrong types, huge strings and unknown fields,
 * as the most privileged caller allowed, against real records. Bad input must give 4xx with the error
 * shape of API.md, never 500.
 */
class ApiBadInputTest {
  @RegisterExtension
  static final TestApp app = new TestApp();
  private static final String HUGE = "x".repeat(300_000);
  private static final Set<Integer> CLIENT_ERRORS = Set.of(400, 404, 409, 413, 422);

  @TestFactory
  List<DynamicTest> everyEndpointRefusesBadBodiesWithoutA500() {
    String roundId = Fixtures.round(app);
    List<DynamicTest> tests = new ArrayList<>();
    for (Routes.Route route : app.app().routeTable()) {
      String method = route.method().name();
      if (!route.path().startsWith("/api/") || method.equals("GET") || method.equals("DELETE")) {
        continue;
      }
      String path = route.path().replace(":id", roundId).replaceAll(":[A-Za-z]+", "00000000-0000-0000-0000-000000000000");
      String token = app.token(callerFor(route.access()));
      String name = method + " " + route.path();
      tests.add(DynamicTest.dynamicTest(name + " malformed JSON", () -> expectError(send(method, path, token, "{\"title\": "))));
      tests.add(DynamicTest.dynamicTest(name + " not an object", () -> expectError(send(method, path, token, "[1,2]"))));
      tests.add(DynamicTest.dynamicTest(name + " wrong types", () -> expectError(send(method, path, token,
          new JsonObject().put("title", 5).put("email", true).put("count", "many").put("body", new JsonObject())
              .put("choice", 3).put("startsAt", 12).put("sections", "none").put("pay", "lots").encode()))));
      tests.add(DynamicTest.dynamicTest(name + " huge strings", () -> expectError(send(method, path, token,
          new JsonObject().put("title", HUGE).put("body", HUGE).put("email", HUGE).put("reason", HUGE).encode()))));
      tests.add(DynamicTest.dynamicTest(name + " unknown fields", () -> expectError(send(method, path, token,
          new JsonObject().put("surprise", "yes").encode()))));
    }
    return tests;
  }

  private static HttpResult send(String method, String path, String token, String body) {
    return app.api().send(method, path, token, body);
  }

  private static void expectError(HttpResult result) {
    assertTrue(CLIENT_ERRORS.contains(result.status()), result.toString());
    JsonObject error = result.json().getJsonObject("error");
    assertNotNull(error, result.toString());
    assertNotNull(error.getString("code"));
    assertNotNull(error.getString("message"));
    if (result.status() == 400 && "invalid".equals(error.getString("code"))) {
      assertTrue(!error.getJsonObject("fields").isEmpty(), result.toString());
    }
  }

  /**
   * The public sign-in endpoints need no token; a participant's own routes are tried with a participant token;
   * the rest as someone allowed to call them.
   */
  private static Role callerFor(Access access) {
    if (access.participantsOnly()) {
      return Role.PARTICIPANT;
    }
    if (access.isPublic() || access.allows(Role.ADMIN)) {
      return Role.ADMIN;
    }
    return access.roles().iterator().next();
  }

  @org.junit.jupiter.api.Test
  void theErrorShapeNamesEachBadField() {
    HttpResult result = app.api().post("/api/v1/auth/staff", null, new JsonObject().put("email", 1));
    assertEquals(400, result.status());
    assertEquals("invalid", result.json().getJsonObject("error").getString("code"));
    assertTrue(result.json().getJsonObject("error").getJsonObject("fields").containsKey("password"));
  }
}
