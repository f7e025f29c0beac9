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
  Future<List<RoomComment>> newest(String roundId, int limit);

  /** One comment as the room sees it: the words, its topic (wire value), the pseudonym, and when. */
  record RoomComment(String body, String topic, String author, OffsetDateTime at) {}
}
