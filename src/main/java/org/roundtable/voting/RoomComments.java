package org.roundtable.voting;

import io.vertx.core.Future;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The newest comments of a round for the projector's room view. The comments feature provides it (wired in
 * {@code Roundtable}), so voting does not import comments. Hidden comments must be left out.
 */
@FunctionalInterface
public interface RoomComments {
  Future<List<RoomComment>> newest(String roundId, int limit, String language);

  /** One comment as the room sees it, in the reader's language: the words, its topic, who wrote it, and when. */
  record RoomComment(String body, String topic, String author, OffsetDateTime at) {}
}
