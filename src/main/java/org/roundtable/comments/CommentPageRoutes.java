package org.roundtable.comments;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roundtable.proposals.Proposal;
import org.roundtable.rounds.RoundStatus;
import org.roundtable.web.Access;
import org.roundtable.web.Actor;
import org.roundtable.web.Feature;
import org.roundtable.web.HttpProblem;
import org.roundtable.web.IdempotencyKeys;
import org.roundtable.web.Identity;
import org.roundtable.web.Input;
import org.roundtable.web.Language;
import org.roundtable.web.Pages;
import org.roundtable.web.Role;
import org.roundtable.web.Routes;

/**
 * The participant's comment pages, all working without JavaScript: every comment of a proposal (paged, replies
 * under their comment), the reply form, the "tell staff" form, and the posts behind "me too" and the rest, each
 * answering 303 back to the comment it was about. Every form carries a one-time key, so a double tap or a
 * form sent again posts once.
 */
public final class CommentPageRoutes implements Feature {
  private final Comments comments;
  private final Pages pages;

  public CommentPageRoutes(Comments comments, Pages pages) {
    this.comments = comments;
    this.pages = pages;
  }

  @Override
  public void mount(Routes routes) {
    Access me = Access.roles(Role.PARTICIPANT);
    routes.get("/proposals/:id/comments", me, this::commentsPage)
        .post("/proposals/:id/comments", me, this::postFromForm)
        .get("/comments/:id/reply", me, this::replyPage)
        .post("/comments/:id/endorse", me, this::endorseFromForm)
        .get("/comments/:id/flag", me, this::flagPage)
        .post("/comments/:id/flag", me, this::flagFromForm);
  }

  /** Where a comment is shown: its page of the full list, at its anchor. */
  static String permalink(Comment comment) {
    return "/proposals/" + comment.proposalId() + "/comments?show=" + comment.id() + "#comment-" + comment.id();
  }

  // ---- the full list

  private Future<Void> commentsPage(RoutingContext ctx) {
    return showComments(ctx, 200, Map.of());
  }

  /** {@code form} is {@link Pages#formModel} for a form shown again with errors, or empty. */
  private Future<Void> showComments(RoutingContext ctx, int status, Map<String, Object> form) {
    Actor actor = Identity.actor(ctx);
    return comments.readable(actor, ctx.pathParam("id")).compose(proposal -> context(actor, proposal)
          .compose(shown -> comments.names(shown.all()).map(names -> {
            CommentThreads threads = CommentThreads.of(shown.all());
            String wanted = ctx.request().getParam("show");
            int page = wanted != null ? threads.pageOf(wanted) : pageNumber(ctx);
            String lang = Language.of(ctx);
            CommentViews views = new CommentViews(pages.messages(), lang, actor.id(), shown.open(), names);
            Map<String, Object> model = new HashMap<>(form);
            model.put("proposal", Map.of("id", proposal.id(), "title", shown.title()));
            model.put("open", shown.open());
            model.put("commentForm", CommentViews.newForm(proposal.id(), null));
            model.put("topics", Topic.WIRE);
            model.put("conversations", views.conversations(threads.page(page)));
            model.put("count", threads.count());
            model.put("paging", paging(proposal.id(), Math.min(page, threads.pages()), threads.pages()));
            model.put("flagged", ctx.request().getParam("flagged") != null);
            model.put("here", here(ctx));
            pages.render(ctx, status, "comments/list", model);
            return null;
          })));
  }

  // ---- posting

  private Future<Void> postFromForm(RoutingContext ctx) {
    Input in = Input.form(ctx);
    CommentDraft draft = CommentDraft.parse(in);
    String key = IdempotencyKeys.fromForm(in, "comments.error.formKey");
    if (!in.valid()) {
      // Shown again with what they typed, the one-time key included: sending it now still posts once.
      Map<String, Object> form = pages.formModel(ctx, in);
      return draft.isReply() && !in.errors().has("parentId")
          ? showReply(ctx, 400, draft.parentId(), form)
          : showComments(ctx, 400, form);
    }
    return comments.post(Identity.actor(ctx), ctx.pathParam("id"), key, draft).map(posted -> {
      Routes.seeOther(ctx, permalink(posted.comment()));
      return null;
    });
  }

  private Future<Void> replyPage(RoutingContext ctx) {
    return showReply(ctx, 200, ctx.pathParam("id"), Map.of());
  }

