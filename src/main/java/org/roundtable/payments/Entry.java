package org.roundtable.payments;

import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;

/**
 * One ledger row. {@code voided} says whether a later void row reverses it (then it no longer counts). For a
 * declined row {@code amountCents} is what the person gave up; for a void row, the voided row's amount.
 */
record Entry(String id, long seq, String participantId, String roundId, String sessionId, EntryKind kind,
             String method, long amountCents, String currency, String reference, String voids, String reason,
             String recordedBy, OffsetDateTime recordedAt, boolean voided) {

  /** Still counts: not itself a void, and not voided. */
  boolean live() {
    return kind != EntryKind.VOID && !voided;
  }

  /** References (gift card digits, check numbers) only for admins and facilitators. */
  JsonObject toJson(boolean withReference) {
    JsonObject json = new JsonObject()
        .put("id", id)
        .put("participantId", participantId)
        .put("roundId", roundId)
        .put("sessionId", sessionId)
        .put("kind", kind.wire())
        .put("method", method)
        .put("amountCents", amountCents)
        .put("currency", currency)
        .put("voids", voids)
        .put("reason", reason)
        .put("voided", voided)
        .put("recordedAt", recordedAt.toString());
    if (withReference) {
      json.put("reference", reference);
    }
    return json;
  }
}
