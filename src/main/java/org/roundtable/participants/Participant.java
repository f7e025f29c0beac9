package org.roundtable.participants;

import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.List;
import org.roundtable.accounts.ParticipantGroup;

/** A person taking part in one round, known by a pseudonym. {@code contact} is only for paying them. */
public record Participant(String id, String roundId, ParticipantGroup group, String pseudonym, String language,
                          String contact, List<String> accessNeeds, boolean consentTakePart, boolean consentQuote,
                          OffsetDateTime joinedAt, OffsetDateTime consentedAt) {

  public boolean hasConsented() {
    return consentTakePart;
  }

  /** What the person themselves may see about themselves: everything we hold. */
  public JsonObject toJson() {
    JsonObject needs = new JsonObject();
    AccessNeed.WIRE.forEach(need -> needs.put(need, accessNeeds.contains(need)));
    return new JsonObject()
        .put("id", id)
        .put("roundId", roundId)
        .put("group", group.wire())
        .put("pseudonym", pseudonym)
        .put("language", language)
        .put("contact", contact)
        .put("accessNeeds", needs)
        .put("consent", new JsonObject().put("takePart", consentTakePart).put("quote", consentQuote)
            .put("givenAt", consentedAt == null ? null : consentedAt.toString()))
        .put("joinedAt", joinedAt.toString());
  }
}
