package org.roundtable.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundtable.payments.PaymentFixtures.attended;
import static org.roundtable.payments.PaymentFixtures.ledger;
import static org.roundtable.payments.PaymentFixtures.pay;
import static org.roundtable.payments.PaymentFixtures.payment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.payments.PaymentFixtures.Attended;
import org.roundtable.support.HttpResult;
import org.roundtable.support.PageClient;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;
import org.roundtable.web.Routes;

/**
 * Every payment route against real records, by every role: admins and facilitators are served (threshold changes
 * are the admin's alone), developers never see any of it, and a participant only their own balance.
 */
class PaymentRoleMatrixTest {
  @RegisterExtension
  static final TestApp app = new TestApp();
  private static final Map<Role, PageClient> BROWSERS = new EnumMap<>(Role.class);

  @TestFactory
  List<DynamicTest> everyPaymentRouteAnswersEachRoleAsItShould() {
    Attended ana = attended(app);
    String entryId = pay(app, payment(ana, 1000, "cash")).json().getString("id");
    assertEquals(2, ledger(app, ana.id()).getJsonArray("entries").size());
    List<Routes.Route> routes = app.app().routeTable().stream().filter(PaymentRoleMatrixTest::isPayments).toList();
    assertTrue(routes.size() >= 18, "every payment route is walked: " + routes);
    List<DynamicTest> tests = new ArrayList<>();
    for (Routes.Route route : routes) {
      String path = route.path().replace("/participants/:id", "/participants/" + ana.id())
          .replace("/sessions/:id", "/sessions/" + ana.sessionId())
          .replace("/rounds/:id", "/rounds/" + ana.roundId())
          .replace("/payments/:id", "/payments/" + entryId)
          .replace(":participantId", ana.id())
          .replace(":year", "2026");
      for (Role role : Role.values()) {
        tests.add(DynamicTest.dynamicTest(route.method() + " " + route.path() + " × " + role.wire(),
            () -> check(route, path, role, ana)));
      }
    }
    return tests;
  }

  private static void check(Routes.Route route, String path, Role role, Attended ana) {
    boolean ownLedger = route.path().equals("/api/v1/participants/:id/payments");
    boolean allowed = switch (role) {
      case ADMIN -> true;
      case FACILITATOR -> !route.path().endsWith("/threshold");
      case DEVELOPER -> false;
      case PARTICIPANT -> ownLedger;
    };
    assertEquals(allowed, route.access().allows(role), route + " declares " + role);
    HttpResult result = call(route, path, role, ana);
    if (allowed) {
      assertTrue(result.status() < 500 && result.status() != 401 && result.status() != 403,
          role + " on " + path + ": " + result);
    } else {
      assertEquals(403, result.status(), role + " on " + path + ": " + result);
    }
  }

  private static HttpResult call(Routes.Route route, String path, Role role, Attended ana) {
    String method = route.method().name();
    if (path.startsWith("/api/")) {
      String token = role == Role.PARTICIPANT ? ana.person().token() : app.token(role);
      return app.api().send(method, path, token, method.equals("GET") ? null : "{}");
    }
    PageClient browser = BROWSERS.computeIfAbsent(role, app::pagesAs);
    if (method.equals("GET")) {
      return browser.get(path);
    }
    String anyPage = role == Role.PARTICIPANT ? "/home" : "/staff";
    return browser.post(path, Map.of(), PageClient.csrfToken(browser.get(anyPage)));
  }

  private static boolean isPayments(Routes.Route route) {
    return route.path().contains("payments") || route.path().contains("tax-");
  }
}
