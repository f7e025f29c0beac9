package org.roundtable.voting;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.roundtable.web.Access;
import org.roundtable.web.Actor;
import org.roundtable.web.Api;
import org.roundtable.web.EventStream;
import org.roundtable.web.Feature;
import org.roundtable.web.Identity;
import org.roundtable.web.Input;
import org.roundtable.web.Role;
import org.roundtable.web.Routes;

/** Ballots, tallies, the live tally stream and statements in the JSON API. */
final class VotingApiRoutes implements Feature {
  static final int STATEMENT_MAX = 500;

  private final Voting voting;

  VotingApiRoutes(Voting voting) {
    this.voting = voting;
  }

  @Override
  public void mount(Routes routes) {
    Access participant = Access.roles(Role.PARTICIPANT);
    Access readers = Access.roles(Role.ADMIN, Role.FACILITATOR, Role.DEVELOPER, Role.PARTICIPANT);
    Access organisers = Access.roles(Role.ADMIN, Role.FACILITATOR);
    routes.put("/api/v1/proposals/:id/vote", participant, this::vote)
        .get("/api/v1/proposals/:id/tally", readers, this::tally)
        .get("/api/v1/proposals/:id/live", readers, this::live)
        .get("/api/v1/proposals/:id/statements", readers, this::statements)
        .post("/api/v1/proposals/:id/statements", organisers, this::addStatement)
        .put("/api/v1/statements/:id/response", participant, this::answer);
  }

  private Future<Void> vote(RoutingContext ctx) {
    Input in = Input.json(ctx, Set.of("choice"));
    String choice = in.choice("choice", Choice.WIRE);
    in.requireValid();
    String id = ctx.pathParam("id");
    return voting.cast(Identity.actor(ctx), id, Choice.fromWire(choice))
        .map(v -> {
          Api.ok(ctx, new JsonObject().put("proposalId", id).put("choice", choice));
          return null;
        });
  }

  private Future<Void> tally(RoutingContext ctx) {
    return voting.tallyFor(Identity.actor(ctx), ctx.pathParam("id")).map(tally -> {
      Api.ok(ctx, tally.toJson());
      return null;
    });
  }

  /** Checks first, so a refusal is a plain JSON error; then the stream (see {@link LiveTallies}). */
  private Future<Void> live(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    return voting.mayWatch(Identity.actor(ctx), id)
        .compose(v -> voting.live().watch(EventStream.open(ctx), List.of(id)));
  }

  /** Staff get each statement's counts; a participant gets their own answer ({@code null} until they answer). */
  private Future<Void> statements(RoutingContext ctx) {
    Actor actor = Identity.actor(ctx);
    String id = ctx.pathParam("id");
    if (actor.role().isStaff()) {
      return voting.proposals().proposal(id).compose(p -> Future.all(voting.statements(id),
          voting.store().statementTallies(id))).map(both -> {
            List<Statement> statements = both.resultAt(0);
            Map<String, StatementTally> tallies = both.resultAt(1);
            Api.ok(ctx, list(statements, s -> s.toJson().put("tally", tallies.get(s.id()).toJson())));
            return null;
          });
    }
    return voting.ballot(actor, id, false).compose(ballot -> Future.all(voting.statements(id),
        voting.store().answers(id, ballot.participant().id()))).map(both -> {
          List<Statement> statements = both.resultAt(0);
          Map<String, Answer> answers = both.resultAt(1);
          Api.ok(ctx, list(statements, s -> s.toJson().put("myAnswer",
              answers.containsKey(s.id()) ? answers.get(s.id()).wire() : null)));
          return null;
        });
  }

  private Future<Void> addStatement(RoutingContext ctx) {
    Input in = Input.json(ctx, Set.of("text"));
    String text = in.text("text", STATEMENT_MAX);
    in.requireValid();
    return voting.addStatement(Identity.actor(ctx), ctx.pathParam("id"), text).map(statement -> {
      Api.created(ctx, statement.toJson());
      return null;
    });
  }

  private Future<Void> answer(RoutingContext ctx) {
    Input in = Input.json(ctx, Set.of("answer"));
    String answer = in.choice("answer", Answer.WIRE);
    in.requireValid();
    String id = ctx.pathParam("id");
    return voting.statementFor(Identity.actor(ctx), id, true)
        .compose(found -> voting.answer(found.getValue(), Map.of(id, Answer.fromWire(answer))))
        .map(v -> {
          Api.ok(ctx, new JsonObject().put("statementId", id).put("answer", answer));
          return null;
        });
  }

  private static JsonObject list(List<Statement> statements, Function<Statement, JsonObject> each) {
    return new JsonObject().put("statements", new JsonArray(statements.stream().map(each).toList()));
  }
}
