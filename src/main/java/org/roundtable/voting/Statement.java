package org.roundtable.voting;

import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;

/** A sentence staff wrote about a proposal for participants to agree or disagree with. */
public record Statement(String id, String proposalId, String text, OffsetDateTime createdAt) {

  public JsonObject toJson() {
    return new JsonObject().put("id", id).put("proposalId", proposalId).put("text", text)
        .put("createdAt", createdAt.toString());
  }
}
