package org.roundtable.comments;

import java.util.Objects;
import java.util.Set;
import org.roundtable.web.Input;

/** What a person writes: the words, a topic, and for a reply the comment it answers. */
public record CommentDraft(String body, Topic topic, String parentId) {
  public static final int MAX_BODY = 2000;
  static final Set<String> FIELDS = Set.of("body", "topic", "parentId");

  /** Problems collect in {@code in}; the draft is only meaningful when {@code in.valid()}. */
  static CommentDraft parse(Input in) {
    String body = in.text("body", MAX_BODY);
    String topic = in.choice("topic", Topic.WIRE);
    String parentId = in.optionalText("parentId", 100).orElse(null);
    return new CommentDraft(body, topic == null ? null : Topic.fromWire(topic), parentId);
  }

  boolean isReply() {
    return parentId != null;
  }

  /** A retry with the same key must be the same comment; a different one under a used key is a mistake. */
  boolean sameAs(Comment comment) {
    return body.equals(comment.body()) && topic == comment.topic()
        && Objects.equals(parentId, comment.parentId());
  }
}
