package org.roundtable.participants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.db.DatabaseAddress;
import org.roundtable.support.Fixtures;
import org.roundtable.support.HttpResult;
import org.roundtable.support.PageClient;
import org.roundtable.support.Participants;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;

/** The participant's path through the real server: join, consent, profile, home, read, withdraw. */
class ParticipantPathTest {
  @RegisterExtension
  static final TestApp app = new TestApp();

  @Test
  void joiningOnThePageLeadsThroughConsentAndProfileToHome() {
    String roundId = Participants.openRound(app);
    String code = Participants.code(app, roundId);
    String sessionDay = LocalDate.now().plusDays(20).toString();
    assertEquals(201, app.api().post("/api/v1/rounds/" + roundId + "/sessions", app.token(Role.FACILITATOR),
        new JsonObject().put("startsAt", sessionDay + "T18:00").put("endsAt", sessionDay + "T20:00")
            .put("timeZone", "America/Los_Angeles").put("place", "Eastside Library, Room 2")
            .put("accessibility", "Step-free entrance on Oak Street").put("capacity", 30)).status());
    String published = proposal(roundId, "Call screening helper", true);
    proposal(roundId, "Secret draft idea", false);

    PageClient browser = app.pages();
    HttpResult joined = browser.submit("/join?code=" + code, "/join",
        Map.of("code", code.toLowerCase().replace("-", " ")));
    assertEquals(303, joined.status(), joined.toString());
    assertEquals("/consent?next=%2Fhome", joined.header("Location"));
    assertEquals(303, browser.get("/home").status(), "home waits for consent");
    assertTrue(browser.get("/home").header("Location").startsWith("/consent"));

    HttpResult consentPage = browser.follow(joined);
    assertEquals(200, consentPage.status());
    assertTrue(consentPage.body().contains("$50.00 per session"), "the round's pay is on the consent page");
    assertFalse(consentPage.body().contains("name=\"quote\" value=\"yes\" aria-describedby=\"f-quote-hint\" checked"));

    HttpResult consented = browser.submit("/consent", "/consent", Map.of("takePart", "yes", "next", "/home"));
    assertEquals(303, consented.status(), consented.toString());
    assertTrue(consented.header("Location").startsWith("/profile?next="), consented.header("Location"));
    HttpResult profile = browser.follow(consented);
    assertEquals(200, profile.status());
    assertTrue(profile.body().matches("(?s).*id=\"f-pseudonym\" name=\"pseudonym\" type=\"text\"\\s+value=\"[A-Z][a-z]+ [A-Z][a-z]+ \\d\\d\".*"),
        "a pseudonym is suggested");

    HttpResult saved = browser.submit("/profile", "/profile", Map.of("pseudonym", "Quiet Owl 7", "language", "en",
        "contact", "555-0100", "accessNeeds.captions", "yes", "next", "/home"));
    assertEquals(303, saved.status(), saved.toString());
    assertEquals("/home", saved.header("Location"));

    HttpResult home = browser.get("/home");
    assertEquals(200, home.status());
    assertTrue(home.body().contains("Quiet Owl 7"));
    assertTrue(home.body().contains("Hotline screening score"));
    assertTrue(home.body().contains("We will work with you so your concerns are reflected"), "the level's promise");
    assertTrue(home.body().contains("A majority saying do not build stops the project."));
    assertTrue(home.body().contains("Eastside Library, Room 2"));
    assertTrue(home.body().contains("Step-free entrance on Oak Street"));
    assertTrue(home.body().contains("/calendar.ics"));
    assertTrue(home.body().contains("href=\"/proposals/" + published + "\""));
    assertFalse(home.body().contains("Secret draft idea"), "drafts are not shown");
    assertTrue(home.body().length() < 30_000, "light enough for a phone plan");
  }

  @Test
  void joiningThroughTheApiGivesATokenForTheRound() {
    String roundId = Participants.openRound(app);
    HttpResult joined = join(Participants.code(app, roundId));
    assertEquals(200, joined.status(), joined.toString());
    assertEquals(roundId, joined.json().getString("roundId"));
    HttpResult me = app.api().get("/api/v1/me", joined.json().getString("token"));
    assertEquals(200, me.status());
    assertEquals(joined.json().getString("participantId"), me.json().getString("id"));
    assertEquals("community", me.json().getString("group"));
    assertFalse(me.json().getJsonObject("consent").getBoolean("takePart"));
    assertEquals(401, join("AAAAAAAAA").status(), "an unknown code");
    assertEquals(400, join("not a code").status(), "something that cannot be a code");
  }

