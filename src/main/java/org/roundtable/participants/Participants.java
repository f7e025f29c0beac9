package org.roundtable.participants;

import io.vertx.sqlclient.Pool;
import java.util.List;
import org.roundtable.accounts.AuthTokens;
import org.roundtable.accounts.InvitationStore;
import org.roundtable.proposals.Proposals;
import org.roundtable.rounds.RoundStore;
import org.roundtable.rounds.SessionStore;
import org.roundtable.web.Feature;
import org.roundtable.web.Pages;

/** The participant's path, wired together: join, consent, profile, home, read, withdraw. */
public final class Participants {
  private Participants() {}

  public static List<Feature> features(Pool pool, Pages pages, ParticipantStore participants,
                                       InvitationStore invitations, RoundStore rounds,
                                       SessionStore sessions, Proposals proposals, AuthTokens tokens,
                                       boolean secureCookies, List<WithdrawalStep> withdrawalSteps,
                                       List<ProposalPanel> proposalPanels, List<HomePanel> homePanels) {
    Joining joining = new Joining(pool, invitations, rounds, participants, tokens);
    return List.of(
        new JoinRoutes(joining, pages, secureCookies),
        new ParticipantRoutes(pool, participants, rounds, tokens, pages, withdrawalSteps),
        new HomeRoutes(participants, rounds, sessions, proposals, pages, proposalPanels, homePanels));
  }
}
