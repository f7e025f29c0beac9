package org.roundtable.comments;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.roundtable.db.Ids;

/** The comments, endorsements and flags tables. Rows are never deleted; hiding is an update of two columns. */
final class CommentStore {
  // $2 is the viewer (a participant id, or null for staff) for the "already done" flags.
  private static final String COLUMNS = "c.id::text, c.proposal_id::text, c.round_id::text, c.author_id::text, "
      + "c.parent_id::text, c.topic, c.body, c.created_at, c.hidden_reason, "
      + "(SELECT count(*) FROM comment_endorsements e WHERE e.comment_id = c.id)::int, "
      + "(SELECT count(*) FROM comment_flags f WHERE f.comment_id = c.id)::int, "
      + "EXISTS (SELECT 1 FROM comment_endorsements e WHERE e.comment_id = c.id AND e.participant_id = $2::uuid), "
      + "EXISTS (SELECT 1 FROM comment_flags f WHERE f.comment_id = c.id AND f.participant_id = $2::uuid)";
  private static final String BY_ID = "SELECT " + COLUMNS + " FROM comments c WHERE c.id = $1::uuid";
  private static final String BY_KEY = "SELECT " + COLUMNS + " FROM comments c "
      + "WHERE c.author_id = $2::uuid AND c.idempotency_key = $1";
  private static final String FOR_PROPOSAL = "SELECT " + COLUMNS + " FROM comments c "
      + "WHERE c.proposal_id = $1::uuid ORDER BY c.created_at, c.id";
  // What a participant ($2) sees: comments shown to everyone, and their own hidden ones (as Comments.visibleTo).
  private static final String VISIBLE = "WITH visible AS (SELECT * FROM comments WHERE proposal_id = $1::uuid "
      + "AND (hidden_at IS NULL OR author_id = $2::uuid)) ";
  // The newest few conversations for the proposal page: top-level comments and their replies.
  private static final String NEWEST_CONVERSATIONS = VISIBLE
      + ", top AS (SELECT id FROM visible WHERE parent_id IS NULL ORDER BY created_at DESC, id LIMIT $3) "
      + "SELECT " + COLUMNS + ", (SELECT count(*) FROM visible)::int FROM visible c "
      + "WHERE c.id IN (SELECT id FROM top) OR c.parent_id IN (SELECT id FROM top) ORDER BY c.created_at, c.id";
  private static final String VISIBLE_COUNT = VISIBLE + "SELECT count(*)::int FROM visible";
  private static final String NEWEST = "SELECT " + COLUMNS + " FROM comments c "
      + "WHERE c.round_id = $1::uuid AND c.hidden_at IS NULL ORDER BY c.created_at DESC, c.id LIMIT $3";
  // Flagged or hidden comments of a round: those with a flag newer than the last decision come first.
  private static final String QUEUE = "SELECT " + COLUMNS + ", "
      + "coalesce((SELECT max(f.created_at) FROM comment_flags f WHERE f.comment_id = c.id) "
      + "> coalesce(c.moderated_at, '-infinity'), false) AS pending, "
      + "(SELECT array_agg(f.reason ORDER BY f.created_at) FROM comment_flags f "
      + "WHERE f.comment_id = c.id AND f.reason IS NOT NULL) "
      + "FROM comments c WHERE c.round_id = $1::uuid AND (c.hidden_at IS NOT NULL "
      + "OR EXISTS (SELECT 1 FROM comment_flags f WHERE f.comment_id = c.id)) "
      + "ORDER BY pending DESC, 11 DESC, c.created_at DESC";

  private final Pool pool;

  CommentStore(Pool pool) {
    this.pool = pool;
  }

  /**
   * Saves the comment unless this author already used {@code key}; either way answers the comment under the
   * key. A concurrent insert with the same key waits for the first to commit and then finds its row.
   */
  Future<Comment> insertOnce(String proposalId, String roundId, String authorId, String key, CommentDraft draft) {
    return pool.preparedQuery("INSERT INTO comments (id, proposal_id, round_id, author_id, idempotency_key, "
            + "parent_id, topic, body) VALUES ($1, $2::uuid, $3::uuid, $4::uuid, $5, $6::uuid, $7, $8) "
            + "ON CONFLICT (author_id, idempotency_key) DO NOTHING")
        .execute(Tuple.of(UUID.randomUUID(), proposalId, roundId, authorId, key, draft.parentId())
            .addString(draft.topic().wire()).addString(draft.body()))
        .compose(inserted -> pool.preparedQuery(BY_KEY).execute(Tuple.of(key, authorId)))
        .map(rows -> first(rows).orElseThrow());
  }

  /** The comment under this author's key, if they used it before. */
  Future<Optional<Comment>> byKey(String authorId, String key) {
    return pool.preparedQuery(BY_KEY).execute(Tuple.of(key, authorId)).map(CommentStore::first);
  }

  Future<Optional<Comment>> find(String id, String viewerId) {
    return find(pool, id, viewerId);
  }

  Future<Optional<Comment>> find(SqlClient client, String id, String viewerId) {
    if (Ids.parse(id).isEmpty()) {
      return Future.succeededFuture(Optional.empty());
    }
    return client.preparedQuery(BY_ID).execute(Tuple.of(id, viewerId)).map(CommentStore::first);
  }

