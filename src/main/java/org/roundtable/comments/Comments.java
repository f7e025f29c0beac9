package org.roundtable.comments;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.roundtable.audit.AuditLog;
import org.roundtable.participants.Participant;
import org.roundtable.participants.ParticipantStore;
import org.roundtable.participants.PublicName;
import org.roundtable.participants.WithdrawalStep;
import org.roundtable.proposals.Proposal;
import org.roundtable.proposals.ProposalStore;
import org.roundtable.proposals.ProposalSummary;
import org.roundtable.rounds.Round;
import org.roundtable.rounds.RoundStatus;
import org.roundtable.rounds.RoundStore;
import org.roundtable.web.Actor;
import org.roundtable.web.FieldErrors;
import org.roundtable.web.HttpProblem;
import org.roundtable.web.Role;

/**
 * The rules of talking about a proposal, the same for the API and the pages. Participants comment, reply,
 * say "me too" and flag on published proposals of their own round while it is open; anything of another round,
 * or hidden from them, is simply not there (404). Staff see everything and hide or unhide with the audit log.
 */
public final class Comments {
  /** What a post answers: the comment, and whether it was already there under the same key. */
  public record Posted(Comment comment, boolean replayed) {}

  private final Pool pool;
  private final CommentStore store;
  private final ProposalStore proposals;
  private final RoundStore rounds;
  private final ParticipantStore participants;
  private final AuditLog audit;

  public Comments(Pool pool, ProposalStore proposals, RoundStore rounds, ParticipantStore participants,
                  AuditLog audit) {
    this.pool = pool;
    this.store = new CommentStore(pool);
    this.proposals = proposals;
    this.rounds = rounds;
    this.participants = participants;
    this.audit = audit;
  }

  /** For the room view: the newest visible comments of a round, newest first. */
  public Future<List<NewestComment>> newest(String roundId, int limit) {
    return store.newestVisible(roundId, Math.max(1, Math.min(limit, 100))).compose(found -> names(found)
        .map(names -> found.stream().map(c -> {
          PublicName name = names.getOrDefault(c.authorId(), PublicName.WITHDRAWN);
          return new NewestComment(c.id(), c.proposalId(), c.body(), c.topic().wire(), name.pseudonym(),
              name.withdrawn(), c.createdAt());
        }).toList()));
  }

  /** Takes a withdrawing person's "me too"s out of open rounds; their comments stay, without their name. */
  public WithdrawalStep withdrawalStep() {
    return store::withdrawEndorsements;
  }

  /** The public names of the authors of {@code comments}, in one query. */
  Future<Map<String, PublicName>> names(List<Comment> comments) {
    return participants.publicNames(comments.stream().map(Comment::authorId).toList());
  }

  // ---- reading

  /**
   * A proposal the caller may read comments on: staff any; a participant only a published proposal of their
   * own round (a draft or another round's proposal is not there: 404).
   */
  Future<Proposal> readable(Actor actor, String proposalId) {
    return proposals.find(proposalId).map(found -> {
      Proposal proposal = found.orElseThrow(HttpProblem::notFound);
      if (actor.is(Role.PARTICIPANT)
          && (!proposal.roundId().equals(actor.roundId()) || proposal.publishedVersion() == null)) {
        throw HttpProblem.notFound();
      }
      return proposal;
    });
  }

  /**
   * The comments on a proposal, oldest first. A participant sees the visible ones and their own hidden ones
   * (with the reason); staff see all.
   */
  Future<List<Comment>> onProposal(Actor actor, String proposalId) {
    return readable(actor, proposalId).compose(proposal -> onProposal(actor, proposal));
  }

  /** As above, for a proposal already known to be readable by {@code actor}. */
  Future<List<Comment>> onProposal(Actor actor, Proposal proposal) {
    String viewer = actor.is(Role.PARTICIPANT) ? actor.id() : null;
    return store.forProposal(proposal.id(), viewer)
        .map(all -> all.stream().filter(c -> visibleTo(actor, c)).toList());
  }

  /** For the proposal page: the newest {@code conversations} a participant sees, and the total count. */
  Future<CommentStore.Preview> preview(Actor participant, Proposal proposal, int conversations) {
    return store.preview(proposal.id(), participant.id(), conversations);
  }

  /** The titles people read, by proposal id, of a round's published proposals. */
  Future<Map<String, String>> publishedTitles(String roundId) {
    return proposals.publishedForRound(roundId).map(list -> list.stream()
        .collect(Collectors.toMap(ProposalSummary::id, ProposalSummary::title)));
  }

  /** The round a proposal belongs to, to know whether people may still write. */
  Future<Round> roundOf(Proposal proposal) {
    return round(proposal.roundId());
  }

  Future<Round> roundOf(Comment comment) {
    return round(comment.roundId());
  }

  private Future<Round> round(String roundId) {
    return rounds.find(roundId).map(found -> found.orElseThrow(HttpProblem::notFound));
  }

  /** A comment a participant can see (or any, for staff), or 404. */
  Future<Comment> comment(Actor actor, String commentId) {
    String viewer = actor.is(Role.PARTICIPANT) ? actor.id() : null;
    return store.find(commentId, viewer).map(found -> {
      Comment comment = found.orElseThrow(HttpProblem::notFound);
      if (actor.is(Role.PARTICIPANT) && (!comment.roundId().equals(actor.roundId()) || !visibleTo(actor, comment))) {
        throw HttpProblem.notFound();
      }
      return comment;
    });
  }

  // ---- writing (participants)

