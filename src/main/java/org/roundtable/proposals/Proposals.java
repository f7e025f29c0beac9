package org.roundtable.proposals;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.roundtable.audit.AuditLog;
import org.roundtable.rounds.Round;
import org.roundtable.rounds.RoundStore;
import org.roundtable.web.Actor;
import org.roundtable.web.FieldErrors;
import org.roundtable.web.HttpProblem;

/**
 * What staff do with proposals, the same for the API and the pages. Each change is checked, saved and
 * audited in one transaction; grades and differences are worked out on a worker thread, not the event loop.
 */
public final class Proposals {
  /** A published version with what changed since the one before ({@code changes} is null for version 1). */
  public record VersionAndChanges(ProposalVersion version, VersionChanges changes) {
  }

  private final Vertx vertx;
  private final Pool pool;
  private final ProposalStore store;
  private final RoundStore rounds;
  private final AuditLog audit;
  // Published versions are never taken back, so where a published proposal belongs can be remembered for good.
  private final Map<String, Placement> published = new ConcurrentHashMap<>();

  public Proposals(Vertx vertx, Pool pool, ProposalStore store, RoundStore rounds, AuditLog audit) {
    this.vertx = vertx;
    this.pool = pool;
    this.store = store;
    this.rounds = rounds;
    this.audit = audit;
  }

  public ProposalStore store() {
    return store;
  }

  /** The round, or 404. */
  public Future<Round> round(String roundId) {
    return rounds.find(roundId).map(found -> found.orElseThrow(HttpProblem::notFound));
  }

  /** The proposal, or 404. */
  public Future<Proposal> proposal(String id) {
    return store.find(id).map(found -> found.orElseThrow(HttpProblem::notFound));
  }

  /** Where a proposal belongs and whether it is published, or 404; cheap enough for the vote path. */
  public Future<Placement> placement(String id) {
    Placement known = published.get(id);
    if (known != null) {
      return Future.succeededFuture(known);
    }
    return store.placement(id).map(found -> {
      Placement placement = found.orElseThrow(HttpProblem::notFound);
      if (placement.published()) {
        published.put(id, placement);
      }
      return placement;
    });
  }

  /** A new proposal in a round, as a draft; {@code submitter} may be a developer. */
  public Future<Proposal> create(Actor submitter, String roundId, ProposalText text) {
    return round(roundId)
        .compose(round -> grade(text))
        .compose(readability -> pool.withTransaction(tx -> store.create(tx, roundId, text, readability, submitter)
            .compose(id -> audit.record(tx, submitter, "proposal.created", "proposal", id, new JsonObject()
                .put("roundId", roundId).put("grade", readability.grade())).map(id))))
        .compose(this::proposal);
  }

  /** Replaces the working draft; published versions stay as they are. */
  public Future<Proposal> update(Actor editor, String id, ProposalText text) {
    return grade(text)
        .compose(readability -> pool.withTransaction(tx -> store.findForChange(tx, id)
            .compose(found -> {
              found.orElseThrow(HttpProblem::notFound);
              return store.update(tx, id, text, readability);
            })
            .compose(v -> audit.record(tx, editor, "proposal.updated", "proposal", id,
                new JsonObject().put("grade", readability.grade())))))
        .compose(v -> proposal(id));
  }

  /**
   * Freezes the draft as the next version. Refused with 409 while the round is closed, while a part is empty
   * (the error names each empty part) or when nothing changed since the last version.
   */
  public Future<ProposalVersion> publish(Actor publisher, String id) {
    return proposal(id)
        .compose(unlocked -> round(unlocked.roundId()))
        .compose(round -> pool.withTransaction(tx -> store.findForChange(tx, id).compose(found -> {
          Proposal proposal = found.orElseThrow(HttpProblem::notFound);
          proposal.publishRefusal(round.status()).ifPresent(refusal -> {
            throw problem(refusal, proposal);
          });
          return store.publish(tx, id, proposal.version(), publisher)
              .compose(version -> audit.record(tx, publisher, "proposal.published", "proposal", id,
                  new JsonObject().put("version", version.number())).map(version));
        })));
  }

  /** Version {@code number} (as given in a path) of a proposal with its changes, or 404. */
  public Future<VersionAndChanges> version(String proposalId, String number) {
    if (number == null || !number.matches("[1-9]\\d{0,8}")) {
      return Future.failedFuture(HttpProblem.notFound());
    }
    return version(proposalId, Integer.parseInt(number));
  }

  /** Version {@code number} of a proposal with its changes, or 404. */
  public Future<VersionAndChanges> version(String proposalId, int number) {
    return store.versionWithPrevious(proposalId, number).compose(versions -> {
      if (versions.isEmpty() || versions.get(versions.size() - 1).number() != number) {
        throw HttpProblem.notFound();
      }
      ProposalVersion version = versions.get(versions.size() - 1);
      if (versions.size() == 1) {
        return Future.succeededFuture(new VersionAndChanges(version, null));
      }
      return vertx.executeBlocking(() -> VersionChanges.between(versions.get(0), version), false)
          .map(changes -> new VersionAndChanges(version, changes));
    });
  }

  /** The latest published version with its changes; empty when nothing is published. */
  public Future<Optional<VersionAndChanges>> latest(Proposal proposal) {
    if (proposal.publishedVersion() == null) {
      return Future.succeededFuture(Optional.empty());
    }
    return version(proposal.id(), proposal.publishedVersion()).map(Optional::of);
  }

  public Future<List<ProposalVersion.Entry>> versions(String proposalId) {
    return store.versions(proposalId);
  }

  private Future<ProposalReadability> grade(ProposalText text) {
    return vertx.executeBlocking(() -> ProposalReadability.of(text), false);
  }

  private static HttpProblem problem(Proposal.Refusal refusal, Proposal proposal) {
    return switch (refusal) {
      case ROUND_CLOSED -> HttpProblem.conflict("round_closed", "proposals.error.roundClosed");
      case UNCHANGED -> HttpProblem.conflict("unchanged", "proposals.error.unchanged");
      case INCOMPLETE -> {
        FieldErrors empty = new FieldErrors();
        proposal.draft().sections().missing()
            .forEach(part -> empty.add("sections." + part.wire(), "proposals.error.partEmpty"));
        yield new HttpProblem(409, "incomplete", "proposals.error.incomplete", empty);
      }
    };
  }
}
