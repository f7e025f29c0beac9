package org.roundtable.proposals;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.roundtable.web.Access;
import org.roundtable.web.Actor;
import org.roundtable.web.Api;
import org.roundtable.web.Feature;
import org.roundtable.web.HttpProblem;
import org.roundtable.web.Identity;
import org.roundtable.web.Input;
import org.roundtable.web.Role;
import org.roundtable.web.Routes;

/**
 * Proposals in the JSON API. Any staff member may submit a proposal (a developer's lands as a draft) and read
 * published versions; organisers edit the draft, read it and publish it. Participants read the published
 * proposals of their own round.
 */
public final class ProposalApiRoutes implements Feature {
  private final Proposals proposals;

  public ProposalApiRoutes(Proposals proposals) {
    this.proposals = proposals;
  }

  @Override
  public void mount(Routes routes) {
    Access organisers = Access.roles(Role.ADMIN, Role.FACILITATOR);
    Access readers = Access.roles(Role.ADMIN, Role.FACILITATOR, Role.DEVELOPER, Role.PARTICIPANT);
    routes.get("/api/v1/rounds/:id/proposals", Access.staff(), this::listForRound)
        .post("/api/v1/rounds/:id/proposals", Access.staff(), this::create)
        .get("/api/v1/proposals/:id", readers, this::show)
        .put("/api/v1/proposals/:id", organisers, this::update)
        .post("/api/v1/proposals/:id/publish", organisers, this::publish)
        .get("/api/v1/proposals/:id/versions/:n", Access.staff(), this::showVersion);
  }

  private Future<Void> listForRound(RoutingContext ctx) {
    String roundId = ctx.pathParam("id");
    return proposals.round(roundId)
        .compose(round -> proposals.store().summariesForRound(roundId))
        .map(summaries -> {
          Api.ok(ctx, new JsonObject().put("proposals",
              new JsonArray(summaries.stream().map(ProposalSummary::toJson).toList())));
          return null;
        });
  }

  private Future<Void> create(RoutingContext ctx) {
    String roundId = ctx.pathParam("id");
    return proposals.round(roundId).compose(round -> {
      ProposalText text = parse(ctx);
      return proposals.create(Identity.actor(ctx), roundId, text);
    }).map(proposal -> {
      Api.created(ctx, draftAnswer(proposal));
      return null;
    });
  }

  private Future<Void> update(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    return proposals.proposal(id)
        .compose(found -> proposals.update(Identity.actor(ctx), id, parse(ctx)))
        .map(proposal -> {
          Api.ok(ctx, draftAnswer(proposal));
          return null;
        });
  }

  /**
   * The latest published version at the top level (its fields null while nothing is published), with a list
   * of every version; organisers also get the working draft under "draft". Others get 404 for a proposal
   * that has never been published, and a participant also for a proposal of another round.
   */
  private Future<Void> show(RoutingContext ctx) {
    Actor actor = Identity.actor(ctx);
    boolean organiser = actor.is(Role.ADMIN, Role.FACILITATOR);
    return proposals.proposal(ctx.pathParam("id")).compose(proposal -> {
      boolean otherRound = actor.is(Role.PARTICIPANT) && !proposal.roundId().equals(actor.roundId());
      if (otherRound || (!organiser && proposal.publishedVersion() == null)) {
        throw HttpProblem.notFound();
      }
      return proposals.latest(proposal).compose(latest -> proposals.versions(proposal.id()).map(versions -> {
        JsonObject answer = proposal.headJson()
            .mergeIn(latest.map(v -> v.version().toJson(v.changes())).orElseGet(ProposalApiRoutes::unpublished))
            .put("versions", new JsonArray(versions.stream().map(ProposalApiRoutes::entryJson).toList()));
        if (organiser) {
          answer.put("draft", proposal.draftJson());
        }
        Api.ok(ctx, answer);
        return null;
      }));
    });
  }

  private Future<Void> publish(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    return proposals.publish(Identity.actor(ctx), id)
        .compose(version -> proposals.version(id, version.number()))
        .compose(published -> proposals.proposal(id).map(proposal -> {
          Api.ok(ctx, proposal.headJson().mergeIn(published.version().toJson(published.changes())));
          return null;
        }));
  }

  private Future<Void> showVersion(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    return proposals.proposal(id)
        .compose(proposal -> proposals.version(id, ctx.pathParam("n")).map(found -> {
          Api.ok(ctx, new JsonObject().put("id", proposal.id()).put("roundId", proposal.roundId())
              .mergeIn(found.version().toJson(found.changes())));
          return null;
        }));
  }

  private static ProposalText parse(RoutingContext ctx) {
    Input in = Input.json(ctx, ProposalText.FIELDS);
    ProposalText text = ProposalText.parse(in);
    in.requireValid();
    return text;
  }

  /** After a create or an edit: the head, then the draft, with "version" the draft's number. */
  private static JsonObject draftAnswer(Proposal proposal) {
    return proposal.headJson().mergeIn(proposal.draftJson());
  }

  private static JsonObject unpublished() {
    JsonObject empty = new JsonObject();
    for (String field : new String[] {"version", "publishedAt", "publishedBy", "title", "language", "sections",
        "readability", "changes"}) {
      empty.putNull(field);
    }
    return empty;
  }

  private static JsonObject entryJson(ProposalVersion.Entry entry) {
    return new JsonObject().put("version", entry.number()).put("title", entry.title())
        .put("publishedAt", entry.publishedAt().toString()).put("grade", entry.grade());
  }
}
