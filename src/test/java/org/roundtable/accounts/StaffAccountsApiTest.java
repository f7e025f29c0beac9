package org.roundtable.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.HttpResult;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;

class StaffAccountsApiTest {
  @RegisterExtension
  static final TestApp app = new TestApp();

  @Test
  void firstAdminFromEnvironmentGetsABearerToken() {
    HttpResult result = app.api().post("/api/v1/auth/staff", null,
        new JsonObject().put("email", TestApp.ADMIN_EMAIL).put("password", TestApp.ADMIN_PASSWORD));
    assertEquals(200, result.status(), result.toString());
    assertNotNull(result.json().getString("token"));
    assertEquals("admin", result.json().getString("role"));
  }

  @Test
  void adminAddsStaffWhoCanThenSignInWithTheirRole() {
    HttpResult created = app.api().post("/api/v1/staff", app.token(Role.ADMIN), new JsonObject()
        .put("email", "Dana@County.example").put("password", "twelve chars or more").put("role", "facilitator")
        .put("name", "Dana Ruiz"));
    assertEquals(201, created.status(), created.toString());
    assertEquals("dana@county.example", created.json().getString("email"));
    assertNotNull(created.json().getString("id"));

    HttpResult signIn = app.api().post("/api/v1/auth/staff", null,
        new JsonObject().put("email", "dana@county.example").put("password", "twelve chars or more"));
    assertEquals("facilitator", signIn.json().getString("role"));
  }

  @Test
  void addingTheSameEmailTwiceIsAConflict() {
    JsonObject staff = new JsonObject().put("email", "twice@county.example").put("password", "twelve chars or more")
        .put("role", "developer").put("name", "Twice");
    assertEquals(201, app.api().post("/api/v1/staff", app.token(Role.ADMIN), staff).status());
    HttpResult again = app.api().post("/api/v1/staff", app.token(Role.ADMIN), staff.put("email", "TWICE@county.example"));
    assertEquals(409, again.status(), again.toString());
  }

  @Test
  void onlyAdminsAddStaff() {
    JsonObject staff = new JsonObject().put("email", "x@county.example").put("password", "twelve chars or more")
        .put("role", "admin").put("name", "X");
    assertEquals(401, app.api().post("/api/v1/staff", null, staff).status());
    assertEquals(403, app.api().post("/api/v1/staff", app.token(Role.FACILITATOR), staff).status());
    assertEquals(403, app.api().post("/api/v1/staff", app.token(Role.DEVELOPER), staff).status());
  }

  @Test
  void badStaffFieldsAreNamedInTheError() {
    HttpResult result = app.api().post("/api/v1/staff", app.token(Role.ADMIN), new JsonObject()
        .put("email", "not-an-email").put("password", "short").put("role", "boss").put("name", 42).put("extra", 1));
    assertEquals(400, result.status(), result.toString());
    JsonObject fields = result.json().getJsonObject("error").getJsonObject("fields");
    assertTrue(fields.containsKey("email"));
    assertTrue(fields.containsKey("password"));
    assertTrue(fields.containsKey("role"));
    assertTrue(fields.containsKey("name"));
    assertTrue(fields.containsKey("extra"));
  }

  @Test
  void wrongPasswordIsRefusedAndRepeatedFailuresAreSlowedDown() {
    JsonObject wrong = new JsonObject().put("email", "victim@test.example").put("password", "guess");
    for (int i = 0; i < GuessThrottle.SIGN_IN_FREE_FAILURES - 1; i++) {
      assertEquals(401, app.api().post("/api/v1/auth/staff", null, wrong).status());
    }
    HttpResult last = app.api().post("/api/v1/auth/staff", null, wrong);
    assertEquals(401, last.status());
    HttpResult blocked = app.api().post("/api/v1/auth/staff", null, wrong);
    assertEquals(429, blocked.status(), blocked.toString());
    assertNotNull(blocked.header("Retry-After"));
  }

  @Test
  void aMadeUpTokenIsNotASignIn() {
    assertEquals(401, app.api().get("/api/v1/staff", "made-up-token").status());
  }
}
