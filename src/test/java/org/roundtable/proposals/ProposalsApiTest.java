package org.roundtable.proposals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.db.DatabaseAddress;
import org.roundtable.support.Fixtures;
import org.roundtable.support.HttpResult;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;

class ProposalsApiTest {
  @RegisterExtension
  static final TestApp app = new TestApp();

  @Test
  void facilitatorCreatesAProposalAndGetsAGradeForEachPart() {
    HttpResult created = create(Role.FACILITATOR, Fixtures.round(app), ProposalTexts.complete("Hotline score"));

    assertEquals(201, created.status(), created.toString());
    JsonObject body = created.json();
    assertNotNull(body.getString("id"));
    assertEquals(1, body.getInteger("version"));
    assertEquals("draft", body.getString("status"));
    JsonObject readability = body.getJsonObject("readability");
    assertTrue(readability.getValue("grade") instanceof Number, readability.encode());
    JsonObject bySection = readability.getJsonObject("bySection");
    assertEquals(List.of("goals", "people", "data", "responsibility"), List.copyOf(bySection.fieldNames()));
    assertTrue(bySection.getJsonObject("goals").getDouble("grade") < 8, bySection.encode());
    JsonObject people = bySection.getJsonObject("people");
    assertTrue(people.getDouble("grade") > 8, people.encode());
    JsonArray hardest = people.getJsonArray("hardestSentences");
    assertEquals(2, hardest.size(), "the short plain sentence in between is not named");
    assertTrue(hardest.getJsonObject(0).getDouble("grade") >= hardest.getJsonObject(1).getDouble("grade"));
    JsonObject first = hardest.getJsonObject(0);
    assertEquals(first.getString("text"),
        ProposalTexts.HARD.substring(first.getInteger("start"), first.getInteger("end")));
  }

  @Test
  void wholeProposalGradeIsThePartsGradesWeightedByWords() {
    JsonObject readability = create(Role.FACILITATOR, Fixtures.round(app), ProposalTexts.complete("Weighted"))
        .json().getJsonObject("readability");

    double weighted = 0;
    int words = 0;
    for (String part : List.of("goals", "people", "data", "responsibility")) {
      JsonObject section = readability.getJsonObject("bySection").getJsonObject(part);
      weighted += section.getDouble("grade") * section.getInteger("words");
      words += section.getInteger("words");
    }
    assertEquals(weighted / words, readability.getDouble("grade"), 0.1);
    assertEquals("words", readability.getString("weighting"));
    assertEquals(words, readability.getInteger("words"));
  }

  @Test
  void developerSubmissionLandsAsADraftOnlyOrganisersCanRead() {
    HttpResult created = create(Role.DEVELOPER, Fixtures.round(app), ProposalTexts.complete("From a developer"));
    assertEquals(201, created.status(), created.toString());
    String id = created.json().getString("id");
    assertEquals("draft", created.json().getString("status"));
    assertEquals("developer", created.json().getJsonObject("submittedBy").getString("role"));

    assertEquals(404, get("/api/v1/proposals/" + id, Role.DEVELOPER).status());
    JsonObject forOrganiser = get("/api/v1/proposals/" + id, Role.FACILITATOR).json();
    assertNull(forOrganiser.getValue("version"));
    assertEquals("From a developer", forOrganiser.getJsonObject("draft").getString("title"));
    assertEquals("Test developer", forOrganiser.getJsonObject("draft").getJsonObject("submittedBy").getString("name"));

    JsonArray audit = get("/api/v1/audit", Role.ADMIN).json().getJsonArray("entries");
    assertTrue(audit.stream().map(JsonObject.class::cast).anyMatch(entry ->
        entry.getString("action").equals("proposal.created") && entry.getString("recordId").equals(id)
            && entry.getString("role").equals("developer")), audit.encode());
  }

  @Test
  void editingTheDraftReturnsNewGrades() {
    String id = create(Role.FACILITATOR, Fixtures.round(app), ProposalTexts.complete("To edit")).json().getString("id");

    HttpResult edited = app.api().put("/api/v1/proposals/" + id, app.token(Role.ADMIN),
        ProposalTexts.complete("Edited").put("sections",
            ProposalTexts.sections(ProposalTexts.GOALS, "Families can ask us to look again.", ProposalTexts.DATA,
                ProposalTexts.RESPONSIBILITY)));

    assertEquals(200, edited.status(), edited.toString());
    JsonObject people = edited.json().getJsonObject("readability").getJsonObject("bySection").getJsonObject("people");
    assertTrue(people.getDouble("grade") < 8, people.encode());
    assertTrue(people.getJsonArray("hardestSentences").isEmpty());
    assertEquals("Edited", edited.json().getString("title"));
    assertEquals(1, edited.json().getInteger("version"));
  }

