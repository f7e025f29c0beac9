package org.roundtable.voting;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roundtable.proposals.Proposal;
import org.roundtable.rounds.Round;
import org.roundtable.web.Access;
import org.roundtable.web.Feature;
import org.roundtable.web.Identity;
import org.roundtable.web.Input;
import org.roundtable.web.Pages;
import org.roundtable.web.Role;
import org.roundtable.web.Routes;

/** The staff page of a proposal's statements: how people answered each, and (for organisers) a form to add one. */
final class StatementPageRoutes implements Feature {
  private final Voting voting;
  private final Pages pages;

  StatementPageRoutes(Voting voting, Pages pages) {
    this.voting = voting;
    this.pages = pages;
  }

  @Override
  public void mount(Routes routes) {
    routes.get("/staff/proposals/:id/statements", Access.staff(), this::page)
        .post("/staff/proposals/:id/statements", Access.roles(Role.ADMIN, Role.FACILITATOR), this::add);
  }

  private Future<Void> page(RoutingContext ctx) {
    return voting.proposals().proposal(ctx.pathParam("id")).compose(proposal -> show(ctx, 200, proposal, Map.of()));
  }

  private Future<Void> add(RoutingContext ctx) {
    return voting.proposals().proposal(ctx.pathParam("id")).compose(proposal -> {
      Input in = Input.form(ctx);
      String text = in.text("text", VotingApiRoutes.STATEMENT_MAX);
      if (!in.valid()) {
        return show(ctx, 400, proposal, pages.formModel(ctx, in));
      }
      return voting.addStatement(Identity.actor(ctx), proposal.id(), text).map(statement -> {
        Routes.seeOther(ctx, "/staff/proposals/" + proposal.id() + "/statements?added=1");
        return null;
      });
    });
  }

  private Future<Void> show(RoutingContext ctx, int status, Proposal proposal, Map<String, Object> form) {
    return Future.all(voting.proposals().round(proposal.roundId()), voting.statements(proposal.id()),
        voting.store().statementTallies(proposal.id())).map(all -> {
          Round round = all.resultAt(0);
          List<Statement> statements = all.resultAt(1);
          Map<String, StatementTally> tallies = all.resultAt(2);
          Map<String, Object> model = new HashMap<>(form);
          model.put("proposal", Map.of("id", proposal.id(), "title", proposal.draft().title(),
              "language", proposal.draft().language()));
          model.put("round", Map.of("id", round.id(), "title", round.title()));
          model.put("statements", statements.stream().map(s -> Map.of("text", s.text(),
              "tally", TallyView.of(tallies.get(s.id())))).toList());
          boolean organiser = Voting.isOrganiser(Identity.actor(ctx));
          model.put("canAdd", organiser && round.status().editable());
          model.put("closed", !round.status().editable());
          model.put("added", ctx.request().getParam("added") != null);
          model.put("max", VotingApiRoutes.STATEMENT_MAX);
          pages.render(ctx, status, "voting/statements", model);
          return null;
        });
  }
}
