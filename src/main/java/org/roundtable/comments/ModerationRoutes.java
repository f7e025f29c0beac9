package org.roundtable.comments;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.roundtable.rounds.Round;
import org.roundtable.rounds.RoundStore;
import org.roundtable.web.Access;
import org.roundtable.web.Actor;
import org.roundtable.web.Feature;
import org.roundtable.web.HttpProblem;
import org.roundtable.web.Identity;
import org.roundtable.web.Input;
import org.roundtable.web.Language;
import org.roundtable.web.Pages;
import org.roundtable.web.Role;
import org.roundtable.web.Routes;

/**
 * The staff's moderation queue of a round: flagged comments (new flags first) and hidden ones, with hide (a
 * reason is required; the author sees it), unhide, and keep (looked at, left as it is). Nothing is deleted; every decision is in the audit log.
 */
public final class ModerationRoutes implements Feature {
  private static final Set<String> NOTICES = Set.of("hidden", "unhidden", "kept");
  private final Comments comments;
  private final RoundStore rounds;
  private final Pages pages;

  public ModerationRoutes(Comments comments, RoundStore rounds, Pages pages) {
    this.comments = comments;
    this.rounds = rounds;
    this.pages = pages;
  }

  @Override
  public void mount(Routes routes) {
    Access moderators = Access.roles(Role.ADMIN, Role.FACILITATOR);
    routes.get("/staff/rounds/:id/moderation", moderators, this::queuePage)
        .post("/staff/comments/:id/hide", moderators, this::hideFromForm)
        .post("/staff/comments/:id/unhide", moderators, this::unhideFromForm)
        .post("/staff/comments/:id/keep", moderators, this::keepFromForm);
  }

  private Future<Void> queuePage(RoutingContext ctx) {
    return round(ctx.pathParam("id")).compose(round -> showQueue(ctx, 200, round, null, null));
  }

  /** {@code failedId} is the comment whose hide form is shown again with {@code form}'s errors. */
  private Future<Void> showQueue(RoutingContext ctx, int status, Round round, String failedId, Input form) {
    String lang = Language.of(ctx);
    return comments.queue(round.id()).compose(queue -> comments.publishedTitles(round.id())
        .compose(titles -> comments.names(queue.stream().map(FlaggedComment::comment).toList()).map(names -> {
          CommentViews views = new CommentViews(pages.messages(), lang, null, false, names);
          List<Map<String, Object>> items = queue.stream().map(flagged -> {
            Map<String, Object> item = views.comment(flagged.comment());
            item.put("pending", flagged.pending());
            item.put("reasons", flagged.reasons());
            item.put("proposalTitle", titles.getOrDefault(flagged.comment().proposalId(), ""));
            if (flagged.comment().id().equals(failedId)) {
              item.put("error", form.errors().render(pages.messages(), lang).get("reason"));
              item.put("typed", form.typed().getOrDefault("reason", ""));
            }
            return item;
          }).toList();
          Map<String, Object> model = new HashMap<>();
          model.put("round", round);
          model.put("items", items);
          if (failedId != null) {
            model.put("errorList", List.of(Map.of("field", "reason-" + failedId,
                "message", form.errors().render(pages.messages(), lang).get("reason"))));
          }
          String done = ctx.request().getParam("done");
          if (done != null && NOTICES.contains(done)) {
            model.put("notice", pages.messages().text(lang, "comments.moderation.done." + done));
          }
          pages.render(ctx, status, "comments/moderation", model);
          return null;
        })));
  }

  private Future<Void> hideFromForm(RoutingContext ctx) {
    Actor actor = Identity.actor(ctx);
    Input in = Input.form(ctx);
    String reason = in.text("reason", 500);
    return comments.comment(actor, ctx.pathParam("id")).compose(comment -> {
      if (!in.valid()) {
        return round(comment.roundId()).compose(round -> showQueue(ctx, 400, round, comment.id(), in));
      }
      return comments.hide(actor, comment.id(), reason).map(hidden -> done(ctx, hidden, "hidden"));
    });
  }

  private Future<Void> unhideFromForm(RoutingContext ctx) {
    return comments.unhide(Identity.actor(ctx), ctx.pathParam("id")).map(shown -> done(ctx, shown, "unhidden"));
  }

  private Future<Void> keepFromForm(RoutingContext ctx) {
    return comments.keep(Identity.actor(ctx), ctx.pathParam("id")).map(kept -> done(ctx, kept, "kept"));
  }

  private static Void done(RoutingContext ctx, Comment comment, String what) {
    Routes.seeOther(ctx, "/staff/rounds/" + comment.roundId() + "/moderation?done=" + what + "#comment-" + comment.id());
    return null;
  }

  private Future<Round> round(String id) {
    return rounds.find(id).map(found -> found.orElseThrow(HttpProblem::notFound));
  }
}
