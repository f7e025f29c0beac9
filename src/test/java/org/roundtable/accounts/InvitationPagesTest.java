package org.roundtable.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.Fixtures;
import org.roundtable.support.HttpResult;
import org.roundtable.support.PageClient;
import org.roundtable.support.Participants;
import org.roundtable.support.TestApp;
import org.roundtable.support.TestDatabase;
import org.roundtable.web.Role;

/** The invitation pages as a browser without JavaScript uses them. */
class InvitationPagesTest {
  @RegisterExtension
  static final TestApp app = new TestApp();
  private static final Pattern CODE = Pattern.compile(
      "<p class=\"invite-card__code\">([" + InvitationCodes.ALPHABET + "]{3}-[" + InvitationCodes.ALPHABET
          + "]{3}-[" + InvitationCodes.ALPHABET + "]{3})</p>");
  private static final Pattern SVG = Pattern.compile("<svg [^>]*role=\"img\" aria-label=\"([^\"]+)\">.*?</svg>");

  @Test
  void facilitatorMakesCodesAndLandsOnASheetWithOneCardPerCode() throws Exception {
    String round = Fixtures.round(app);
    PageClient facilitator = app.pagesAs(Role.FACILITATOR);
    String page = "/staff/rounds/" + round + "/invitations";
    HttpResult made = facilitator.submit(page, page, Map.of("group", "community", "count", "7"));
    assertEquals(303, made.status(), made.toString());
    assertTrue(made.header("Location").startsWith(page + "/batches/"), made.header("Location"));

    HttpResult sheet = facilitator.follow(made);
    assertEquals(200, sheet.status(), sheet.toString());
    List<String> codes = all(CODE, sheet.body());
    assertEquals(7, codes.size());
    assertEquals(7, codes.stream().distinct().count());
    Matcher svg = SVG.matcher(sheet.body());
    for (String code : codes) {
      assertTrue(svg.find(), "a QR code for " + code);
      assertEquals("QR code that opens the join page with code " + code, svg.group(1));
      String canonical = InvitationCodes.normalize(code).orElseThrow();
      assertEquals(app.base() + "/join?code=" + canonical, QrCodesTest.decode(svg.group()).getText());
    }
    assertFalse(svg.find(), "one QR code per card, no more");
    String address = app.base().replace("http://", "") + "/join";
    assertEquals(7, count(sheet.body(), "go to " + address + " and type your code"), "the address, spelled out");
    assertEquals(7, count(sheet.body(), "vaya a " + address + " y escriba su código"), "and in Spanish");
    assertTrue(sheet.body().contains("Community member"));

    HttpResult overview = facilitator.get(page);
    assertTrue(overview.body().contains("<th scope=\"row\">Community member</th><td>7</td><td>0</td>"), overview.body());
    assertTrue(overview.body().contains(made.header("Location").replace("?made=1", "")), "the sheet can be found again");
  }

  @Test
  void mistakesAreShownNextToTheFieldsAndWhatWasTypedIsKept() {
    String round = Fixtures.round(app);
    String page = "/staff/rounds/" + round + "/invitations";
    HttpResult result = app.pagesAs(Role.ADMIN).submit(page, page, Map.of("count", "ten"));
    assertEquals(400, result.status());
    assertTrue(result.body().contains("id=\"f-group-error\""), result.body());
    assertTrue(result.body().contains("id=\"f-count-error\""));
    assertTrue(result.body().contains("value=\"ten\""));
    assertTrue(result.body().contains("href=\"#f-group\""), "the error summary leads to the first radio button");
  }

  @Test
  void aClosedRoundOffersNoFormAndRefusesAPost() {
    String round = Fixtures.round(app);
    TestDatabase.execute(app.database(), "UPDATE rounds SET status = 'closed' WHERE id = '" + round + "'");
    PageClient facilitator = app.pagesAs(Role.FACILITATOR);
    String page = "/staff/rounds/" + round + "/invitations";
    HttpResult shown = facilitator.get(page);
    assertTrue(shown.body().contains("This round is closed"));
    assertFalse(shown.body().contains("action=\"" + page + "\""));
    HttpResult posted = facilitator.post(page, Map.of("group", "community", "count", "3"), PageClient.csrfToken(shown));
    assertEquals(409, posted.status());
    assertTrue(posted.body().contains("This round is closed"));
  }

  @Test
  void usedCodesAreLeftOffTheSheetAndBatchesBelongToTheirRound() {
    String round = Participants.openRound(app);
    JsonObject made = app.api().post("/api/v1/rounds/" + round + "/invitations", app.token(Role.FACILITATOR),
        new JsonObject().put("group", "frontline").put("count", 3)).json();
    String used = made.getJsonArray("codes").getString(0);
    Participants.token(app, used);
    PageClient facilitator = app.pagesAs(Role.FACILITATOR);
    String sheetPath = "/invitations/batches/" + made.getString("batchId");

    HttpResult sheet = facilitator.get("/staff/rounds/" + round + sheetPath);
    assertEquals(2, all(CODE, sheet.body()).size());
    assertFalse(sheet.body().contains(used));
    assertTrue(sheet.body().contains("Frontline worker"));
    assertTrue(sheet.body().contains("not on this sheet (1 from this batch)"));

    String otherRound = Fixtures.round(app);
    assertEquals(404, facilitator.get("/staff/rounds/" + otherRound + sheetPath).status());
    assertEquals(404, facilitator.get("/staff/rounds/" + round + "/invitations/batches/nonsense").status());
  }

  @Test
  void developersCannotOpenTheInvitationPages() {
    String round = Fixtures.round(app);
    PageClient developer = app.pagesAs(Role.DEVELOPER);
    assertEquals(403, developer.get("/staff/rounds/" + round + "/invitations").status());
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
