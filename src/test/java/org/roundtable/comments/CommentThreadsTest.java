package org.roundtable.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How comments are laid out for reading: conversations newest first, replies oldest first, in pages. */
class CommentThreadsTest {
  private static final OffsetDateTime START = OffsetDateTime.of(2026, 11, 22, 18, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void newestConversationsComeFirstWithTheirRepliesInOrder() {
    List<Comment> oldestFirst = List.of(comment("a", null, 0), comment("b", null, 1), comment("a1", "a", 2),
        comment("a2", "a", 3), comment("c", null, 4));
    CommentThreads threads = CommentThreads.of(oldestFirst);
    assertEquals(List.of("c", "b", "a"), threads.threads().stream().map(CommentThreads.Conversation::parentId).toList());
    assertEquals(List.of("a1", "a2"), threads.threads().get(2).replies().stream().map(Comment::id).toList());
    assertEquals(5, threads.count());
  }

  @Test
  void repliesToACommentTheReaderCannotSeeStayUnderAStandIn() {
    CommentThreads threads = CommentThreads.of(List.of(comment("r", "gone", 5)));
    assertEquals(1, threads.threads().size());
    assertNull(threads.threads().get(0).comment());
    assertEquals("gone", threads.threads().get(0).parentId());
    assertEquals(1, threads.count(), "the stand-in is not counted");
  }

  @Test
  void pagesHoldTwentyConversationsAndFindTheOneWithAComment() {
    List<Comment> all = new ArrayList<>();
    for (int i = 0; i < 45; i++) {
      all.add(comment("c" + i, null, i));
    }
    all.add(comment("reply", "c0", 50));
    CommentThreads threads = CommentThreads.of(all);
    assertEquals(3, threads.pages());
    assertEquals(20, threads.page(1).size());
    assertEquals("c44", threads.page(1).get(0).parentId());
    assertEquals(5, threads.page(3).size());
    assertEquals(threads.page(3), threads.page(99), "past the end shows the last page");
    assertEquals(3, threads.pageOf("reply"), "a reply to the oldest comment is on the last page");
    assertEquals(1, threads.pageOf("c30"));
    assertEquals(1, threads.pageOf("unknown"));
    assertEquals(1, CommentThreads.of(List.of()).pages());
  }

  private static Comment comment(String id, String parentId, int minute) {
    return new Comment(id, "p", "r", "author", parentId, Topic.OTHER, "words", START.plusMinutes(minute), null,
        0, 0, false, false);
  }
}