  @Test
  void publishingFreezesVersionsAndReadersSeeWhatChanged() {
    String id = create(Role.FACILITATOR, Fixtures.round(app), ProposalTexts.complete("Versions")).json().getString("id");

    HttpResult first = publish(id);
    assertEquals(200, first.status(), first.toString());
    assertEquals(1, first.json().getInteger("version"));
    assertEquals("published", first.json().getString("status"));
    assertNull(first.json().getValue("changes"));
    assertNotNull(first.json().getString("publishedAt"));

    HttpResult again = publish(id);
    assertEquals(409, again.status(), again.toString());
    assertEquals("unchanged", again.json().getJsonObject("error").getString("code"));

    String newGoals = ProposalTexts.GOALS.replace("many calls", "hundreds of calls");
    HttpResult edited = app.api().put("/api/v1/proposals/" + id, app.token(Role.FACILITATOR),
        ProposalTexts.complete("Versions").put("sections", ProposalTexts.sections(newGoals, ProposalTexts.HARD,
            ProposalTexts.DATA, ProposalTexts.RESPONSIBILITY)));
    assertEquals("changed", edited.json().getString("status"));
    assertEquals(2, edited.json().getInteger("version"));
    assertEquals(1, edited.json().getInteger("publishedVersion"));

    HttpResult second = publish(id);
    assertEquals(200, second.status(), second.toString());
    assertEquals(2, second.json().getInteger("version"));

    JsonObject v1 = get("/api/v1/proposals/" + id + "/versions/1", Role.DEVELOPER).json();
    assertEquals(ProposalTexts.GOALS, v1.getJsonObject("sections").getString("goals"));
    assertEquals(1, v1.getInteger("version"));
    assertNull(v1.getValue("changes"));

    JsonObject latest = get("/api/v1/proposals/" + id, Role.DEVELOPER).json();
    assertEquals(2, latest.getInteger("version"));
    assertEquals(newGoals, latest.getJsonObject("sections").getString("goals"));
    assertFalse(latest.containsKey("draft"), "developers read published versions only");
    assertEquals(2, latest.getJsonArray("versions").size());
    JsonObject changes = latest.getJsonObject("changes");
    assertEquals(1, changes.getInteger("sinceVersion"));
    assertEquals(new JsonArray().add("goals"), changes.getJsonArray("changed"));
    JsonArray goals = changes.getJsonObject("sections").getJsonArray("goals");
    assertTrue(goals.contains(new JsonObject().put("kind", "removed").put("text", "many ")), goals.encode());
    assertTrue(goals.contains(new JsonObject().put("kind", "added").put("text", "hundreds of ")), goals.encode());
    assertEquals(new JsonArray().add(new JsonObject().put("kind", "same").put("text", ProposalTexts.DATA)),
        changes.getJsonObject("sections").getJsonArray("data"));

    JsonObject forOrganiser = get("/api/v1/proposals/" + id, Role.ADMIN).json();
    assertEquals("published", forOrganiser.getString("status"));
    assertEquals(2, forOrganiser.getJsonObject("draft").getInteger("version"));

    List<String> audited = get("/api/v1/audit", Role.ADMIN).json().getJsonArray("entries").stream()
        .map(JsonObject.class::cast).filter(entry -> id.equals(entry.getString("recordId")))
        .map(entry -> entry.getString("action")).toList();
    assertEquals(List.of("proposal.published", "proposal.updated", "proposal.published", "proposal.created"), audited);
  }

