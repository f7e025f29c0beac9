package org.roundtable.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.Chromium;
import org.roundtable.support.Fixtures;
import org.roundtable.support.HttpResult;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;

/** The invitations page (with a batch listed) and a printable sheet pass axe at phone and desktop size, in both languages. */
class InvitationPagesAccessibilityTest {
  @RegisterExtension
  static final TestApp app = new TestApp();

  @Test
  void invitationPagesHaveNoAxeViolations() {
    String round = Fixtures.round(app);
    HttpResult made = app.api().post("/api/v1/rounds/" + round + "/invitations", app.token(Role.FACILITATOR),
        new JsonObject().put("group", "community").put("count", 4));
    assertEquals(201, made.status(), made.toString());
    String page = "/staff/rounds/" + round + "/invitations";
    Chromium.assertAccessibleEverywhere(app, Role.FACILITATOR, page);
    Chromium.assertAccessibleEverywhere(app, Role.FACILITATOR, page + "/batches/" + made.json().getString("batchId"));
  }
}
