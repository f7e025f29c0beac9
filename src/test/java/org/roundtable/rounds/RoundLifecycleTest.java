package org.roundtable.rounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.Fixtures;
import org.roundtable.support.HttpResult;
import org.roundtable.support.PageClient;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;

/** draft → open → closed, through the API and through the round page; everything else refused and nothing changed. */
class RoundLifecycleTest {
  @RegisterExtension
  static final TestApp app = new TestApp();

  @Test
  void aRoundGoesFromDraftToOpenToClosedThroughTheApiAndEachMoveIsAudited() {
    String id = Fixtures.round(app);

    HttpResult opened = move(id, "open");
    assertEquals(200, opened.status(), opened.toString());
    assertEquals("open", opened.json().getString("status"));
    HttpResult closed = move(id, "closed");
    assertEquals(200, closed.status(), closed.toString());
    assertEquals("closed", closed.json().getString("status"));

    assertEquals("closed", status(id));
    List<JsonObject> moves = auditEntries(id, "round.status_changed");
    assertEquals(2, moves.size(), moves.toString());
    assertEquals(new JsonObject().put("from", "open").put("to", "closed"), moves.get(0).getJsonObject("details"));
    assertEquals(new JsonObject().put("from", "draft").put("to", "open"), moves.get(1).getJsonObject("details"));
    assertEquals("Test facilitator", moves.get(0).getString("actor"));
  }

  @Test
  void invalidMovesAreRefusedWith409AndChangeNothing() {
    String id = Fixtures.round(app);
    assertRefused(id, "closed", "draft");
    assertRefused(id, "draft", "draft");
    assertRefused(id, "reported", "draft");

    assertEquals(200, move(id, "open").status());
    assertRefused(id, "open", "open");
    assertRefused(id, "draft", "open");

    assertEquals(200, move(id, "closed").status());
    assertRefused(id, "open", "closed");
    assertRefused(id, "closed", "closed");
    assertEquals(2, auditEntries(id, "round.status_changed").size());
  }

  @Test
  void anUnknownStatusIsAFieldError() {
    String id = Fixtures.round(app);
    HttpResult result = move(id, "finished");
    assertEquals(400, result.status(), result.toString());
    assertTrue(result.json().getJsonObject("error").getJsonObject("fields").containsKey("status"));
    assertEquals("draft", status(id));
  }

  @Test
  void movingAnUnknownRoundIs404() {
    assertEquals(404, app.api().post("/api/v1/rounds/00000000-0000-0000-0000-000000000000/status",
        app.token(Role.ADMIN), new JsonObject().put("status", "open")).status());
  }

  @Test
  void whenTwoPeopleOpenARoundAtOnceExactlyOneSucceeds() {
    String id = Fixtures.round(app);
    List<Integer> statuses = Stream.generate(() -> CompletableFuture.supplyAsync(() -> move(id, "open").status()))
        .limit(6).toList().stream().map(CompletableFuture::join).sorted().toList();

    assertEquals(List.of(200, 409, 409, 409, 409, 409), statuses);
    assertEquals(1, auditEntries(id, "round.status_changed").size());
  }

  @Test
  void aRoundGoesThroughItsLifecycleOnItsPage() {
    String id = Fixtures.round(app);
    PageClient browser = app.pagesAs(Role.FACILITATOR);
    String page = "/staff/rounds/" + id;

    HttpResult draftPage = browser.get(page);
    assertTrue(draftPage.body().contains("name=\"status\" value=\"open\""), draftPage.body());
    assertFalse(draftPage.body().contains("value=\"reported\""));

    HttpResult opened = browser.submit(page, page + "/status", Map.of("status", "open"));
    assertEquals(303, opened.status(), opened.toString());
    HttpResult openPage = browser.follow(opened);
    assertTrue(openPage.body().contains("The round is open."), openPage.body());
    assertTrue(openPage.body().contains("name=\"status\" value=\"closed\""));
    assertEquals("open", status(id));

    assertEquals(303, browser.submit(page, page + "/status", Map.of("status", "closed")).status());
    assertEquals("closed", status(id));
    HttpResult closedPage = browser.get(page);
    assertFalse(closedPage.body().contains("name=\"status\""), "a closed round offers no next step");
    assertFalse(closedPage.body().contains("/edit\""), "a closed round cannot be changed");

    HttpResult refused = browser.post(page + "/status", Map.of("status", "open"), PageClient.csrfToken(closedPage));
    assertEquals(409, refused.status());
    assertTrue(refused.body().contains("This change is not possible."), refused.body());
    assertEquals("closed", status(id));
  }

  @Test
  void developersSeeARoundButCannotMoveIt() {
    String id = Fixtures.round(app);
    HttpResult page = app.pagesAs(Role.DEVELOPER).get("/staff/rounds/" + id);
    assertEquals(200, page.status());
    assertFalse(page.body().contains("name=\"status\""));
    assertEquals(403, app.api().post("/api/v1/rounds/" + id + "/status", app.token(Role.DEVELOPER),
        new JsonObject().put("status", "open")).status());
  }

  @Test
  void detailsCanChangeWhileDraftOrOpenButNotOnceClosed() {
    String id = Fixtures.round(app);
    JsonObject changed = Fixtures.roundJson().put("title", "Hotline screening score, second look");
    HttpResult draftEdit = app.api().put("/api/v1/rounds/" + id, app.token(Role.FACILITATOR), changed);
    assertEquals(200, draftEdit.status(), draftEdit.toString());
    assertEquals("Hotline screening score, second look", draftEdit.json().getString("title"));

    move(id, "open");
    assertEquals(200, app.api().put("/api/v1/rounds/" + id, app.token(Role.ADMIN),
        changed.copy().put("responseDueDays", 45)).status());
    move(id, "closed");

    HttpResult closedEdit = app.api().put("/api/v1/rounds/" + id, app.token(Role.FACILITATOR),
        changed.copy().put("title", "Too late"));
    assertEquals(409, closedEdit.status());
    assertEquals("round_closed", closedEdit.json().getJsonObject("error").getString("code"));
    JsonObject round = app.api().get("/api/v1/rounds/" + id, app.token(Role.ADMIN)).json();
    assertEquals("Hotline screening score, second look", round.getString("title"));
    assertEquals(45, round.getInteger("responseDueDays"));
    assertEquals(2, auditEntries(id, "round.updated").size());
  }

  private static HttpResult move(String id, String status) {
    return app.api().post("/api/v1/rounds/" + id + "/status", app.token(Role.FACILITATOR),
        new JsonObject().put("status", status));
  }

  private static void assertRefused(String id, String target, String statusBefore) {
    HttpResult result = move(id, target);
    assertEquals(409, result.status(), target + ": " + result);
    assertEquals("invalid_status_change", result.json().getJsonObject("error").getString("code"));
    assertEquals(statusBefore, status(id));
  }

  private static String status(String id) {
    return app.api().get("/api/v1/rounds/" + id, app.token(Role.DEVELOPER)).json().getString("status");
  }

  /** This round's audit entries for {@code action}, newest first. */
  private static List<JsonObject> auditEntries(String roundId, String action) {
    HttpResult log = app.api().get("/api/v1/audit", app.token(Role.ADMIN));
    assertEquals(200, log.status());
    return log.json().getJsonArray("entries").stream().map(JsonObject.class::cast)
        .filter(e -> roundId.equals(e.getString("recordId")) && action.equals(e.getString("action")))
        .toList();
  }
}