  /**
   * Posts once per {@code key}: the same key again answers the comment it made (even when requests race),
   * and the same key with different words is refused (409), since that is a mistake in the caller.
   */
  Future<Posted> post(Actor actor, String proposalId, String key, CommentDraft draft) {
    return store.byKey(actor.id(), key).compose(before -> {
      if (before.isPresent()) {
        return Future.succeededFuture(same(before.get(), proposalId, draft, true));
      }
      return writer(actor)
          .compose(participant -> readable(actor, proposalId))
          .compose(proposal -> roundOf(proposal).compose(round -> {
            requireOpen(round);
            return draft.isReply() ? checkParent(actor, proposal, draft) : Future.succeededFuture();
          }).compose(v -> store.insertOnce(proposal.id(), proposal.roundId(), actor.id(), key, draft)))
          // Under a race the row may be a twin request's: the same words are the same comment.
          .map(saved -> same(saved, proposalId, draft, false));
    });
  }

  /** "Me too" once; not on your own comment. Answers the comment with its new count. */
  Future<Comment> endorse(Actor actor, String commentId) {
    return writable(actor, commentId).compose(comment -> {
      if (comment.writtenBy(actor.id())) {
        throw HttpProblem.conflict("own_comment", "comments.error.ownEndorse");
      }
      return store.endorse(comment.id(), actor.id());
    }).compose(v -> comment(actor, commentId));
  }

  /** A flag for staff, once per person, with an optional reason; not on your own comment. */
  Future<Comment> flag(Actor actor, String commentId, String reason) {
    return writable(actor, commentId).compose(comment -> {
      if (comment.writtenBy(actor.id())) {
        throw HttpProblem.conflict("own_comment", "comments.error.ownFlag");
      }
      return store.flag(comment.id(), actor.id(), reason);
    }).compose(v -> comment(actor, commentId));
  }

  // ---- moderation (admins and facilitators)

  Future<List<FlaggedComment>> queue(String roundId) {
    return rounds.find(roundId).compose(round -> store.queue(round.orElseThrow(HttpProblem::notFound).id()));
  }

  /** Hides with a reason the author will see; the words stay. */
  Future<Comment> hide(Actor staff, String commentId, String reason) {
    return decide(staff, commentId, "comment.hidden", (tx, comment) -> store.hide(tx, comment.id(), reason),
        comment -> new JsonObject().put("reason", reason));
  }

  Future<Comment> unhide(Actor staff, String commentId) {
    return decide(staff, commentId, "comment.unhidden", (tx, comment) -> store.unhide(tx, comment.id()),
        comment -> new JsonObject().put("previousReason", comment.hiddenReason()));
  }

  /** Staff looked at the flags and leave the comment as it is: it stops asking for attention. */
  Future<Comment> keep(Actor staff, String commentId) {
    return decide(staff, commentId, "comment.kept", (tx, comment) -> store.markModerated(tx, comment.id()),
        comment -> new JsonObject().put("hidden", comment.hidden()).put("flags", comment.flags()));
  }

  /** One moderation decision: the change and its audit entry in one transaction, the comment locked meanwhile. */
  private Future<Comment> decide(Actor staff, String commentId, String action,
                                 BiFunction<SqlConnection, Comment, Future<Void>> change,
                                 Function<Comment, JsonObject> details) {
    return pool.withTransaction(tx -> store.findForChange(tx, commentId).compose(found -> {
      Comment comment = found.orElseThrow(HttpProblem::notFound);
      return change.apply(tx, comment).compose(v -> audit.record(tx, staff, action, "comment", comment.id(),
          details.apply(comment).put("proposalId", comment.proposalId()).put("roundId", comment.roundId())));
    })).compose(v -> comment(staff, commentId));
  }

  // ----

  private static boolean visibleTo(Actor actor, Comment comment) {
    return !comment.hidden() || !actor.is(Role.PARTICIPANT) || comment.writtenBy(actor.id());
  }

  private static Posted same(Comment saved, String proposalId, CommentDraft draft, boolean replayed) {
    if (!saved.proposalId().equals(proposalId) || !draft.sameAs(saved)) {
      throw HttpProblem.conflict("idempotency_key_reused", "comments.error.keyReused");
    }
    return new Posted(saved, replayed);
  }

  /** A participant still taking part (a withdrawn one's token is already gone: 401; the guard saw to consent). */
  private Future<Participant> writer(Actor actor) {
    return participants.find(actor.id()).map(found -> found.orElseThrow(HttpProblem::unauthorized));
  }

  /** A comment a participant may act on now: visible to them, in their round, while it is open. */
  private Future<Comment> writable(Actor actor, String commentId) {
    return writer(actor).compose(p -> comment(actor, commentId)).compose(comment -> roundOf(comment).map(round -> {
      requireOpen(round);
      return comment;
    }));
  }

  private static void requireOpen(Round round) {
    if (round.status() != RoundStatus.OPEN) {
      throw HttpProblem.conflict("round_closed", "comments.error.roundClosed");
    }
  }

  /** A reply answers a top-level comment on the same proposal that the person can see. */
  private Future<Void> checkParent(Actor actor, Proposal proposal, CommentDraft draft) {
    return store.find(draft.parentId(), actor.id()).map(found -> {
      FieldErrors errors = new FieldErrors();
      if (found.isEmpty() || !found.get().proposalId().equals(proposal.id()) || !visibleTo(actor, found.get())) {
        errors.add("parentId", "comments.error.parentUnknown");
      } else if (found.get().isReply()) {
        errors.add("parentId", "comments.error.replyToReply");
      }
      if (!errors.isEmpty()) {
        throw HttpProblem.invalid(errors);
      }
      return null;
    });
  }
}
