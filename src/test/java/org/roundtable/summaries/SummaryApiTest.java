package org.roundtable.summaries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.Fixtures;
import org.roundtable.support.HttpResult;
import org.roundtable.support.Participants;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;

/** The computed summary, findings, published versions and answers through the JSON API, on the real server. */
class SummaryApiTest {
  @RegisterExtension
  static final TestApp app = new TestApp();
  private final SummaryFixtures f = new SummaryFixtures(app);

  @Test
  void groupOfFourVotersIsFoldedIntoAllAndGroupOfFiveIsShownWithItsDivergence() {
    String roundId = Participants.openRound(app);
    String proposalId = Fixtures.publishedProposal(app, roundId);
    List<String> community = f.people(roundId, "community", 5);
    List<String> frontline = f.people(roundId, "frontline", 5);
    for (int i = 0; i < 5; i++) {
      f.vote(community.get(i), proposalId, i < 3 ? "go_ahead" : "do_not_build");
    }
    for (int i = 0; i < 4; i++) {
      f.vote(frontline.get(i), proposalId, "not_yet");
    }

    JsonObject four = f.proposal(f.summary(roundId, Role.FACILITATOR), proposalId).getJsonObject("votes");
    assertEquals(9, four.getJsonObject("all").getInteger("total"));
    assertEquals(4, four.getJsonObject("all").getJsonObject("choices").getInteger("not_yet"));
    assertEquals(5, four.getJsonObject("byGroup").getJsonObject("community").getInteger("total"));
    assertEquals(2, four.getJsonObject("byGroup").getJsonObject("community").getJsonObject("choices")
        .getInteger("do_not_build"));
    assertFalse(four.getJsonObject("byGroup").containsKey("frontline"), four.encode());
    assertNull(f.proposal(f.summary(roundId, Role.FACILITATOR), proposalId).getValue("divergence"));

    f.vote(frontline.get(4), proposalId, "do_not_build");
    JsonObject five = f.proposal(f.summary(roundId, Role.DEVELOPER), proposalId);
    JsonObject front = five.getJsonObject("votes").getJsonObject("byGroup").getJsonObject("frontline");
    assertEquals(5, front.getInteger("total"));
    assertEquals(4, front.getJsonObject("choices").getInteger("not_yet"));
    // community 2 of 5 doubt (40), frontline 5 of 5 (100): 60 points apart, flagged.
    assertEquals(60.0, five.getDouble("divergence"));
    assertTrue(five.getBoolean("divergent"));
  }

  @Test
  void turnoutCountsInvitedJoinedAndAttendedByGroup() {
    String roundId = Participants.openRound(app);
    String sessionId = Fixtures.session(app, roundId, 20);
    List<String> community = f.people(roundId, "community", 2);
    f.people(roundId, "frontline", 1);
    app.api().post("/api/v1/rounds/" + roundId + "/invitations", app.token(Role.FACILITATOR),
        new JsonObject().put("group", "frontline").put("count", 3));
    String someone = app.api().get("/api/v1/me", community.get(0)).json().getString("id");
    f.sql("INSERT INTO attendance (session_id, participant_id, how) VALUES ('" + sessionId + "', '" + someone
        + "', 'self')");

    JsonObject turnout = f.summary(roundId, Role.ADMIN).getJsonObject("turnout");
    assertEquals(new JsonObject().put("community", 2).put("frontline", 4), turnout.getJsonObject("invited"));
    assertEquals(new JsonObject().put("community", 2).put("frontline", 1), turnout.getJsonObject("joined"));
    assertEquals(new JsonObject().put("community", 1).put("frontline", 0), turnout.getJsonObject("attended"));
  }

  @Test
  void topConcernsQuoteOnlyPeopleWhoAgreedAndHaveNotWithdrawn() {
    String roundId = Participants.openRound(app);
    String proposalId = Fixtures.publishedProposal(app, roundId);
    String quotable = f.person(roundId, "community", true);
    String private_ = f.person(roundId, "frontline", false);
    String leaving = f.person(roundId, "community", true);
    String hiddenAuthor = f.person(roundId, "community", true);
    String q = f.comment(quotable, proposalId, "workload", "It adds typing I have no time for.");
    String p = f.comment(private_, proposalId, "privacy", "My manager would know it was me.");
    String l = f.comment(leaving, proposalId, "fairness", "It will judge poor families harder.");
    String h = f.comment(hiddenAuthor, proposalId, "other", "Something rude.");
    List<String> fans = f.people(roundId, "community", 3);
    for (String fan : fans) {
      f.endorse(fan, p);
    }
    f.endorse(fans.get(0), q);
    f.endorse(fans.get(1), q);
    f.endorse(fans.get(0), l);
    f.endorse(fans.get(0), h);
    assertEquals(200, app.api().post("/api/v1/comments/" + h + "/hide", app.token(Role.FACILITATOR),
        new JsonObject().put("reason", "Rude.")).status());
    assertEquals(200, app.api().post("/api/v1/me/withdraw", leaving, new JsonObject().put("confirm", true)).status());

    JsonObject proposal = f.proposal(f.summary(roundId, Role.DEVELOPER), proposalId);
    var concerns = proposal.getJsonArray("topConcerns");
    assertEquals(3, concerns.size(), concerns.encode());
    assertEquals(new JsonObject().put("commentId", p).put("body", null).put("topic", "privacy").put("endorsements", 3),
        concerns.getJsonObject(0));
    assertEquals("It adds typing I have no time for.", concerns.getJsonObject(1).getString("body"));
    assertEquals(l, concerns.getJsonObject(2).getString("commentId"));
    assertNull(concerns.getJsonObject(2).getString("body"));
    assertEquals(1, proposal.getJsonObject("byTopic").getInteger("workload"));
    assertEquals(0, proposal.getJsonObject("byTopic").getInteger("other"), "hidden comments are not counted");
  }