  @Test
  void publishedVersionsCannotBeChangedEvenInTheDatabase() throws Exception {
    String id = create(Role.FACILITATOR, Fixtures.round(app), ProposalTexts.complete("Frozen")).json().getString("id");
    publish(id);

    DatabaseAddress db = app.database();
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
      SQLException refused = assertThrows(SQLException.class, () -> c.createStatement()
          .executeUpdate("UPDATE proposal_versions SET title = 'Changed' WHERE proposal_id = '" + id + "'"));
      assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
    }
  }

  @Test
  void publishingWithAnEmptyPartIsRefusedNamingThePart() {
    JsonObject incomplete = ProposalTexts.complete("Half written").put("sections",
        ProposalTexts.sections(ProposalTexts.GOALS, "", ProposalTexts.DATA, "   "));
    HttpResult created = create(Role.FACILITATOR, Fixtures.round(app), incomplete);
    assertEquals(201, created.status(), "a draft may have empty parts: " + created);
    assertEquals("", created.json().getJsonObject("sections").getString("people"));

    HttpResult refused = publish(created.json().getString("id"));

    assertEquals(409, refused.status(), refused.toString());
    JsonObject error = refused.json().getJsonObject("error");
    assertEquals("incomplete", error.getString("code"));
    assertEquals(List.of("sections.people", "sections.responsibility"), List.copyOf(error.getJsonObject("fields").fieldNames()));
  }

  @Test
  void badInputIsRefusedFieldByField() {
    JsonObject bad = new JsonObject().put("language", "fr").put("sections",
        new JsonObject().put("goals", "x".repeat(20_001)).put("people", 7).put("extra", "?"));

    HttpResult result = create(Role.FACILITATOR, Fixtures.round(app), bad);

    assertEquals(400, result.status(), result.toString());
    JsonObject fields = result.json().getJsonObject("error").getJsonObject("fields");
    for (String field : List.of("title", "language", "sections.goals", "sections.people", "sections.extra")) {
      assertTrue(fields.containsKey(field), field + " in " + fields);
    }
    HttpResult noSections = create(Role.FACILITATOR, Fixtures.round(app),
        new JsonObject().put("title", "t").put("language", "en"));
    assertTrue(noSections.json().getJsonObject("error").getJsonObject("fields").containsKey("sections"));
  }

  @Test
  void unknownRoundsProposalsAndVersionsAre404() {
    String zero = "00000000-0000-0000-0000-000000000000";
    assertEquals(404, create(Role.FACILITATOR, zero, ProposalTexts.complete("Nowhere")).status());
    assertEquals(404, create(Role.FACILITATOR, "not-a-round", ProposalTexts.complete("Nowhere")).status());
    assertEquals(404, get("/api/v1/proposals/" + zero, Role.ADMIN).status());
    assertEquals(404, get("/api/v1/proposals/nope", Role.ADMIN).status());
    assertEquals(404, publish(zero).status());
    String id = create(Role.FACILITATOR, Fixtures.round(app), ProposalTexts.complete("Few versions")).json().getString("id");
    for (String version : List.of("1", "0", "-1", "two", "99999999999")) {
      assertEquals(404, get("/api/v1/proposals/" + id + "/versions/" + version, Role.ADMIN).status(), version);
    }
  }

  @Test
  void roundListsItsProposalsWithStatusAndGrade() {
    String roundId = Fixtures.round(app);
    String id = create(Role.FACILITATOR, roundId, ProposalTexts.complete("Listed")).json().getString("id");
    publish(id);

    JsonArray listed = get("/api/v1/rounds/" + roundId + "/proposals", Role.DEVELOPER).json().getJsonArray("proposals");

    assertEquals(1, listed.size());
    JsonObject summary = listed.getJsonObject(0);
    assertEquals(id, summary.getString("id"));
    assertEquals("published", summary.getString("status"));
    assertEquals(1, summary.getInteger("publishedVersion"));
    assertEquals(1, summary.getInteger("version"));
    assertEquals("en", summary.getString("language"));
    assertNotEquals(null, summary.getDouble("grade"));
  }

  @Test
  void developersMayNotEditOrPublish() {
    String id = create(Role.DEVELOPER, Fixtures.round(app), ProposalTexts.complete("Mine")).json().getString("id");
    assertEquals(403, app.api().put("/api/v1/proposals/" + id, app.token(Role.DEVELOPER),
        ProposalTexts.complete("Mine")).status());
    assertEquals(403, app.api().post("/api/v1/proposals/" + id + "/publish", app.token(Role.DEVELOPER), null).status());
  }

  private static HttpResult create(Role role, String roundId, JsonObject body) {
    return app.api().post("/api/v1/rounds/" + roundId + "/proposals", app.token(role), body);
  }

  private static HttpResult publish(String id) {
    return app.api().post("/api/v1/proposals/" + id + "/publish", app.token(Role.FACILITATOR), null);
  }

  private static HttpResult get(String path, Role role) {
    return app.api().get(path, app.token(role));
  }
}
