package org.roundtable.participants;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import org.roundtable.support.HttpResult;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;

/** A round worth looking at: an evening session and a proposal published twice, so changes show. */
final class ReadingFixtures {
  private ReadingFixtures() {}

  static String publishedWithSecondVersion(TestApp app, String roundId) {
    String token = app.token(Role.FACILITATOR);
    String day = LocalDate.now().plusDays(20).toString();
    assertEquals(201, app.api().post("/api/v1/rounds/" + roundId + "/sessions", token, new JsonObject()
        .put("startsAt", day + "T18:00").put("endsAt", day + "T20:00").put("timeZone", "America/Los_Angeles")
        .put("place", "Eastside Library").put("onlineUrl", "https://meet.example.org/roundtable")
        .put("accessibility", "Step-free entrance. Spanish interpreter. Childcare.").put("capacity", 30)).status());
    JsonObject text = new JsonObject().put("title", "Call screening helper").put("language", "en")
        .put("sections", new JsonObject().put("goals", "It helps staff sort calls. It gives each call a risk score.")
            .put("people", "Families who call. A false alarm is worse than a missed case.")
            .put("data", "Old call records.").put("responsibility", "The hotline manager."));
    HttpResult created = app.api().post("/api/v1/rounds/" + roundId + "/proposals", token, text);
    String id = created.json().getString("id");
    assertEquals(200, app.api().post("/api/v1/proposals/" + id + "/publish", token, null).status());
    text.getJsonObject("sections").put("data", "Old call records from five years. Some areas have few records.");
    assertEquals(200, app.api().put("/api/v1/proposals/" + id, token, text).status());
    assertEquals(200, app.api().post("/api/v1/proposals/" + id + "/publish", token, null).status());
    return id;
  }
}
