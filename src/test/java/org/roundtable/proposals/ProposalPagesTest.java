package org.roundtable.proposals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.Fixtures;
import org.roundtable.support.HttpResult;
import org.roundtable.support.PageClient;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;

/** The proposal pages as a person without JavaScript uses them: forms post, the server redirects. */
class ProposalPagesTest {
  @RegisterExtension
  static final TestApp app = new TestApp();

  @Test
  void facilitatorWritesChecksPublishesEditsAndPublishesAgain() {
    String roundId = Fixtures.round(app);
    PageClient browser = app.pagesAs(Role.FACILITATOR);
    String list = "/staff/rounds/" + roundId + "/proposals";
    assertTrue(browser.get(list).body().contains("There are no proposals in this round yet."));

    HttpResult created = browser.submit(list + "/new", list, form("Hotline score", ProposalTexts.GOALS));
    assertEquals(303, created.status(), created.toString());
    String proposal = created.header("Location").replace("?saved=1", "");
    HttpResult page = browser.follow(created);
    assertEquals(200, page.status());
    String html = page.body();
    assertTrue(html.contains("Saved."), html);
    assertTrue(html.contains("Too hard"), "the hard part has a text badge");
    assertTrue(html.contains("Easy enough"));
    assertTrue(html.contains("— target 8 or lower"));
    assertTrue(html.contains("<mark><span class=\"visually-hidden\">Hard sentence 1: </span>"
        + "Interdisciplinary evaluation methodologies"), "the hardest sentence is marked and labelled");
    assertTrue(html.contains("Shorten or simplify these sentences:"));
    assertTrue(html.contains("Draft, not published yet"));

    HttpResult published = browser.submit(proposal, proposal + "/publish", Map.of());
    assertEquals(303, published.status(), published.toString());
    assertTrue(published.header("Location").startsWith(proposal + "/versions/1"));
    assertTrue(browser.follow(published).body().contains("This is the first version."));

    HttpResult edited = browser.submit(proposal + "/edit", proposal + "/edit",
        form("Hotline score", ProposalTexts.GOALS.replace("many calls", "hundreds of calls")));
    assertEquals(303, edited.status(), edited.toString());
    assertTrue(browser.follow(edited).body().contains("Version 1 published, changes not yet published"));
    assertTrue(browser.get(list).body().contains("Version 1 published, changes not yet published"));

    HttpResult second = browser.submit(proposal, proposal + "/publish", Map.of());
    assertEquals(303, second.status(), second.toString());
    String changes = browser.follow(second).body();
    assertTrue(changes.contains("What changed since version 1"), changes);
    assertTrue(changes.contains("<del><span class=\"visually-hidden\">removed: </span>many </del>"), changes);
    assertTrue(changes.contains("<ins><span class=\"visually-hidden\">added: </span>hundreds of </ins>"), changes);
    assertTrue(changes.contains("No changes in this part."));

    HttpResult nothingNew = browser.submit(proposal, proposal + "/publish", Map.of());
    assertEquals(409, nothingNew.status());
    assertTrue(nothingNew.body().contains("Nothing changed since the last published version"));
    assertTrue(browser.get(proposal + "/versions/1").body().contains("many calls"), "version 1 is unchanged");
  }

  @Test
  void formShownAgainKeepsWhatWasTypedAndNamesTheProblem() {
    String roundId = Fixtures.round(app);
    PageClient browser = app.pagesAs(Role.ADMIN);
    String list = "/staff/rounds/" + roundId + "/proposals";

    Map<String, String> fields = form("", "Our own words about the goals.");
    fields.put("sections.data", "x".repeat(20_001));
    HttpResult result = browser.submit(list + "/new", list, fields);

    assertEquals(400, result.status());
    assertTrue(result.body().contains("href=\"#f-title\""), result.body());
    assertTrue(result.body().contains("href=\"#f-sections.data\""));
    assertTrue(result.body().contains("Our own words about the goals.</textarea>"));
  }

  @Test
  void publishingWithAnEmptyPartShowsWhichPartsToWrite() {
    PageClient browser = app.pagesAs(Role.FACILITATOR);
    String list = "/staff/rounds/" + Fixtures.round(app) + "/proposals";
    Map<String, String> fields = form("Half done", ProposalTexts.GOALS);
    fields.put("sections.people", "");
    String proposal = browser.submit(list + "/new", list, fields).header("Location").replace("?saved=1", "");

    HttpResult refused = browser.submit(proposal, proposal + "/publish", Map.of());

    assertEquals(409, refused.status());
    assertTrue(refused.body().contains("These parts are empty:"), refused.body());
    assertTrue(refused.body().contains("<li>People and rights</li>"));
  }

  @Test
  void developersReadPublishedVersionsButCannotEdit() {
    PageClient facilitator = app.pagesAs(Role.FACILITATOR);
    String list = "/staff/rounds/" + Fixtures.round(app) + "/proposals";
    String proposal = facilitator.submit(list + "/new", list, form("Read only", ProposalTexts.GOALS))
        .header("Location").replace("?saved=1", "");
    facilitator.submit(proposal, proposal + "/publish", Map.of());

    PageClient developer = app.pagesAs(Role.DEVELOPER);
    String page = developer.get(proposal).body();
    assertFalse(page.contains("/publish"), "no publish button");
    assertFalse(page.contains("Working draft"));
    assertTrue(page.contains(proposal + "/versions/1"));
    assertFalse(developer.get(list).body().contains("New proposal"));
    assertEquals(403, developer.get(proposal + "/edit").status());
    assertEquals(200, developer.get(proposal + "/versions/1").status());
  }

  @Test
  void pagesInSpanishShowGradesWithADecimalComma() {
    PageClient browser = app.pagesAs(Role.FACILITATOR).language("es");
    String list = "/staff/rounds/" + Fixtures.round(app) + "/proposals";
    String proposal = browser.submit(list + "/new", list, form("En español", ProposalTexts.GOALS))
        .header("Location").replace("?saved=1", "");

    String html = browser.get(proposal).body();
    assertTrue(html.matches("(?s).*Nivel \\d+,\\d — meta: 8 o menos.*"), html);
    assertTrue(html.contains("Demasiado difícil"));
  }

  private static Map<String, String> form(String title, String goals) {
    Map<String, String> fields = new HashMap<>();
    fields.put("title", title);
    fields.put("language", "en");
    fields.put("sections.goals", goals);
    fields.put("sections.people", ProposalTexts.HARD);
    fields.put("sections.data", ProposalTexts.DATA);
    fields.put("sections.responsibility", ProposalTexts.RESPONSIBILITY);
    return fields;
  }
}
