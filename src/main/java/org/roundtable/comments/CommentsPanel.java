package org.roundtable.comments;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.Map;
import org.roundtable.participants.Participant;
import org.roundtable.participants.ProposalPanel;
import org.roundtable.rounds.RoundStatus;
import org.roundtable.web.Actor;
import org.roundtable.web.Identity;
import org.roundtable.web.Language;
import org.roundtable.web.Pages;

/**
 * The comments part of the page where a participant reads a proposal, kept light for slow phones: the form
 * and the newest few conversations (only those are read from the database), with a link to all of them.
 * The model goes under "comments".
 */
public final class CommentsPanel implements ProposalPanel {
  static final int SHOWN = 3;
  private final Comments comments;
  private final Pages pages;

  public CommentsPanel(Comments comments, Pages pages) {
    this.comments = comments;
    this.pages = pages;
  }

  @Override
  public Future<Void> addTo(Map<String, Object> model, RoutingContext ctx, Participant participant,
                            ProposalOnPage proposal) {
    Actor actor = Identity.actor(ctx);
    return comments.readable(actor, proposal.id()).compose(found -> comments.roundOf(found).compose(round ->
        comments.preview(actor, found, SHOWN).compose(preview -> comments.names(preview.comments()).map(names -> {
          boolean open = round.status() == RoundStatus.OPEN;
          CommentViews views = new CommentViews(pages.messages(), Language.of(ctx), participant.id(), open, names);
          Map<String, Object> panel = new HashMap<>();
          panel.put("proposalId", proposal.id());
          panel.put("open", open);
          panel.put("count", preview.total());
          panel.put("conversations", views.conversations(CommentThreads.of(preview.comments()).threads()));
          panel.put("commentForm", CommentViews.newForm(proposal.id(), null));
          panel.put("topics", Topic.WIRE);
          panel.put("here", CommentPageRoutes.here(ctx));
          model.put("comments", panel);
          return null;
        }))));
  }
}
