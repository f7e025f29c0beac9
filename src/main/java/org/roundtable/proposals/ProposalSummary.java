package org.roundtable.proposals;

import io.vertx.core.json.JsonObject;

/** One line of a round's list of proposals. */
public record ProposalSummary(String id, String title, String language, PublicationStatus status, int version,
                              Integer publishedVersion, Double grade) {

  public JsonObject toJson() {
    return new JsonObject()
        .put("id", id)
        .put("title", title)
        .put("language", language)
        .put("status", status.wire())
        .put("version", version)
        .put("publishedVersion", publishedVersion)
        .put("grade", grade);
  }
}