  private Future<Void> showReply(RoutingContext ctx, int status, String parentId, Map<String, Object> form) {
    Actor actor = Identity.actor(ctx);
    return comments.comment(actor, parentId).compose(parent -> {
        if (parent.isReply() || parent.hidden()) {
          throw HttpProblem.notFound();
        }
        return comments.readable(actor, parent.proposalId()).compose(proposal -> context(actor, proposal))
            .compose(shown -> comments.names(List.of(parent)).map(names -> {
              Map<String, Object> model = new HashMap<>(form);
              model.put("proposal", Map.of("id", parent.proposalId(), "title", shown.title()));
              model.put("open", shown.open());
              model.put("parent", new CommentViews(pages.messages(), Language.of(ctx), actor.id(), false, names)
                  .comment(parent));
              model.put("commentForm", CommentViews.newForm(parent.proposalId(), parent.id()));
              model.put("topics", Topic.WIRE);
              pages.render(ctx, status, "comments/reply", model);
              return null;
            }));
        });
  }

  // ---- me too, tell staff

  private Future<Void> endorseFromForm(RoutingContext ctx) {
    return comments.endorse(Identity.actor(ctx), ctx.pathParam("id")).map(comment -> {
      Routes.seeOther(ctx, back(ctx, comment) + "#comment-" + comment.id());
      return null;
    });
  }

  private Future<Void> flagPage(RoutingContext ctx) {
    return showFlag(ctx, 200, Map.of());
  }

  private Future<Void> showFlag(RoutingContext ctx, int status, Map<String, Object> form) {
    Actor actor = Identity.actor(ctx);
    return comments.comment(actor, ctx.pathParam("id")).compose(comment -> comments.roundOf(comment)
          .compose(round -> comments.names(List.of(comment)).map(names -> {
            Map<String, Object> model = new HashMap<>(form);
            model.put("comment", new CommentViews(pages.messages(), Language.of(ctx), actor.id(), false, names)
                .comment(comment));
            model.put("back", back(ctx, comment));
            model.put("open", round.status() == RoundStatus.OPEN);
            model.put("allowed", !comment.writtenBy(actor.id()) && !comment.flaggedByViewer());
            pages.render(ctx, status, "comments/flag", model);
            return null;
          })));
  }

  private Future<Void> flagFromForm(RoutingContext ctx) {
    Input in = Input.form(ctx);
    String reason = in.optionalText("reason", 500).orElse(null);
    if (!in.valid()) {
      return showFlag(ctx, 400, pages.formModel(ctx, in));
    }
    return comments.flag(Identity.actor(ctx), ctx.pathParam("id"), reason).map(comment -> {
      String back = back(ctx, comment);
      String thanked = back.contains("flagged=1") ? back : back + (back.contains("?") ? "&" : "?") + "flagged=1";
      Routes.seeOther(ctx, thanked + "#comment-" + comment.id());
      return null;
    });
  }

  // ----

  /** What the pages need to know about a proposal's comments besides the comments. */
  private record Shown(List<Comment> all, String title, boolean open) {}

  private Future<Shown> context(Actor actor, Proposal proposal) {
    return comments.roundOf(proposal).compose(round -> comments.publishedTitles(round.id())
        .compose(titles -> comments.onProposal(actor, proposal).map(all ->
            new Shown(all, titles.getOrDefault(proposal.id(), ""), round.status() == RoundStatus.OPEN))));
  }

  private static Map<String, Object> paging(String proposalId, int page, int pages) {
    Map<String, Object> paging = new HashMap<>();
    paging.put("page", page);
    paging.put("pages", pages);
    String base = "/proposals/" + proposalId + "/comments?page=";
    if (page > 1) {
      paging.put("newer", base + (page - 1));
    }
    if (page < pages) {
      paging.put("older", base + (page + 1));
    }
    return paging;
  }

  /** This page as a {@code back} parameter, so "tell staff" returns here. */
  static String here(RoutingContext ctx) {
    return URLEncoder.encode(ctx.request().uri(), StandardCharsets.UTF_8);
  }

  private static int pageNumber(RoutingContext ctx) {
    String page = ctx.request().getParam("page");
    return page != null && page.matches("[1-9]\\d{0,5}") ? Integer.parseInt(page) : 1;
  }

  /** The page the person came from (a path on this site, without its anchor), else the comment's own place. */
  private static String back(RoutingContext ctx, Comment comment) {
    String back = ctx.request().getFormAttribute("back");
    if (back == null) {
      back = ctx.request().getParam("back");
    }
    String fallback = "/proposals/" + comment.proposalId() + "/comments?show=" + comment.id();
    String path = Routes.localPath(back, fallback);
    int anchor = path.indexOf('#');
    return anchor < 0 ? path : path.substring(0, anchor);
  }
}
