package org.roundtable.voting;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.roundtable.web.Access;
import org.roundtable.web.EventStream;
import org.roundtable.web.Feature;
import org.roundtable.web.HttpProblem;
import org.roundtable.web.Identity;
import org.roundtable.web.Input;
import org.roundtable.web.Role;
import org.roundtable.web.Routes;

/**
 * The participant's forms on the proposal page (the ballot and the statements) and the live tally stream the
 * page's script opens with the session cookie. Each form goes back to the page (303) with what happened, which
 * {@link BallotPanel} shows next to the form.
 */
final class BallotPageRoutes implements Feature {
  /** What a redirect may ask the panel to say; anything else is ignored. */
  static final Set<String> OUTCOMES = Set.of("saved", "missing", "closed");

  private final Voting voting;

  BallotPageRoutes(Voting voting) {
    this.voting = voting;
  }

  @Override
  public void mount(Routes routes) {
    Access participant = Access.roles(Role.PARTICIPANT);
    routes.post("/proposals/:id/vote", participant, this::vote)
        .post("/proposals/:id/statements", participant, this::answer)
        .get("/proposals/:id/live", participant, this::live);
  }

  private Future<Void> vote(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    Input in = Input.form(ctx);
    String choice = in.choice("choice", Choice.WIRE);
    return back(ctx, id, "ballot", voting.ballot(Identity.actor(ctx), id, true)
        .compose(ballot -> in.valid() ? voting.vote(ballot, Choice.fromWire(choice)).map("saved")
            : Future.succeededFuture("missing")));
  }

  /** Every statement answered on the form is saved; an unknown answer, or none at all, is "missing". */
  private Future<Void> answer(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    Input in = Input.form(ctx);
    return back(ctx, id, "statements", voting.ballot(Identity.actor(ctx), id, true)
        .compose(ballot -> voting.statements(id).compose(statements -> {
          Map<String, Answer> answers = new LinkedHashMap<>();
          for (Statement statement : statements) {
            String field = BallotPanel.field(statement);
            if (!in.has(field)) {
              continue;
            }
            String answer = in.choice(field, Answer.WIRE);
            if (answer == null) {
              return Future.succeededFuture("missing");
            }
            answers.put(statement.id(), Answer.fromWire(answer));
          }
          return answers.isEmpty() ? Future.succeededFuture("missing")
              : voting.answer(ballot, answers).map("saved");
        })));
  }

  /** A closed round is said next to the form; anything else (404, a draft) is the error page. */
  private static Future<Void> back(RoutingContext ctx, String proposalId, String form, Future<String> outcome) {
    return outcome
        .recover(failure -> failure instanceof HttpProblem p && "round_closed".equals(p.code())
            ? Future.succeededFuture("closed") : Future.failedFuture(failure))
        .map(result -> {
          Routes.seeOther(ctx, "/proposals/" + proposalId + "?" + form + "=" + result + "#" + form);
          return null;
        });
  }

  private Future<Void> live(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    return voting.mayWatch(Identity.actor(ctx), id)
        .compose(v -> voting.live().watch(EventStream.open(ctx), List.of(id)));
  }

  /** The outcome named in the query, if it is one we know. */
  static Optional<String> outcome(RoutingContext ctx, String form) {
    return Optional.ofNullable(ctx.request().getParam(form)).filter(OUTCOMES::contains);
  }

  static Map<String, Object> notice(String form, String outcome) {
    return Map.of("key", "voting." + form + ".notice." + outcome, "success", "saved".equals(outcome));
  }
}