  @Test
  void noExportNamesAParticipantByIdPseudonymCodeOrContact() {
    String roundId = Participants.openRound(app);
    String proposalId = Fixtures.publishedProposal(app, roundId);
    List<String> tokens = new ArrayList<>(f.people(roundId, "community", 5));
    tokens.addAll(f.people(roundId, "frontline", 5));
    List<String> secrets = new ArrayList<>(f.codes);
    int n = 0;
    for (String token : tokens) {
      JsonObject me = app.api().get("/api/v1/me", token).json();
      String contact = "person" + n + "@contact.example";
      assertEquals(200, app.api().put("/api/v1/me", token, new JsonObject().put("pseudonym", me.getString("pseudonym"))
          .put("language", "en").put("contact", contact).put("accessNeeds", new JsonObject())).status());
      secrets.add(me.getString("id"));
      secrets.add(me.getString("pseudonym"));
      secrets.add(contact);
      f.vote(token, proposalId, n % 2 == 0 ? "go_ahead" : "not_yet");
      f.comment(token, proposalId, "fairness", "Comment number " + n + " about the tool.");
      n++;
    }
    String comment = f.comment(tokens.get(0), proposalId, "workload", "More forms to fill.");
    f.endorse(tokens.get(1), comment);
    f.finding(roundId, proposalId, "People worry about extra forms.", List.of(comment));
    int version = f.publish(roundId);
    String base = "/api/v1/rounds/" + roundId + "/summaries/" + version;
    List<String> exports = new ArrayList<>();
    for (String path : List.of("/api/v1/rounds/" + roundId + "/summary", base, base + ".md", base + ".csv")) {
      HttpResult got = app.api().get(path, app.token(Role.DEVELOPER));
      assertEquals(200, got.status(), path + " " + got);
      exports.add(got.body());
    }
    assertTrue(exports.get(2).contains("| community | 5 |"), exports.get(2));
    assertTrue(exports.get(3).startsWith("proposal_id,proposal_title,group,total,"), exports.get(3));
    for (String export : exports) {
      String folded = export.toLowerCase(java.util.Locale.ROOT);
      for (String secret : secrets) {
        assertFalse(folded.contains(secret.toLowerCase(java.util.Locale.ROOT)), "export names " + secret + ":\n" + export);
      }
    }
  }

  @Test
  void publishedVersionNeverChangesWhenAnswersAndFindingsComeLater() {
    String roundId = Participants.openRound(app);
    String proposalId = Fixtures.publishedProposal(app, roundId);
    String finding = f.finding(roundId, proposalId, "Frontline workers say it adds data entry.", List.of());
    assertEquals(1, f.publish(roundId));
    String v1 = app.api().get("/api/v1/rounds/" + roundId + "/summaries/1", app.token(Role.DEVELOPER)).body();
    assertEquals("awaiting", new JsonObject(v1).getJsonArray("findings").getJsonObject(0).getString("status"));

    HttpResult answered = f.answer(finding, "will_change", "We will cut the form to three fields.");
    assertEquals(201, answered.status(), answered.toString());
    assertEquals(1, answered.json().getInteger("version"));
    assertEquals(2, f.answer(finding, "need_more_information", "Which fields matter most?").json().getInteger("version"));
    f.finding(roundId, proposalId, "A second finding.", List.of());
    assertEquals(2, f.publish(roundId));

    assertEquals(v1, app.api().get("/api/v1/rounds/" + roundId + "/summaries/1", app.token(Role.DEVELOPER)).body());
    JsonObject v2 = app.api().get("/api/v1/rounds/" + roundId + "/summaries/2", app.token(Role.DEVELOPER)).json();
    JsonObject first = v2.getJsonArray("findings").getJsonObject(0);
    assertEquals("answered", first.getString("status"));
    assertEquals("need_more_information", first.getJsonObject("response").getString("decision"));
    assertEquals(2, first.getJsonArray("responses").size(), "earlier answers are kept");
    assertEquals(2, v2.getJsonArray("findings").size());
    assertThrows(IllegalStateException.class, () -> f.sql("UPDATE summary_versions SET body = '{}' WHERE round_id = '"
        + roundId + "'"));
    assertThrows(IllegalStateException.class, () -> f.sql("DELETE FROM finding_responses"));
    assertEquals(404, app.api().get("/api/v1/rounds/" + roundId + "/summaries/3", app.token(Role.ADMIN)).status());
    assertEquals(404, app.api().get("/api/v1/rounds/" + roundId + "/summaries/x.md", app.token(Role.ADMIN)).status());
  }

