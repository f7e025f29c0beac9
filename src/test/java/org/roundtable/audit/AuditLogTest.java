package org.roundtable.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.HttpResult;
import org.roundtable.support.TestApp;
import org.roundtable.support.TestDatabase;
import org.roundtable.web.Role;

class AuditLogTest {
  @RegisterExtension
  static final TestApp app = new TestApp();

  @Test
  void staffActionsAreRecordedWithWhoWhatAndWhich() {
    HttpResult created = app.api().post("/api/v1/staff", app.token(Role.ADMIN), new JsonObject()
        .put("email", "audited@county.example").put("password", "twelve chars or more").put("role", "developer")
        .put("name", "Audited"));
    String id = created.json().getString("id");
    HttpResult log = app.api().get("/api/v1/audit", app.token(Role.ADMIN));
    assertEquals(200, log.status());
    JsonObject entry = log.json().getJsonArray("entries").stream().map(JsonObject.class::cast)
        .filter(e -> id.equals(e.getString("recordId"))).findFirst().orElseThrow();
    assertEquals("staff.created", entry.getString("action"));
    assertEquals("admin", entry.getString("role"));
    assertTrue(app.pagesAs(Role.ADMIN).get("/staff/audit").body().contains(id));
  }

  @Test
  void theDatabaseRefusesToChangeOrDeleteHistory() {
    app.token(Role.FACILITATOR);
    assertThrows(IllegalStateException.class, () -> TestDatabase.execute(app.database(), "UPDATE audit_log SET action = 'x'"));
    assertThrows(IllegalStateException.class, () -> TestDatabase.execute(app.database(), "DELETE FROM audit_log"));
    assertThrows(IllegalStateException.class, () -> TestDatabase.execute(app.database(), "TRUNCATE audit_log"));
  }

  @Test
  void onlyAdminsReadTheLog() {
    assertEquals(403, app.api().get("/api/v1/audit", app.token(Role.FACILITATOR)).status());
    assertEquals(403, app.api().get("/api/v1/audit", app.token(Role.DEVELOPER)).status());
  }
}
