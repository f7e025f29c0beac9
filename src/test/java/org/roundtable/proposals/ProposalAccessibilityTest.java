package org.roundtable.proposals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.Chromium;
import org.roundtable.support.Fixtures;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;

/** Each proposal page, with grades, marked sentences and changes showing, passes axe in both languages. */
class ProposalAccessibilityTest {
  @RegisterExtension
  static final TestApp app = new TestApp();
  private static String roundId;
  private static String proposal;

  /** A proposal with a hard part, published twice so that version 2 shows changes. */
  @BeforeAll
  static void publishTwoVersions() {
    roundId = Fixtures.round(app);
    String token = app.token(Role.FACILITATOR);
    String id = app.api().post("/api/v1/rounds/" + roundId + "/proposals", token,
        ProposalTexts.complete("Hotline score")).json().getString("id");
    assertEquals(200, app.api().post("/api/v1/proposals/" + id + "/publish", token, null).status());
    JsonObject edited = ProposalTexts.complete("Hotline call score").put("sections", ProposalTexts.sections(
        ProposalTexts.GOALS.replace("many calls", "hundreds of calls"), ProposalTexts.HARD, ProposalTexts.DATA,
        ProposalTexts.RESPONSIBILITY + " We will stop it if it does harm."));
    assertEquals(200, app.api().put("/api/v1/proposals/" + id, token, edited).status());
    assertEquals(200, app.api().post("/api/v1/proposals/" + id + "/publish", token, null).status());
    proposal = "/staff/proposals/" + id;
  }

  @Test
  void roundsListOfProposalsHasNoAxeViolations() {
    Chromium.assertAccessibleEverywhere(app, Role.FACILITATOR, "/staff/rounds/" + roundId + "/proposals");
  }

  @Test
  void proposalFormWithGradesShownHasNoAxeViolations() {
    Chromium.assertAccessibleEverywhere(app, Role.FACILITATOR, proposal + "/edit");
  }

  @Test
  void proposalPageWithMarkedSentencesHasNoAxeViolations() {
    Chromium.assertAccessibleEverywhere(app, Role.FACILITATOR, proposal);
  }

  @Test
  void versionPageWithChangesHasNoAxeViolations() {
    Chromium.assertAccessibleEverywhere(app, Role.FACILITATOR, proposal + "/versions/2");
  }
}
