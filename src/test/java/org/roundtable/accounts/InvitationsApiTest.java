package org.roundtable.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.Fixtures;
import org.roundtable.support.HttpResult;
import org.roundtable.support.Participants;
import org.roundtable.support.TestApp;
import org.roundtable.support.TestDatabase;
import org.roundtable.web.Role;

class InvitationsApiTest {
  @RegisterExtension
  static final TestApp app = new TestApp();
  private static final String DISPLAY = "[" + InvitationCodes.ALPHABET + "]{3}(-[" + InvitationCodes.ALPHABET + "]{3}){2}";

  @Test
  void fiveHundredCodesForEachGroupAreDistinctWellFormedAndListedForStaff() {
    String round = Fixtures.round(app);
    Set<String> all = new HashSet<>();
    for (String group : List.of("community", "frontline")) {
      HttpResult made = make(round, Role.FACILITATOR, new JsonObject().put("group", group).put("count", 500));
      assertEquals(201, made.status(), made.toString());
      assertEquals(group, made.json().getString("group"));
      assertTrue(made.json().getString("batchId").matches("[0-9a-f-]{36}"));
      JsonArray codes = made.json().getJsonArray("codes");
      assertEquals(500, codes.size());
      for (Object code : codes) {
        String display = (String) code;
        assertTrue(display.matches(DISPLAY), display);
        assertFalse(display.chars().anyMatch(c -> "01OIL".indexOf(c) >= 0), display);
        String canonical = InvitationCodes.normalize(display).orElseThrow();
        assertEquals(display, InvitationCodes.format(canonical));
        assertEquals(Optional.of(canonical), InvitationCodes.normalize(display.toLowerCase().replace("-", " ")));
        assertTrue(all.add(canonical), "duplicate " + display);
      }
    }

    HttpResult listed = app.api().get("/api/v1/rounds/" + round + "/invitations", app.token(Role.ADMIN));
    assertEquals(200, listed.status(), listed.toString());
    JsonObject groups = listed.json().getJsonObject("groups");
    assertEquals(new JsonObject().put("invited", 500).put("used", 0), groups.getJsonObject("community"));
    assertEquals(new JsonObject().put("invited", 500).put("used", 0), groups.getJsonObject("frontline"));
    Set<String> listedCodes = new HashSet<>();
    listed.json().getJsonArray("invitations").forEach(i ->
        listedCodes.add(InvitationCodes.normalize(((JsonObject) i).getString("code")).orElseThrow()));
    assertEquals(all, listedCodes);
  }

  @Test
  void usedCodesAreCountedPerGroup() {
    String round = Participants.openRound(app);
    String code = make(round, Role.ADMIN, new JsonObject().put("group", "frontline").put("count", 3))
        .json().getJsonArray("codes").getString(0);
    Participants.token(app, code);
    JsonObject listed = app.api().get("/api/v1/rounds/" + round + "/invitations", app.token(Role.FACILITATOR)).json();
    assertEquals(new JsonObject().put("invited", 3).put("used", 1), listed.getJsonObject("groups").getJsonObject("frontline"));
    assertEquals(new JsonObject().put("invited", 0).put("used", 0), listed.getJsonObject("groups").getJsonObject("community"));
    assertEquals(1, listed.getJsonArray("invitations").stream().filter(i -> ((JsonObject) i).getBoolean("used")).count());
  }

  @Test
  void developersCanNeitherMakeNorSeeCodes() {
    String round = Fixtures.round(app);
    assertEquals(403, make(round, Role.DEVELOPER, new JsonObject().put("group", "community").put("count", 1)).status());
    assertEquals(403, app.api().get("/api/v1/rounds/" + round + "/invitations", app.token(Role.DEVELOPER)).status());
  }

  @Test
  void badCountsAndGroupsAreNamedInFieldErrors() {
    String round = Fixtures.round(app);
    assertFieldErrors(round, new JsonObject().put("group", "staff").put("count", 0), "group", "count");
    assertFieldErrors(round, new JsonObject().put("group", "community").put("count", 501), "count");
    assertFieldErrors(round, new JsonObject().put("group", "community").put("count", "ten"), "count");
    assertFieldErrors(round, new JsonObject(), "group", "count");
    assertEquals(0, app.api().get("/api/v1/rounds/" + round + "/invitations", app.token(Role.ADMIN)).json()
        .getJsonArray("invitations").size(), "nothing made from bad requests");
  }

  @Test
  void unknownRoundsAre404() {
    JsonObject ok = new JsonObject().put("group", "community").put("count", 1);
    assertEquals(404, make("00000000-0000-0000-0000-000000000000", Role.FACILITATOR, ok).status());
    assertEquals(404, make("not-a-round", Role.FACILITATOR, ok).status());
    assertEquals(404, app.api().get("/api/v1/rounds/00000000-0000-0000-0000-000000000000/invitations",
        app.token(Role.FACILITATOR)).status());
  }

  @Test
  void aClosedRoundTakesNoNewCodesAndSaysWhy() {
    String round = Fixtures.round(app);
    TestDatabase.execute(app.database(), "UPDATE rounds SET status = 'closed' WHERE id = '" + round + "'");
    HttpResult refused = make(round, Role.FACILITATOR, new JsonObject().put("group", "community").put("count", 5));
    assertEquals(409, refused.status(), refused.toString());
    JsonObject error = refused.json().getJsonObject("error");
    assertEquals("round_closed", error.getString("code"));
    assertTrue(error.getString("message").contains("closed"), error.getString("message"));
  }

  @Test
  void makingCodesIsAuditedWithRoundGroupAndCountButNeverTheCodes() {
    String round = Fixtures.round(app);
    JsonArray codes = make(round, Role.FACILITATOR, new JsonObject().put("group", "frontline").put("count", 4))
        .json().getJsonArray("codes");
    HttpResult log = app.api().get("/api/v1/audit", app.token(Role.ADMIN));
    JsonObject entry = log.json().getJsonArray("entries").stream().map(JsonObject.class::cast)
        .filter(e -> "invitations.created".equals(e.getString("action")) && round.equals(e.getString("recordId")))
        .findFirst().orElseThrow(() -> new AssertionError(log.toString()));
    assertEquals("round", entry.getString("recordType"));
    assertEquals("facilitator", entry.getString("role"));
    assertEquals("frontline", entry.getJsonObject("details").getString("group"));
    assertEquals(4, entry.getJsonObject("details").getInteger("count"));
    for (Object code : codes) {
      String canonical = InvitationCodes.normalize((String) code).orElseThrow();
      assertFalse(log.body().contains(canonical) || log.body().contains((String) code), "code in the audit log");
    }
  }

  private static HttpResult make(String round, Role role, JsonObject body) {
    return app.api().post("/api/v1/rounds/" + round + "/invitations", app.token(role), body);
  }

  private static void assertFieldErrors(String round, JsonObject body, String... fields) {
    HttpResult result = make(round, Role.FACILITATOR, body);
    assertEquals(400, result.status(), result.toString());
    JsonObject errors = result.json().getJsonObject("error").getJsonObject("fields");
    assertEquals(Set.of(fields), errors.fieldNames(), result.toString());
  }
}
