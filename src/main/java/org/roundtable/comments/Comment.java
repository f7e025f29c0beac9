package org.roundtable.comments;

import java.time.OffsetDateTime;

/**
 * A comment with its counts. {@code hiddenReason} is set while staff hide it. The viewer flags say what the
 * person looking has already done (false for staff).
 */
public record Comment(String id, String proposalId, String roundId, String authorId, String parentId, Topic topic,
                      String body, OffsetDateTime createdAt, String hiddenReason, int endorsements, int flags,
                      boolean endorsedByViewer, boolean flaggedByViewer) {

  public boolean hidden() {
    return hiddenReason != null;
  }

  public boolean isReply() {
    return parentId != null;
  }

  public boolean writtenBy(String participantId) {
    return authorId.equals(participantId);
  }
}
