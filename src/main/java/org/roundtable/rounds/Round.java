package org.roundtable.rounds;

import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;

public record Round(String id, String title, String purpose, String participationLevel, String decisionRule,
                    PayPolicy pay, int responseDueDays, boolean showTallyBeforeVoting, boolean publicOutcome, RoundStatus status,
                    OffsetDateTime createdAt) {

  public JsonObject toJson() {
    return new JsonObject()
        .put("id", id)
        .put("title", title)
        .put("purpose", purpose)
        .put("participationLevel", participationLevel)
        .put("decisionRule", decisionRule)
        .put("pay", pay.toJson())
        .put("responseDueDays", responseDueDays)
        .put("showTallyBeforeVoting", showTallyBeforeVoting)
        .put("publicOutcome", publicOutcome)
        .put("status", status.wire())
        .put("createdAt", createdAt.toString());
  }
}
