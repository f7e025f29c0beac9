package org.roundtable.voting;

import io.vertx.sqlclient.Pool;
import java.util.List;
import org.roundtable.audit.AuditLog;
import org.roundtable.db.Notifications;
import org.roundtable.participants.ParticipantStore;
import org.roundtable.participants.ProposalPanel;
import org.roundtable.participants.WithdrawalStep;
import org.roundtable.proposals.Proposals;
import org.roundtable.web.Feature;
import org.roundtable.web.Pages;

/**
 * Voting wired together, once per process (the live tallies hold this process's streams): its routes, its
 * panel on the participant's proposal page, and what it undoes when a participant withdraws.
 */
public record VotingParts(List<Feature> features, ProposalPanel panel, WithdrawalStep withdrawal) {

  public static VotingParts of(Pool pool, Pages pages, Proposals proposals, ParticipantStore participants,
                               AuditLog audit, Notifications hub, RoomComments comments) {
    VotingStore store = new VotingStore(pool);
    LiveTallies live = new LiveTallies(store, hub);
    Voting voting = new Voting(pool, store, proposals, participants, audit, live);
    return new VotingParts(
        List.of(new VotingApiRoutes(voting), new BallotPageRoutes(voting), new StatementPageRoutes(voting, pages),
            new RoomRoutes(voting, pages, comments)),
        new BallotPanel(voting),
        new VotesWithdrawal(store, live));
  }
}