  /** Every comment on the proposal, hidden ones included, oldest first. */
  Future<List<Comment>> forProposal(String proposalId, String viewerId) {
    return pool.preparedQuery(FOR_PROPOSAL).execute(Tuple.of(proposalId, viewerId)).map(CommentStore::all);
  }

  /** The newest {@code limit} conversations a participant sees, and how many comments they see in all. */
  Future<Preview> preview(String proposalId, String participantId, int limit) {
    return pool.preparedQuery(NEWEST_CONVERSATIONS).execute(Tuple.of(proposalId, participantId, limit))
        .compose(rows -> rows.size() > 0
            ? Future.succeededFuture(new Preview(all(rows), rows.iterator().next().getInteger(13)))
            // No top-level comment to show, perhaps only replies to a hidden one: still count them.
            : pool.preparedQuery(VISIBLE_COUNT).execute(Tuple.of(proposalId, participantId))
                .map(count -> new Preview(List.of(), count.iterator().next().getInteger(0))));
  }

  /** A few conversations, oldest comment first, and the number of comments there are to read. */
  record Preview(List<Comment> comments, int total) {}

  Future<List<Comment>> newestVisible(String roundId, int limit) {
    if (Ids.parse(roundId).isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    return pool.preparedQuery(NEWEST).execute(Tuple.of(roundId, null, limit)).map(CommentStore::all);
  }

  Future<List<FlaggedComment>> queue(String roundId) {
    return pool.preparedQuery(QUEUE).execute(Tuple.of(roundId).addValue(null)).map(rows -> {
      List<FlaggedComment> queue = new ArrayList<>();
      rows.forEach(row -> {
        String[] reasons = row.getArrayOfStrings(14);
        queue.add(new FlaggedComment(comment(row), row.getBoolean(13),
            reasons == null ? List.of() : Arrays.asList(reasons)));
      });
      return queue;
    });
  }

  /** "Me too", once: a repeat changes nothing. */
  Future<Void> endorse(String commentId, String participantId) {
    return pool.preparedQuery("INSERT INTO comment_endorsements (comment_id, participant_id) "
            + "VALUES ($1::uuid, $2::uuid) ON CONFLICT DO NOTHING")
        .execute(Tuple.of(commentId, participantId)).mapEmpty();
  }

  /** A flag for staff, once per person: a repeat keeps the first reason. */
  Future<Void> flag(String commentId, String participantId, String reason) {
    return pool.preparedQuery("INSERT INTO comment_flags (comment_id, participant_id, reason) "
            + "VALUES ($1::uuid, $2::uuid, $3) ON CONFLICT DO NOTHING")
        .execute(Tuple.of(commentId, participantId, reason)).mapEmpty();
  }

  /** Hides with a reason (a new reason replaces the old one); the words stay in the table. */
  Future<Void> hide(SqlClient tx, String id, String reason) {
    return tx.preparedQuery("UPDATE comments SET hidden_at = now(), hidden_reason = $2, moderated_at = now() "
            + "WHERE id = $1::uuid").execute(Tuple.of(id, reason)).mapEmpty();
  }

  Future<Void> unhide(SqlClient tx, String id) {
    return tx.preparedQuery("UPDATE comments SET hidden_at = NULL, hidden_reason = NULL, moderated_at = now() "
            + "WHERE id = $1::uuid").execute(Tuple.of(id)).mapEmpty();
  }

  /** A decision that changes nothing on the comment itself: the flags so far have been looked at. */
  Future<Void> markModerated(SqlClient tx, String id) {
    return tx.preparedQuery("UPDATE comments SET moderated_at = now() WHERE id = $1::uuid")
        .execute(Tuple.of(id)).mapEmpty();
  }

  /** Locks the comment until {@code tx} ends, so two staff members' decisions take turns. */
  Future<Optional<Comment>> findForChange(SqlClient tx, String id) {
    if (Ids.parse(id).isEmpty()) {
      return Future.succeededFuture(Optional.empty());
    }
    return tx.preparedQuery(BY_ID + " FOR UPDATE OF c").execute(Tuple.of(id).addValue(null)).map(CommentStore::first);
  }

  /** A person who withdraws takes their "me too"s out of rounds still open, as their votes leave them. */
  Future<Void> withdrawEndorsements(SqlClient tx, String participantId) {
    return tx.preparedQuery("DELETE FROM comment_endorsements e USING comments c, rounds r "
            + "WHERE e.comment_id = c.id AND c.round_id = r.id AND r.status = 'open' "
            + "AND e.participant_id = $1::uuid")
        .execute(Tuple.of(participantId)).mapEmpty();
  }

  private static Optional<Comment> first(RowSet<Row> rows) {
    return rows.size() == 0 ? Optional.empty() : Optional.of(comment(rows.iterator().next()));
  }

  private static List<Comment> all(RowSet<Row> rows) {
    List<Comment> all = new ArrayList<>(rows.size());
    rows.forEach(row -> all.add(comment(row)));
    return all;
  }

  private static Comment comment(Row row) {
    return new Comment(row.getString(0), row.getString(1), row.getString(2), row.getString(3), row.getString(4),
        Topic.fromWire(row.getString(5)), row.getString(6), row.getOffsetDateTime(7), row.getString(8),
        row.getInteger(9), row.getInteger(10), row.getBoolean(11), row.getBoolean(12));
  }
}
