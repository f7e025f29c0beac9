package org.roundtable.voting;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.roundtable.audit.AuditLog;
import org.roundtable.participants.Participant;
import org.roundtable.participants.ParticipantStore;
import org.roundtable.proposals.Proposal;
import org.roundtable.proposals.Proposals;
import org.roundtable.rounds.Round;
import org.roundtable.rounds.RoundStatus;
import org.roundtable.web.Actor;
import org.roundtable.web.HttpProblem;
import org.roundtable.web.Role;

/**
 * What people do with ballots and statements, the same for the API and the pages: who may vote, answer or see
 * a tally, and the writes, each announced to the live tallies after it commits.
 */
public final class Voting {
  /** A participant in front of a published proposal of their own round. */
  record Ballot(Participant participant, Proposal proposal, Round round) {
    boolean open() {
      return round.status() == RoundStatus.OPEN;
    }
  }

  private final Pool pool;
  private final VotingStore store;
  private final Proposals proposals;
  private final ParticipantStore participants;
  private final AuditLog audit;
  private final LiveTallies live;

  Voting(Pool pool, VotingStore store, Proposals proposals, ParticipantStore participants, AuditLog audit,
         LiveTallies live) {
    this.pool = pool;
    this.store = store;
    this.proposals = proposals;
    this.participants = participants;
    this.audit = audit;
    this.live = live;
  }

  VotingStore store() {
    return store;
  }

  LiveTallies live() {
    return live;
  }

  Proposals proposals() {
    return proposals;
  }

  /**
   * The participant's ballot: 401 if they left meanwhile; 404 for an unknown proposal, one of another round,
   * or (when only reading) one never published. To change anything ({@code forChange}) a draft of their own
   * round is 409, as are a round that is not open and a person who has not agreed to take part.
   */
  Future<Ballot> ballot(Actor actor, String proposalId, boolean forChange) {
    return Future.all(participants.find(actor.id()), proposals.proposal(proposalId)).compose(both -> {
      Optional<Participant> participant = both.resultAt(0);
      Proposal proposal = both.resultAt(1);
      Participant person = participant.orElseThrow(HttpProblem::unauthorized);
      if (!proposal.roundId().equals(person.roundId())) {
        throw HttpProblem.notFound();
      }
      if (proposal.publishedVersion() == null) {
        throw forChange ? HttpProblem.conflict("proposal_not_published", "voting.error.notPublished")
            : HttpProblem.notFound();
      }
      return proposals.round(proposal.roundId()).map(round -> {
        Ballot ballot = new Ballot(person, proposal, round);
        if (forChange && !ballot.open()) {
          throw roundClosed();
        }
        return ballot;
      });
    });
  }

  /** Saves the vote (a repeat changes nothing); 409 if the round closed meanwhile. */
  Future<Void> vote(Ballot ballot, Choice choice) {
    return save(ballot.proposal().id(), ballot.round().id(), ballot.participant().id(), choice);
  }

  /**
   * The API's vote, kept to what it needs: the route guard already knows the person is in, consented and of
   * which round; where the proposal belongs is remembered once published; the upsert itself checks the round
   * is open. Same answers as {@link #ballot} then {@link #vote}: 404 another round's, 409 a draft or a closed round.
   */
  Future<Void> cast(Actor actor, String proposalId, Choice choice) {
    return proposals.placement(proposalId).compose(placement -> {
      if (!placement.roundId().equals(actor.roundId())) {
        throw HttpProblem.notFound();
      }
      if (!placement.published()) {
        throw HttpProblem.conflict("proposal_not_published", "voting.error.notPublished");
      }
      return save(proposalId, placement.roundId(), actor.id(), choice);
    });
  }

  private Future<Void> save(String proposalId, String roundId, String participantId, Choice choice) {
    return store.vote(proposalId, roundId, participantId, choice).map(saved -> afterSave(saved, proposalId));
  }

  Future<Optional<Choice>> choice(Ballot ballot) {
    return store.choice(ballot.proposal().id(), ballot.participant().id());
  }

  /** Whether the participant may see the tally now (see {@link TallyRule}). */
  Future<Boolean> maySeeTally(Ballot ballot) {
    return choice(ballot).map(choice -> TallyRule.participantMaySee(choice.isPresent(),
        ballot.round().showTallyBeforeVoting(), ballot.round().status()));
  }

  /** Staff may read any proposal's tally; a participant a published one of their round, once they may see it (else 403). */
  Future<Tally> tallyFor(Actor actor, String proposalId) {
    return mayWatch(actor, proposalId).compose(v -> store.tally(proposalId));
  }

  /** Succeeds when {@code actor} may see the proposal's tally, now and as it changes. */
  Future<Void> mayWatch(Actor actor, String proposalId) {
    if (actor.role().isStaff()) {
      return proposals.proposal(proposalId).mapEmpty();
    }
    return ballot(actor, proposalId, false).compose(this::maySeeTally).map(may -> {
      if (!may) {
        throw new HttpProblem(403, "vote_first", "voting.error.voteFirst", null);
      }
      return null;
    });
  }

  // ---- statements

  /** Staff add a statement while the round still runs (409 once it closed); audited. */
  Future<Statement> addStatement(Actor staff, String proposalId, String text) {
    return proposals.proposal(proposalId).compose(proposal -> proposals.round(proposal.roundId()))
        .compose(round -> {
          if (!round.status().editable()) {
            throw roundClosed();
          }
          return pool.withTransaction(tx -> store.addStatement(tx, proposalId, text, staff.id())
              .compose(statement -> audit.record(tx, staff, "statement.created", "statement", statement.id(),
                  new JsonObject().put("proposalId", proposalId)).map(statement)));
        });
  }

  /** A statement a participant may answer, with their ballot for its proposal (404 if not theirs to see). */
  Future<Map.Entry<Statement, Ballot>> statementFor(Actor actor, String statementId, boolean forChange) {
    return store.statement(statementId).compose(found -> {
      Statement statement = found.orElseThrow(HttpProblem::notFound);
      return ballot(actor, statement.proposalId(), forChange).map(ballot -> Map.entry(statement, ballot));
    });
  }

  Future<Void> answer(Ballot ballot, Map<String, Answer> answers) {
    return store.answer(answers, ballot.round().id(), ballot.participant().id())
        .map(saved -> afterSave(saved, null));
  }

  Future<List<Statement>> statements(String proposalId) {
    return store.statements(proposalId);
  }

  private Void afterSave(VotingStore.Saved saved, String changedProposal) {
    if (saved == VotingStore.Saved.NOT_TAKING_PART) {
      throw HttpProblem.unauthorized();
    }
    if (saved == VotingStore.Saved.ROUND_CLOSED) {
      throw roundClosed();
    }
    if (saved == VotingStore.Saved.CHANGED && changedProposal != null) {
      live.changed(changedProposal);
    }
    return null;
  }

  static HttpProblem roundClosed() {
    return HttpProblem.conflict("round_closed", "voting.error.roundClosed");
  }

  static boolean isOrganiser(Actor actor) {
    return actor.is(Role.ADMIN, Role.FACILITATOR);
  }
}
