package org.roundtable.proposals;

import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;

/** A published version: frozen when it was published, never changed after. */
public record ProposalVersion(String proposalId, int number, ProposalText text, ProposalReadability readability,
                              OffsetDateTime publishedAt, String publishedById, String publishedByName) {

  /** A line in the list of a proposal's versions. */
  public record Entry(int number, String title, OffsetDateTime publishedAt, String publishedByName, Double grade) {
  }

  /** The version as readers get it, with what changed since the version before ({@code null} for version 1). */
  public JsonObject toJson(VersionChanges changes) {
    return text.toJson()
        .put("version", number)
        .put("publishedAt", publishedAt.toString())
        .put("publishedBy", new JsonObject().put("id", publishedById).put("name", publishedByName))
        .put("readability", readability.toJson())
        .put("changes", changes == null ? null : changes.toJson());
  }
}
