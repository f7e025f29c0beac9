package org.roundtable.comments;

import java.time.OffsetDateTime;
import org.roundtable.web.Messages;

/**
 * A visible comment for the room's projector. {@code author} is the pseudonym, or null when the person has
 * withdrawn ({@code authorWithdrawn}); {@link #authorName} gives the words to show either way.
 */
public record NewestComment(String id, String proposalId, String body, String topic, String author,
                            boolean authorWithdrawn, OffsetDateTime createdAt) {

  public String authorName(Messages messages, String lang) {
    return authorWithdrawn ? messages.text(lang, "comments.author.withdrawn") : author;
  }

  public String topicName(Messages messages, String lang) {
    return messages.text(lang, Topic.fromWire(topic).messageKey());
  }
}
