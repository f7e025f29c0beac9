package org.roundtable.comments;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roundtable.participants.PublicName;
import org.roundtable.proposals.ProposalViews;
import org.roundtable.web.IdempotencyKeys;
import org.roundtable.web.Messages;

/** Page models for comments, in the reader's language: who said it, what about, and what the reader may do. */
final class CommentViews {
  private final Messages messages;
  private final String lang;
  private final String viewerId;
  private final boolean open;
  private final Map<String, PublicName> names;

  /** {@code viewerId} is the participant reading (null for staff); {@code open} whether they may still act. */
  CommentViews(Messages messages, String lang, String viewerId, boolean open, Map<String, PublicName> names) {
    this.messages = messages;
    this.lang = lang;
    this.viewerId = viewerId;
    this.open = open;
    this.names = names;
  }

  List<Map<String, Object>> conversations(List<CommentThreads.Conversation> conversations) {
    return conversations.stream().map(this::conversation).toList();
  }

  Map<String, Object> conversation(CommentThreads.Conversation conversation) {
    Map<String, Object> view = conversation.comment() == null ? new HashMap<>(Map.of("standIn", true))
        : comment(conversation.comment());
    view.put("replies", conversation.replies().stream().map(this::comment).toList());
    view.put("canReply", open && conversation.comment() != null && !conversation.comment().hidden());
    return view;
  }

  Map<String, Object> comment(Comment c) {
    PublicName name = names.getOrDefault(c.authorId(), PublicName.WITHDRAWN);
    boolean mine = viewerId != null && c.writtenBy(viewerId);
    Map<String, Object> view = new HashMap<>();
    view.put("id", c.id());
    view.put("body", c.body());
    view.put("topicKey", c.topic().messageKey());
    view.put("author", name.withdrawn() ? messages.text(lang, "comments.author.withdrawn") : name.pseudonym());
    view.put("withdrawn", name.withdrawn());
    view.put("when", ProposalViews.when(c.createdAt(), lang));
    view.put("endorsements", c.endorsements());
    view.put("flags", c.flags());
    view.put("mine", mine);
    view.put("hidden", c.hidden());
    view.put("hiddenReason", c.hiddenReason());
    view.put("endorsed", c.endorsedByViewer());
    view.put("flagged", c.flaggedByViewer());
    view.put("canAct", open && viewerId != null && !mine && !c.hidden());
    return view;
  }

  /** A fresh form: its one-time key is made now, so sending this very form twice posts once. */
  static Map<String, Object> newForm(String proposalId, String parentId) {
    Map<String, Object> form = new HashMap<>();
    form.put("proposalId", proposalId);
    form.put("key", IdempotencyKeys.forForm());
    if (parentId != null) {
      form.put("parentId", parentId);
    }
    return form;
  }
}
