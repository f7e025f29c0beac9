package org.roundtable.comments;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Comments as people read them: top-level comments newest first, each with its replies oldest first beneath it,
 * in pages. A reply whose comment the reader cannot see (staff hid it) stays under an empty stand-in.
 */
record CommentThreads(List<Conversation> threads) {
  static final int PAGE_SIZE = 20;

  /** One conversation: a top-level comment ({@code comment} null for the stand-in of a hidden one) and its replies. */
  record Conversation(String parentId, Comment comment, List<Comment> replies) {}

  static CommentThreads of(List<Comment> oldestFirst) {
    Map<String, Conversation> byId = new LinkedHashMap<>();
    for (Comment c : oldestFirst) {
      if (!c.isReply()) {
        byId.put(c.id(), new Conversation(c.id(), c, new ArrayList<>()));
      }
    }
    for (Comment c : oldestFirst) {
      if (c.isReply()) {
        byId.computeIfAbsent(c.parentId(), id -> new Conversation(id, null, new ArrayList<>())).replies().add(c);
      }
    }
    List<Conversation> threads = new ArrayList<>(byId.values());
    threads.sort(Comparator.comparing(CommentThreads::startedAt).reversed());
    return new CommentThreads(threads);
  }

  int pages() {
    return Math.max(1, (threads.size() + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  /** Page {@code number} (1-based, clamped to the pages there are). */
  List<Conversation> page(int number) {
    int from = (Math.max(1, Math.min(number, pages())) - 1) * PAGE_SIZE;
    return threads.subList(Math.min(from, threads.size()), Math.min(from + PAGE_SIZE, threads.size()));
  }

  /** The page showing comment {@code id} (a top-level comment or a reply), or 1. */
  int pageOf(String id) {
    for (int i = 0; i < threads.size(); i++) {
      Conversation t = threads.get(i);
      if (t.parentId().equals(id) || t.replies().stream().anyMatch(r -> r.id().equals(id))) {
        return i / PAGE_SIZE + 1;
      }
    }
    return 1;
  }

  int count() {
    return threads.stream().mapToInt(t -> (t.comment() == null ? 0 : 1) + t.replies().size()).sum();
  }

  private static OffsetDateTime startedAt(Conversation t) {
    return t.comment() != null ? t.comment().createdAt() : t.replies().get(0).createdAt();
  }
}