  @Test
  void findingIsOverdueOnceItsDueDatePassesWithoutAnAnswer() {
    String roundId = Participants.openRound(app);
    String proposalId = Fixtures.publishedProposal(app, roundId);
    String finding = f.finding(roundId, proposalId, "People want to appeal a score.", List.of());
    f.publish(roundId);
    assertEquals("awaiting", status(roundId));
    // The round gives developers 30 days: move the first publish 31 days back.
    f.sql("UPDATE findings SET first_published_at = now() - interval '31 days' WHERE id = '" + finding + "'");
    assertEquals("overdue", status(roundId));
    JsonObject listed = app.api().get("/api/v1/findings", app.token(Role.DEVELOPER)).json().getJsonArray("findings")
        .stream().map(JsonObject.class::cast).filter(x -> x.getString("id").equals(finding)).findFirst().orElseThrow();
    assertEquals("overdue", listed.getString("status"));
    assertEquals(201, f.answer(finding, "will_not_change", "The law already gives an appeal.").status());
    assertEquals("answered", status(roundId));
  }

  @Test
  void developersReadAndAnswerButOnlyStaffWriteFindingsAndOnlyPublishedOnesCanBeAnswered() {
    String roundId = Participants.openRound(app);
    String proposalId = Fixtures.publishedProposal(app, roundId);
    String draft = Fixtures.draftProposal(app, roundId);
    String finding = f.finding(roundId, proposalId, "Not published yet.", List.of());
    assertEquals(0, f.summary(roundId, Role.DEVELOPER).getJsonArray("findings").size());
    assertEquals(1, f.summary(roundId, Role.FACILITATOR).getJsonArray("findings").size());
    assertEquals(1, f.summary(roundId, Role.FACILITATOR).getJsonArray("proposals").size(), "drafts are left out");
    HttpResult early = f.answer(finding, "will_change", "Soon.");
    assertEquals(409, early.status(), early.toString());

    JsonObject body = new JsonObject().put("proposalId", proposalId).put("text", "x").put("commentIds", List.of());
    assertEquals(403, app.api().post("/api/v1/rounds/" + roundId + "/findings", app.token(Role.DEVELOPER), body).status());
    assertEquals(403, app.api().post("/api/v1/rounds/" + roundId + "/summaries", app.token(Role.DEVELOPER), null).status());
    f.publish(roundId);
    assertEquals(403, app.api().post("/api/v1/findings/" + finding + "/responses", app.token(Role.FACILITATOR),
        new JsonObject().put("decision", "will_change").put("explanation", "x")).status());
    assertEquals(400, f.answer(finding, "maybe", "x").status());
    assertEquals(404, f.answer("00000000-0000-0000-0000-000000000000", "will_change", "x").status());
    HttpResult onDraft = app.api().post("/api/v1/rounds/" + roundId + "/findings", app.token(Role.ADMIN),
        body.copy().put("proposalId", draft));
    assertEquals(400, onDraft.status(), onDraft.toString());
    HttpResult otherComment = app.api().post("/api/v1/rounds/" + roundId + "/findings", app.token(Role.ADMIN),
        body.copy().put("commentIds", List.of("00000000-0000-0000-0000-000000000000")));
    assertEquals(400, otherComment.status(), otherComment.toString());
    assertEquals(404, app.api().get("/api/v1/rounds/00000000-0000-0000-0000-000000000000/summary",
        app.token(Role.DEVELOPER)).status());
    String participant = f.person(roundId, "community", false);
    assertEquals(403, app.api().get("/api/v1/rounds/" + roundId + "/summary", participant).status());
  }

  @Test
  void answersSentAtOnceAreNumberedOneAfterTheOther() throws Exception {
    String roundId = Participants.openRound(app);
    String proposalId = Fixtures.publishedProposal(app, roundId);
    String finding = f.finding(roundId, proposalId, "People ask for a paper form.", List.of());
    f.publish(roundId);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(5);
    try {
      List<java.util.concurrent.Future<HttpResult>> sent = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        String text = "Answer " + i;
        sent.add(pool.submit(() -> f.answer(finding, "need_more_information", text)));
      }
      List<Integer> versions = new ArrayList<>();
      for (var one : sent) {
        HttpResult result = one.get();
        assertEquals(201, result.status(), result.toString());
        versions.add(result.json().getInteger("version"));
      }
      java.util.Collections.sort(versions);
      assertEquals(List.of(1, 2, 3, 4, 5), versions);
    } finally {
      pool.shutdown();
    }
  }

  private String status(String roundId) {
    return f.summary(roundId, Role.DEVELOPER).getJsonArray("findings").getJsonObject(0).getString("status");
  }
}
