package org.roundtable.proposals;

import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.roundtable.rounds.RoundStatus;

/**
 * A proposal with its working draft. {@code publishedVersion} is the latest published version (null when
 * none is), and {@code draftChanged} says whether the draft differs from it.
 */
public record Proposal(String id, String roundId, ProposalText draft, ProposalReadability readability,
                       Integer publishedVersion, boolean draftChanged, Submitter submittedBy,
                       OffsetDateTime createdAt, OffsetDateTime updatedAt) {

  /** Who first submitted the proposal, as they were then. */
  public record Submitter(String id, String name, String role) {
    JsonObject toJson() {
      return new JsonObject().put("id", id).put("name", name).put("role", role);
    }
  }

  /** Why publishing is refused, checked in this order. */
  public enum Refusal { ROUND_CLOSED, INCOMPLETE, UNCHANGED }

  public PublicationStatus status() {
    return PublicationStatus.of(publishedVersion, draftChanged);
  }

  /** The number of the version the draft is, or becomes when published: 1 for a new proposal. */
  public int version() {
    return status().draftVersion(publishedVersion);
  }

  /** Publishing needs a round that is still being prepared or running, four written parts and a change. */
  public Optional<Refusal> publishRefusal(RoundStatus round) {
    if (round != RoundStatus.DRAFT && round != RoundStatus.OPEN) {
      return Optional.of(Refusal.ROUND_CLOSED);
    }
    if (!draft.sections().missing().isEmpty()) {
      return Optional.of(Refusal.INCOMPLETE);
    }
    if (status() == PublicationStatus.PUBLISHED) {
      return Optional.of(Refusal.UNCHANGED);
    }
    return Optional.empty();
  }

  /** The working draft as organisers see it through the API. */
  public JsonObject draftJson() {
    return draft.toJson()
        .put("version", version())
        .put("readability", readability.toJson())
        .put("submittedBy", submittedBy.toJson())
        .put("createdAt", createdAt.toString())
        .put("updatedAt", updatedAt.toString());
  }

  /** Who the proposal is and where it stands: the head of every proposal answer. */
  public JsonObject headJson() {
    return new JsonObject()
        .put("id", id)
        .put("roundId", roundId)
        .put("status", status().wire())
        .put("publishedVersion", publishedVersion);
  }
}