  @Test
  void nothingButConsentingOrLeavingWorksBeforeAgreeingToTakePart() {
    String roundId = Participants.openRound(app);
    String proposalId = Fixtures.publishedProposal(app, roundId);
    String token = join(Participants.code(app, roundId)).json().getString("token");
    HttpResult read = app.api().get("/api/v1/proposals/" + proposalId, token);
    assertEquals(409, read.status(), read.toString());
    assertEquals("consent_needed", read.json().getJsonObject("error").getString("code"));
    assertEquals(409, app.api().put("/api/v1/me", token, new JsonObject().put("pseudonym", "Early Bird 1")
        .put("language", "en")).status(), "the profile comes after consent");
    assertEquals(200, app.api().get("/api/v1/me", token).status());

    PageClient browser = app.pages();
    browser.submit("/join", "/join", Map.of("code", Participants.code(app, roundId)));
    HttpResult page = browser.get("/proposals/" + proposalId);
    assertEquals(303, page.status());
    assertEquals("/consent?next=%2Fproposals%2F" + proposalId, page.header("Location"));
    assertEquals(200, browser.get("/withdraw").status(), "leaving is always possible");
  }

  @Test
  void aWrongCodeSaysSoPlainlyInEnglishAndSpanish() {
    HttpResult en = app.pages().submit("/join", "/join", Map.of("code", "ACD-EFG-HJK"));
    assertEquals(401, en.status());
    assertTrue(en.body().contains("We do not know this code."), en.body());
    assertTrue(en.body().contains("id=\"f-code-error\""), "the message sits next to the field");
    HttpResult es = app.pages().language("es").submit("/join", "/join", Map.of("code", "ACD-EFG-HJK"));
    assertTrue(es.body().contains("No conocemos este código."), es.body());
  }

  @Test
  void aUsedCodeSignsTheSameParticipantBackIn() {
    String code = Participants.code(app, Participants.openRound(app));
    HttpResult first = join(code);
    HttpResult again = join(code);
    assertEquals(200, again.status());
    assertEquals(first.json().getString("participantId"), again.json().getString("participantId"));
    assertNotEquals(first.json().getString("token"), again.json().getString("token"));
    PageClient newPhone = app.pages();
    assertEquals(303, newPhone.submit("/join", "/join", Map.of("code", code)).status());
    assertEquals(first.json().getString("participantId"),
        app.api().get("/api/v1/me", again.json().getString("token")).json().getString("id"));
  }

  @Test
  void onlyAnOpenRoundTakesNewPeople() {
    String roundId = Participants.openRound(app);
    String code = Participants.code(app, roundId);
    assertEquals(200, app.api().post("/api/v1/rounds/" + roundId + "/status", app.token(Role.FACILITATOR),
        new JsonObject().put("status", "closed")).status());
    HttpResult api = join(code);
    assertEquals(409, api.status());
    assertEquals("round_not_open", api.json().getJsonObject("error").getString("code"));
    HttpResult page = app.pages().submit("/join", "/join", Map.of("code", code));
    assertEquals(409, page.status());
    assertTrue(page.body().contains("This round has ended."), page.body());
  }

  @Test
  void beingQuotedIsASeparateChoiceThatStartsOff() {
    String code = Participants.code(app, Participants.openRound(app));
    PageClient browser = Participants.browser(app, code);
    String token = join(code).json().getString("token");
    JsonObject consent = app.api().get("/api/v1/me", token).json().getJsonObject("consent");
    assertTrue(consent.getBoolean("takePart"));
    assertFalse(consent.getBoolean("quote"), "nobody is quoted unless they say so");

    HttpResult refused = browser.submit("/consent", "/consent", Map.of("quote", "yes"));
    assertEquals(400, refused.status(), "taking part cannot be unticked: people withdraw instead");
    HttpResult quoted = app.api().put("/api/v1/me/consent", token, new JsonObject().put("takePart", true)
        .put("quote", true));
    assertTrue(quoted.json().getJsonObject("consent").getBoolean("quote"));
    assertEquals(400, app.api().put("/api/v1/me/consent", token, new JsonObject().put("takePart", "yes")).status());
  }

  @Test
  void profileProblemsAreShownNextToTheirFields() {
    PageClient browser = Participants.browser(app, Participants.code(app, Participants.openRound(app)));
    HttpResult page = browser.submit("/profile", "/profile", Map.of("pseudonym", "   ", "language", "fr",
        "contact", "x".repeat(201)));
    assertEquals(400, page.status());
    for (String field : new String[] {"pseudonym", "language", "contact"}) {
      assertTrue(page.body().contains("id=\"f-" + field + "-error\""), field);
    }
    assertEquals(400, browser.submit("/profile", "/profile", Map.of("pseudonym", "x".repeat(41), "language", "en"))
        .status());
  }

  @Test
  void profileProblemsInTheApiNameEachField() {
    String token = Participants.token(app, Participants.code(app, Participants.openRound(app)));
    HttpResult bad = app.api().put("/api/v1/me", token, new JsonObject().put("pseudonym", "")
        .put("language", "fr").put("contact", "x".repeat(201)).put("accessNeeds", new JsonObject()));
    assertEquals(400, bad.status());
    JsonObject fields = bad.json().getJsonObject("error").getJsonObject("fields");
    assertTrue(fields.containsKey("pseudonym") && fields.containsKey("language") && fields.containsKey("contact"),
        fields.encode());
    HttpResult good = app.api().put("/api/v1/me", token, new JsonObject().put("pseudonym", "Garza Azul 12")
        .put("language", "es").putNull("contact").put("accessNeeds", new JsonObject().put("interpreter", true)));
    assertEquals(200, good.status(), good.toString());
    assertTrue(good.json().getJsonObject("accessNeeds").getBoolean("interpreter"));
    assertFalse(good.json().getJsonObject("accessNeeds").getBoolean("childcare"));
  }

