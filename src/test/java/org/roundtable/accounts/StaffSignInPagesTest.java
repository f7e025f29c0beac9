package org.roundtable.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.HttpResult;
import org.roundtable.support.PageClient;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;

class StaffSignInPagesTest {
  @RegisterExtension
  static final TestApp app = new TestApp();

  @Test
  void signInSetsASessionCookieAndSignOutEndsIt() {
    PageClient browser = app.pagesAs(Role.ADMIN);
    assertEquals(200, browser.get("/staff/accounts").status());

    HttpResult page = browser.get("/staff/accounts");
    HttpResult out = browser.post("/sign-out", Map.of(), PageClient.csrfToken(page));
    assertEquals(303, out.status());
    assertEquals(303, browser.get("/staff/accounts").status(), "signed out: sent to sign in");
  }

  @Test
  void wrongPasswordShowsAMessageAndKeepsTheEmail() {
    HttpResult result = app.pages().submit("/sign-in", "/sign-in",
        Map.of("email", "someone@test.example", "password", "wrong password"));
    assertEquals(401, result.status());
    assertTrue(result.body().contains("The email address or password is not right"));
    assertTrue(result.body().contains("value=\"someone@test.example\""));
  }

  @Test
  void signInPageInSpanish() {
    HttpResult page = app.pages().language("es").get("/sign-in");
    assertTrue(page.body().contains("lang=\"es\""));
    assertTrue(page.body().contains("Entrada del personal"));
  }

  @Test
  void formsWithoutTheCsrfTokenAreRefused() {
    HttpResult result = app.pages().post("/sign-in",
        Map.of("email", TestApp.ADMIN_EMAIL, "password", TestApp.ADMIN_PASSWORD), null);
    assertEquals(403, result.status());
  }

  @Test
  void adminAddsStaffOnThePageAndMistakesAreShownNextToTheField() {
    PageClient admin = app.pagesAs(Role.ADMIN);
    HttpResult bad = admin.submit("/staff/accounts", "/staff/accounts",
        Map.of("name", "Lee", "email", "lee@", "role", "developer", "password", "x"));
    assertEquals(400, bad.status());
    assertTrue(bad.body().contains("id=\"f-email-error\""), bad.body());
    assertTrue(bad.body().contains("value=\"Lee\""), "what was typed is kept");

    HttpResult good = admin.submit("/staff/accounts", "/staff/accounts",
        Map.of("name", "Lee", "email", "lee@county.example", "role", "developer", "password", "a good long password"));
    assertEquals(303, good.status());
    assertTrue(admin.follow(good).body().contains("lee@county.example"));
  }

  @Test
  void staffPagesSendAnonymousVisitorsToSignIn() {
    HttpResult result = app.pages().get("/staff/accounts");
    assertEquals(303, result.status());
    assertTrue(result.header("Location").startsWith("/sign-in?next="));
  }
}
