package org.roundtable.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;

class DataSurvivesRestartTest {
  @RegisterExtension
  static final TestApp app = new TestApp();

  @Test
  void accountsAndSignInsSurviveARestart() {
    String admin = app.token(Role.ADMIN);
    assertEquals(201, app.api().post("/api/v1/staff", admin, new JsonObject().put("email", "kept@county.example")
        .put("password", "twelve chars or more").put("role", "developer").put("name", "Kept")).status());

    app.stop();
    app.start(app.database());

    var staff = app.api().get("/api/v1/staff", admin);
    assertEquals(200, staff.status(), "the bearer token still works after the restart");
    assertEquals(1, staff.json().getJsonArray("staff").stream()
        .filter(s -> "kept@county.example".equals(((JsonObject) s).getString("email"))).count());
  }
}
