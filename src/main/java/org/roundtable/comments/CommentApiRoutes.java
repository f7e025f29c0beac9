package org.roundtable.comments;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.roundtable.participants.PublicName;
import org.roundtable.web.Access;
import org.roundtable.web.Actor;
import org.roundtable.web.Api;
import org.roundtable.web.Feature;
import org.roundtable.web.IdempotencyKeys;
import org.roundtable.web.Identity;
import org.roundtable.web.Input;
import org.roundtable.web.Role;
import org.roundtable.web.Routes;

/**
 * Comments in the JSON API. Posting needs an {@code Idempotency-Key} header (400 without one): phones on bad
 * connections retry, and only a key tells a retry from a second comment. Authors appear as their pseudonym,
 * or as {@code "author": null, "authorWithdrawn": true} once they have withdrawn.
 */
public final class CommentApiRoutes implements Feature {
  private final Comments comments;

  public CommentApiRoutes(Comments comments) {
    this.comments = comments;
  }

  @Override
  public void mount(Routes routes) {
    Access participant = Access.roles(Role.PARTICIPANT);
    Access moderators = Access.roles(Role.ADMIN, Role.FACILITATOR);
    Access readers = Access.roles(Role.PARTICIPANT, Role.ADMIN, Role.FACILITATOR);
    routes.post("/api/v1/proposals/:id/comments", participant, this::post)
        .get("/api/v1/proposals/:id/comments", readers, this::list)
        .post("/api/v1/comments/:id/endorse", participant, this::endorse)
        .post("/api/v1/comments/:id/flag", participant, this::flag)
        .get("/api/v1/rounds/:id/moderation", moderators, this::queue)
        .post("/api/v1/comments/:id/hide", moderators, this::hide)
        .post("/api/v1/comments/:id/unhide", moderators, this::unhide)
        .post("/api/v1/comments/:id/keep", moderators, this::keep);
  }

  private Future<Void> post(RoutingContext ctx) {
    Input in = Input.json(ctx, CommentDraft.FIELDS);
    CommentDraft draft = CommentDraft.parse(in);
    String key = IdempotencyKeys.fromHeader(ctx, in, "comments.error.keyNeeded");
    in.requireValid();
    Actor actor = Identity.actor(ctx);
    return comments.post(actor, ctx.pathParam("id"), key, draft).compose(posted -> {
      // Tells a client's retry logic that this answer is the first request's, not a new comment.
      ctx.response().putHeader("Idempotent-Replayed", String.valueOf(posted.replayed()));
      return answer(ctx, actor, posted.comment(), 201);
    });
  }

  private Future<Void> list(RoutingContext ctx) {
    Actor actor = Identity.actor(ctx);
    return comments.onProposal(actor, ctx.pathParam("id")).compose(all -> comments.names(all).map(names -> {
      Api.ok(ctx, new JsonObject().put("comments",
          new JsonArray(all.stream().map(c -> json(actor, c, names)).toList())));
      return null;
    }));
  }

  /** No body is needed; one that is sent must be an empty JSON object. */
  private Future<Void> endorse(RoutingContext ctx) {
    optionalBody(ctx, Set.of());
    Actor actor = Identity.actor(ctx);
    return comments.endorse(actor, ctx.pathParam("id")).compose(c -> answer(ctx, actor, c, 200));
  }

  private Future<Void> flag(RoutingContext ctx) {
    Input in = optionalBody(ctx, Set.of("reason"));
    String reason = in == null ? null : in.optionalText("reason", 500).orElse(null);
    if (in != null) {
      in.requireValid();
    }
    Actor actor = Identity.actor(ctx);
    return comments.flag(actor, ctx.pathParam("id"), reason).compose(c -> answer(ctx, actor, c, 200));
  }

  private Future<Void> queue(RoutingContext ctx) {
    Actor actor = Identity.actor(ctx);
    return comments.queue(ctx.pathParam("id")).compose(queue -> comments.names(
        queue.stream().map(FlaggedComment::comment).toList()).map(names -> {
          Api.ok(ctx, new JsonObject().put("roundId", ctx.pathParam("id")).put("comments", new JsonArray(
              queue.stream().map(f -> json(actor, f.comment(), names).put("pending", f.pending())
                  .put("flagReasons", new JsonArray(f.reasons()))).toList())));
          return null;
        }));
  }

  private Future<Void> hide(RoutingContext ctx) {
    Input in = Input.json(ctx, Set.of("reason"));
    String reason = in.text("reason", 500);
    in.requireValid();
    Actor actor = Identity.actor(ctx);
    return comments.hide(actor, ctx.pathParam("id"), reason).compose(c -> answer(ctx, actor, c, 200));
  }

  private Future<Void> unhide(RoutingContext ctx) {
    optionalBody(ctx, Set.of());
    Actor actor = Identity.actor(ctx);
    return comments.unhide(actor, ctx.pathParam("id")).compose(c -> answer(ctx, actor, c, 200));
  }

  private Future<Void> keep(RoutingContext ctx) {
    optionalBody(ctx, Set.of());
    Actor actor = Identity.actor(ctx);
    return comments.keep(actor, ctx.pathParam("id")).compose(c -> answer(ctx, actor, c, 200));
  }

  private Future<Void> answer(RoutingContext ctx, Actor actor, Comment comment, int status) {
    return comments.names(List.of(comment)).map(names -> {
      Api.send(ctx, status, json(actor, comment, names));
      return null;
    });
  }

  /**
   * One comment as the caller may see it. The hidden state and reason go to staff and to the author; flag
   * counts only to staff.
   */
  static JsonObject json(Actor actor, Comment c, Map<String, PublicName> names) {
    PublicName name = names.getOrDefault(c.authorId(), PublicName.WITHDRAWN);
    boolean staff = !actor.is(Role.PARTICIPANT);
    JsonObject json = new JsonObject()
        .put("id", c.id())
        .put("proposalId", c.proposalId())
        .put("body", c.body())
        .put("topic", c.topic().wire())
        .put("parentId", c.parentId())
        .put("endorsements", c.endorsements())
        .put("author", name.pseudonym())
        .put("authorWithdrawn", name.withdrawn())
        .put("createdAt", c.createdAt().toString())
        .put("hidden", c.hidden());
    if (staff || c.writtenBy(actor.id())) {
      json.put("hiddenReason", c.hiddenReason());
    }
    if (staff) {
      json.put("flags", c.flags());
    } else {
      json.put("mine", c.writtenBy(actor.id())).put("endorsedByMe", c.endorsedByViewer())
          .put("flaggedByMe", c.flaggedByViewer());
    }
    return json;
  }

  /** An empty body, or a JSON object with only these fields (400 otherwise). Null when there was none. */
  private static Input optionalBody(RoutingContext ctx, Set<String> fields) {
    if (ctx.body().buffer() == null || ctx.body().buffer().length() == 0) {
      return null;
    }
    Input in = Input.json(ctx, fields);
    if (fields.isEmpty()) {
      in.requireValid();
    }
    return in;
  }
}