  @Test
  void aParticipantReadsOnlyPublishedProposalsOfTheirOwnRound() {
    String roundId = Participants.openRound(app);
    String ours = proposal(roundId, "Call screening helper", true);
    String draft = proposal(roundId, "Unfinished idea", false);
    String theirs = proposal(Participants.openRound(app), "Another round's tool", true);
    String code = Participants.code(app, roundId);
    PageClient browser = Participants.browser(app, code);
    String token = join(code).json().getString("token");

    HttpResult read = browser.get("/proposals/" + ours);
    assertEquals(200, read.status());
    assertTrue(read.body().contains("Call screening helper"));
    assertTrue(read.body().contains("Version 1"));
    assertTrue(read.body().contains("<dfn>risk score</dfn>"), "the glossary is on the page");
    assertTrue(read.body().contains("<a class=\"term\" href=\"#term-falseAlarm\">false alarm</a>"),
        "the word links to its meaning where it is used");
    assertTrue(read.body().length() < 30_000);
    assertEquals(200, app.api().get("/api/v1/proposals/" + ours, token).status());

    for (String hidden : new String[] {draft, theirs}) {
      assertEquals(404, browser.get("/proposals/" + hidden).status(), hidden);
      assertEquals(404, app.api().get("/api/v1/proposals/" + hidden, token).status(), hidden);
    }
    HttpResult answer = app.api().get("/api/v1/proposals/" + ours, token);
    assertFalse(answer.json().containsKey("draft"), "participants never see drafts");
  }

  @Test
  void withdrawingErasesContactAndSignsOutEverywhere() throws Exception {
    String code = Participants.code(app, Participants.openRound(app));
    PageClient browser = Participants.browser(app, code);
    String token = join(code).json().getString("token");
    assertEquals(200, app.api().put("/api/v1/me", token, new JsonObject().put("pseudonym", "Teal Fox 31")
        .put("language", "en").put("contact", "fox@example.org").put("accessNeeds", new JsonObject())).status());
    String id = app.api().get("/api/v1/me", token).json().getString("id");

    assertEquals(200, browser.get("/withdraw").status());
    HttpResult left = browser.submit("/withdraw", "/withdraw", Map.of("confirm", "yes"));
    assertEquals(303, left.status(), left.toString());
    assertEquals("/goodbye", left.header("Location"));
    assertEquals(200, browser.follow(left).status());

    assertEquals(303, browser.get("/home").status(), "the cookie no longer signs anyone in");
    assertTrue(browser.get("/home").header("Location").startsWith("/join"));
    assertEquals(401, app.api().get("/api/v1/me", token).status(), "nor does the API token");
    assertEquals(409, join(code).status(), "the code is spent");
    Map<String, Object> row = row("SELECT contact, consent_quote, withdrawn_at FROM participants WHERE id = '" + id + "'");
    assertNull(row.get("contact"));
    assertEquals(false, row.get("consent_quote"));
    assertTrue(row.get("withdrawn_at") != null);
  }

  @Test
  void withdrawingThroughTheApiNeedsConfirming() {
    String token = Participants.token(app, Participants.code(app, Participants.openRound(app)));
    assertEquals(400, app.api().post("/api/v1/me/withdraw", token, new JsonObject()).status());
    assertEquals(200, app.api().post("/api/v1/me/withdraw", token, new JsonObject().put("confirm", true)).status());
    assertEquals(401, app.api().get("/api/v1/me", token).status());
  }

  private static HttpResult join(String code) {
    return app.api().post("/api/v1/auth/participant", null, new JsonObject().put("code", code));
  }

  /** A proposal in the round, published or left as a draft; returns its id. */
  static String proposal(String roundId, String title, boolean publish) {
    JsonObject sections = new JsonObject().put("goals", "It helps staff sort calls.")
        .put("people", "Families who call. A false alarm is worse.").put("data", "Old call records.")
        .put("responsibility", "The hotline manager.");
    HttpResult created = app.api().post("/api/v1/rounds/" + roundId + "/proposals", app.token(Role.FACILITATOR),
        new JsonObject().put("title", title).put("language", "en").put("sections", sections));
    assertEquals(201, created.status(), created.toString());
    String id = created.json().getString("id");
    if (publish) {
      assertEquals(200, app.api().post("/api/v1/proposals/" + id + "/publish", app.token(Role.FACILITATOR), null)
          .status());
    }
    return id;
  }

  private static Map<String, Object> row(String sql) throws Exception {
    DatabaseAddress db = app.database();
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
         ResultSet rs = c.createStatement().executeQuery(sql)) {
      assertTrue(rs.next());
      Map<String, Object> row = new HashMap<>();
      for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
        row.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
      }
      return row;
    }
  }
}
