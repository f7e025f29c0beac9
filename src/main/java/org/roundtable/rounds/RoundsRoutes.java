package org.roundtable.rounds;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import org.roundtable.audit.AuditLog;
import org.roundtable.web.Access;
import org.roundtable.web.Actor;
import org.roundtable.web.Api;
import org.roundtable.web.Feature;
import org.roundtable.web.HttpProblem;
import org.roundtable.web.Identity;
import org.roundtable.web.Input;
import org.roundtable.web.Pages;
import org.roundtable.web.Role;
import org.roundtable.web.Routes;

/** Rounds for staff: create, read, list (pages come with the rounds pages slice). */
public final class RoundsRoutes implements Feature {
  private final Pool pool;
  private final Pages pages;
  private final RoundStore rounds;
  private final AuditLog audit;

  public RoundsRoutes(Pool pool, Pages pages, RoundStore rounds, AuditLog audit) {
    this.pool = pool;
    this.pages = pages;
    this.rounds = rounds;
    this.audit = audit;
  }

  @Override
  public void mount(Routes routes) {
    Access organisers = Access.roles(Role.ADMIN, Role.FACILITATOR);
    routes.get("/api/v1/rounds", Access.staff(), this::listJson)
        .post("/api/v1/rounds", organisers, this::createFromJson)
        .get("/api/v1/rounds/:id", Access.staff(), this::showJson);
  }

  private Future<Void> listJson(RoutingContext ctx) {
    return rounds.all().map(all -> {
      Api.ok(ctx, new JsonObject().put("rounds", new JsonArray(all.stream().map(Round::toJson).toList())));
      return null;
    });
  }

  private Future<Void> createFromJson(RoutingContext ctx) {
    Input in = Input.json(ctx, RoundDraft.FIELDS);
    RoundDraft draft = RoundDraft.parse(in);
    in.requireValid();
    return create(Identity.actor(ctx), draft).map(round -> {
      Api.created(ctx, round.toJson());
      return null;
    });
  }

  private Future<Void> showJson(RoutingContext ctx) {
    return rounds.find(ctx.pathParam("id")).map(found -> {
      Round round = found.orElseThrow(HttpProblem::notFound);
      Api.ok(ctx, round.toJson().put("sessions", new JsonArray()).put("proposals", new JsonArray()));
      return null;
    });
  }

  Future<Round> create(Actor actor, RoundDraft draft) {
    return pool.withTransaction(tx -> rounds.create(tx, draft, actor.id())
        .compose(round -> audit.record(tx, actor, "round.created", "round", round.id()).map(round)));
  }
}
