package org.roundtable.voting;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.roundtable.participants.Participant;
import org.roundtable.participants.ProposalPanel;
import org.roundtable.rounds.Round;
import org.roundtable.rounds.RoundStatus;

/**
 * The ballot, the statements and (once the person may see it) the tally, on the page where a participant reads
 * a proposal. Everything goes under the model key "voting" for {@code voting/panel.hbs}.
 */
final class BallotPanel implements ProposalPanel {
  private final Voting voting;

  BallotPanel(Voting voting) {
    this.voting = voting;
  }

  /** The form field of a statement's answer. */
  static String field(Statement statement) {
    return "statement." + statement.id();
  }

  @Override
  public Future<Void> addTo(Map<String, Object> model, RoutingContext ctx, Participant participant,
                            ProposalOnPage proposal) {
    VotingStore store = voting.store();
    return Future.all(voting.proposals().round(proposal.roundId()), store.choice(proposal.id(), participant.id()),
        store.statements(proposal.id()), store.answers(proposal.id(), participant.id())).compose(all -> {
          Round round = all.resultAt(0);
          Optional<Choice> choice = all.resultAt(1);
          List<Statement> statements = all.resultAt(2);
          Map<String, Answer> answers = all.resultAt(3);
          boolean open = round.status() == RoundStatus.OPEN;
          Map<String, Object> panel = new HashMap<>();
          panel.put("proposalId", proposal.id());
          panel.put("open", open);
          // Staff write statements in the proposal's language.
          panel.put("language", proposal.language());
          panel.put("choices", Arrays.stream(Choice.values()).map(c -> Map.of(
              "wire", c.wire(), "labelKey", "voting.choice." + c.wire(),
              "checked", choice.equals(Optional.of(c)))).toList());
          choice.ifPresent(c -> panel.put("currentKey", "voting.choice." + c.wire()));
          BallotPageRoutes.outcome(ctx, "ballot").ifPresent(o -> panel.put("ballotNotice", BallotPageRoutes.notice("ballot", o)));
          BallotPageRoutes.outcome(ctx, "statements")
              .ifPresent(o -> panel.put("statementsNotice", BallotPageRoutes.notice("statements", o)));
          panel.put("statements", statements.stream().map(s -> Map.of(
              "id", s.id(), "field", field(s), "text", s.text(),
              "answers", Arrays.stream(Answer.values()).map(a -> Map.of(
                  "wire", a.wire(), "labelKey", "voting.answer." + a.wire(),
                  "checked", a == answers.get(s.id()))).toList())).toList());
          model.put("voting", panel);
          if (!TallyRule.participantMaySee(choice.isPresent(), round.showTallyBeforeVoting(), round.status())) {
            return Future.succeededFuture();
          }
          return voting.live().current(proposal.id()).map(tally -> {
            panel.put("tally", TallyView.of(tally));
            if (open) {
              panel.put("liveSrc", "/proposals/" + proposal.id() + "/live");
            }
            return null;
          });
        });
  }
}
