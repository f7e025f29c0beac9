package org.roundtable.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.HttpResult;
import org.roundtable.support.PageClient;
import org.roundtable.support.TestApp;

/**
 * Every route that is not public, called by every kind of caller: anonymous, each staff role, and a participant
 * (who must be refused staff routes, as staff are refused the participant's own). The route table comes from the
 * running server, so a new route is covered the moment it is mounted.
 */
class RoleMatrixTest {
  @RegisterExtension
  static final TestApp app = new TestApp();
  private static final Map<Role, PageClient> browsers = new EnumMap<>(Role.class);

  @TestFactory
  List<DynamicTest> everyRestrictedRouteAnswersEachCallerByRole() {
    List<DynamicTest> tests = new ArrayList<>();
    List<Routes.Route> restricted = app.app().routeTable().stream().filter(r -> !r.access().isPublic()).toList();
    assertFalse(restricted.isEmpty());
    for (Routes.Route route : restricted) {
      tests.add(DynamicTest.dynamicTest(route.method() + " " + route.path() + " × anonymous", () -> anonymous(route)));
      for (Role role : Role.values()) {
        tests.add(DynamicTest.dynamicTest(route.method() + " " + route.path() + " × " + role.wire(), () -> as(route, role)));
      }
    }
    return tests;
  }

  private static void anonymous(Routes.Route route) {
    HttpResult result = call(route, null, null);
    if (isApi(route)) {
      assertEquals(401, result.status(), result.toString());
    } else {
      assertEquals(303, result.status(), result.toString());
      String expected = route.access().participantsOnly() ? "/join?next=" : "/sign-in?next=";
      assertTrue(result.header("Location").startsWith(expected), result.header("Location"));
    }
  }

  private static void as(Routes.Route route, Role role) {
    HttpResult result = call(route, role, isApi(route) ? app.token(role) : null);
    if (route.access().allows(role)) {
      assertTrue(result.status() != 401 && result.status() != 403 && result.status() < 500,
          role + " may call " + route + " but got " + result);
    } else {
      assertEquals(403, result.status(), role + " on " + route + ": " + result);
    }
  }

  private static HttpResult call(Routes.Route route, Role role, String token) {
    String path = route.path().replaceAll(":[A-Za-z]+", UUID.randomUUID().toString());
    if (isApi(route)) {
      String body = route.method().name().equals("GET") || route.method().name().equals("DELETE") ? null : "{}";
      return app.api().send(route.method().name(), path, token, body);
    }
    PageClient browser = role == null ? app.pages() : browsers.computeIfAbsent(role, app::pagesAs);
    if (route.method().name().equals("GET")) {
      return browser.get(path);
    }
    String csrf = PageClient.csrfToken(browser.get(role == null ? "/sign-in" : "/staff/accounts"));
    if (csrf == null) {
      csrf = PageClient.csrfToken(browser.get("/sign-in"));
    }
    return browser.post(path, Map.of(), csrf);
  }

  private static boolean isApi(Routes.Route route) {
    return route.path().startsWith("/api/");
  }
}
