package org.roundtable.summaries;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The summaries feature's own tables: findings, their evidence and answers, published versions, the outbox. */
final class SummaryStore {
  private static final String PUBLISHED_PROPOSAL = "SELECT 1 FROM proposals p WHERE p.id = $1::uuid"
      + " AND p.round_id = $2::uuid AND EXISTS (SELECT 1 FROM proposal_versions v WHERE v.proposal_id = p.id)";
  private static final String COMMENTS_OF = "SELECT count(*)::int FROM comments"
      + " WHERE id = ANY($1::text[]::uuid[]) AND proposal_id = $2::uuid";
  private static final String FINDINGS = "SELECT f.id::text, f.proposal_id::text, f.text, f.first_published_at"
      + " FROM findings f WHERE f.round_id = $1::uuid AND ($2 OR f.first_published_at IS NOT NULL)"
      + " ORDER BY f.created_at, f.id";
  // A linked comment always shows its topic; its words only when it is visible and its author may be quoted.
  private static final String EVIDENCE = "SELECT e.finding_id::text, c.id::text, c.topic,"
      + " CASE WHEN c.hidden_at IS NULL AND a.consent_quote AND a.withdrawn_at IS NULL THEN c.body END"
      + " FROM finding_evidence e JOIN findings f ON f.id = e.finding_id JOIN comments c ON c.id = e.comment_id"
      + " JOIN participants a ON a.id = c.author_id WHERE f.round_id = $1::uuid ORDER BY c.created_at, c.id";
  private static final String RESPONSES = "SELECT r.finding_id::text, r.version, r.decision, r.explanation,"
      + " r.answered_at FROM finding_responses r JOIN findings f ON f.id = r.finding_id"
      + " WHERE f.round_id = $1::uuid ORDER BY r.finding_id, r.version";

  private SummaryStore() {}

  /** Each published proposal's last published title and language, by proposal id. */
  static Future<Map<String, Map<String, String>>> proposalTitles(SqlClient client, String roundId) {
    return client.preparedQuery("SELECT p.id::text, v.title, v.language FROM proposals p"
            + " JOIN LATERAL (SELECT title, language FROM proposal_versions WHERE proposal_id = p.id"
            + "   ORDER BY version DESC LIMIT 1) v ON true WHERE p.round_id = $1::uuid")
        .execute(Tuple.of(roundId)).map(rows -> {
          Map<String, Map<String, String>> titles = new HashMap<>();
          rows.forEach(r -> titles.put(r.getString(0), Map.of("title", r.getString(1), "language", r.getString(2))));
          return titles;
        });
  }

  /** The newest answer given on a published finding of the round, if any. */
  static Future<Optional<OffsetDateTime>> newestAnswer(SqlClient client, String roundId) {
    return client.preparedQuery("SELECT max(r.answered_at) FROM finding_responses r JOIN findings f ON f.id = r.finding_id"
            + " WHERE f.round_id = $1::uuid AND f.first_published_at IS NOT NULL").execute(Tuple.of(roundId))
        .map(rows -> Optional.ofNullable(rows.iterator().next().getOffsetDateTime(0)));
  }

  /** The round's public outcome link key, made on first use ({@code fresh} is used only if there is none yet). */
  static Future<String> outcomeKey(SqlClient client, String roundId, String fresh) {
    return client.preparedQuery("INSERT INTO outcome_links (round_id, key) VALUES ($1::uuid, $2)"
            + " ON CONFLICT (round_id) DO NOTHING").execute(Tuple.of(roundId, fresh))
        .compose(v -> client.preparedQuery("SELECT key FROM outcome_links WHERE round_id = $1::uuid")
            .execute(Tuple.of(roundId)))
        .map(rows -> rows.iterator().next().getString(0));
  }

  /** The round whose outcome is public under this key; empty if there is none or the round keeps it private. */
  static Future<Optional<String>> publicRound(SqlClient client, String key) {
    return client.preparedQuery("SELECT r.id::text FROM outcome_links l JOIN rounds r ON r.id = l.round_id"
            + " WHERE l.key = $1 AND r.public_outcome").execute(Tuple.of(key))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getString(0)));
  }

  /** When the participant last read the answers, if ever. */
  static Future<Optional<OffsetDateTime>> answersSeen(SqlClient client, String participantId) {
    return client.preparedQuery("SELECT seen_at FROM answers_seen WHERE participant_id = $1::uuid")
        .execute(Tuple.of(participantId))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getOffsetDateTime(0)));
  }

  static Future<Void> sawAnswers(SqlClient client, String participantId) {
    return client.preparedQuery("INSERT INTO answers_seen (participant_id, seen_at) VALUES ($1::uuid, now())"
        + " ON CONFLICT (participant_id) DO UPDATE SET seen_at = now()").execute(Tuple.of(participantId)).mapEmpty();
  }

  static Future<Boolean> isPublishedProposal(SqlClient client, String proposalId, String roundId) {
    return client.preparedQuery(PUBLISHED_PROPOSAL).execute(Tuple.of(proposalId, roundId)).map(rows -> rows.size() == 1);
  }

  static Future<Boolean> allCommentsOf(SqlClient client, List<String> commentIds, String proposalId) {
    return client.preparedQuery(COMMENTS_OF).execute(Tuple.tuple().addArrayOfString(commentIds.toArray(String[]::new)).addString(proposalId))
        .map(rows -> rows.iterator().next().getInteger(0) == commentIds.size());
  }

  static Future<String> addFinding(SqlClient client, String roundId, String proposalId, String text,
                                   List<String> commentIds, String staffId) {
    return client.preparedQuery("INSERT INTO findings (round_id, proposal_id, text, created_by)"
            + " VALUES ($1::uuid, $2::uuid, $3, $4::uuid) RETURNING id::text")
        .execute(Tuple.of(roundId, proposalId, text, staffId))
        .map(rows -> rows.iterator().next().getString(0))
        .compose(id -> client.preparedQuery("INSERT INTO finding_evidence (finding_id, comment_id)"
                + " SELECT $1::uuid, c::uuid FROM unnest($2::text[]) AS c ON CONFLICT DO NOTHING")
            .execute(Tuple.tuple().addString(id).addArrayOfString(commentIds.toArray(String[]::new))).map(id));
  }

  /**
   * A finding's round and whether it has been published, if it exists. In a transaction the row stays locked, so two
   * answers sent at once are numbered one after the other instead of colliding.
   */
  static Future<Optional<FindingRef>> finding(SqlClient client, String findingId) {
    return client.preparedQuery("SELECT round_id::text, first_published_at FROM findings WHERE id = $1::uuid FOR UPDATE")
        .execute(Tuple.of(findingId))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(new FindingRef(findingId,
            rows.iterator().next().getString(0), rows.iterator().next().getOffsetDateTime(1) != null)));
  }

  record FindingRef(String id, String roundId, boolean published) {}

  /** The next numbered answer of the finding; the earlier ones stay as they are. */
  static Future<Integer> addResponse(SqlClient client, String findingId, String decision, String explanation,
                                     String staffId, String staffName) {
    return client.preparedQuery("INSERT INTO finding_responses"
            + " (finding_id, version, decision, explanation, answered_by, answered_by_name)"
            + " SELECT $1::uuid, coalesce(max(version), 0) + 1, $2, $3, $4::uuid, $5 FROM finding_responses"
            + " WHERE finding_id = $1::uuid RETURNING version")
        .execute(Tuple.of(findingId, decision, explanation, staffId, staffName))
        .map(rows -> rows.iterator().next().getInteger(0));
  }

  /**
   * The findings of a round as the summary shows them, with status by date at {@code now}; {@code withDrafts}
   * includes findings not yet published (staff building the summary see them, developers do not).
   */
  static Future<JsonArray> findings(SqlClient client, String roundId, int responseDueDays, boolean withDrafts,
                                    Instant now) {
    Tuple round = Tuple.of(roundId);
    return Future.all(client.preparedQuery(FINDINGS).execute(Tuple.of(roundId, withDrafts)),
        client.preparedQuery(EVIDENCE).execute(round), client.preparedQuery(RESPONSES).execute(round)).map(all -> {
          Map<String, JsonArray> evidence = new HashMap<>();
          for (Row row : all.<io.vertx.sqlclient.RowSet<Row>>resultAt(1)) {
            evidence.computeIfAbsent(row.getString(0), k -> new JsonArray()).add(new JsonObject()
                .put("commentId", row.getString(1)).put("topic", row.getString(2)).put("body", row.getString(3)));
          }
          Map<String, JsonArray> responses = new HashMap<>();
          for (Row row : all.<io.vertx.sqlclient.RowSet<Row>>resultAt(2)) {
            responses.computeIfAbsent(row.getString(0), k -> new JsonArray()).add(new JsonObject()
                .put("version", row.getInteger(1)).put("decision", row.getString(2))
                .put("explanation", row.getString(3)).put("answeredAt", row.getOffsetDateTime(4).toString()));
          }
          JsonArray findings = new JsonArray();
          for (Row row : all.<io.vertx.sqlclient.RowSet<Row>>resultAt(0)) {
            String id = row.getString(0);
            JsonArray answers = responses.getOrDefault(id, new JsonArray());
            OffsetDateTime due = FindingStatus.dueAt(row.getOffsetDateTime(3), responseDueDays);
            findings.add(new JsonObject()
                .put("id", id)
                .put("proposalId", row.getString(1))
                .put("text", row.getString(2))
                .put("status", FindingStatus.of(!answers.isEmpty(), due, now).wire())
                .put("dueAt", due == null ? null : due.toString())
                .put("response", answers.isEmpty() ? null : answers.getJsonObject(answers.size() - 1))
                .put("responses", answers)
                .put("evidence", evidence.getOrDefault(id, new JsonArray())));
          }
          return findings;
        });
  }

  /** Stamps the findings this publish is the first to contain; their answers are due from now. */
  static Future<Void> markPublished(SqlClient client, String roundId) {
    return client.preparedQuery("UPDATE findings SET first_published_at = now()"
        + " WHERE round_id = $1::uuid AND first_published_at IS NULL").execute(Tuple.of(roundId)).mapEmpty();
  }

  /** Serialises publishing per round (a transaction-scoped lock), so version numbers are given out one by one. */
  static Future<Integer> nextVersion(SqlClient client, String roundId) {
    return client.preparedQuery("SELECT pg_advisory_xact_lock(hashtextextended('summary:' || $1, 0))")
        .execute(Tuple.of(roundId))
        .compose(v -> client.preparedQuery("SELECT coalesce(max(version), 0) + 1 FROM summary_versions"
            + " WHERE round_id = $1::uuid").execute(Tuple.of(roundId)))
        .map(rows -> rows.iterator().next().getInteger(0));
  }

  /** The version stored, and one outbox row per webhook, in the caller's transaction. */
  static Future<Void> saveVersion(SqlClient client, String roundId, int version, String body, OffsetDateTime at,
                                  String staffId) {
    return client.preparedQuery("INSERT INTO summary_versions (round_id, version, body, published_at, published_by)"
            + " VALUES ($1::uuid, $2, $3, $4, $5::uuid)").execute(Tuple.of(roundId, version, body, at, staffId))
        .compose(v -> client.preparedQuery("INSERT INTO webhook_deliveries (webhook_id, round_id, version)"
            + " SELECT id, $1::uuid, $2 FROM webhooks").execute(Tuple.of(roundId, version)))
        .mapEmpty();
  }

  static Future<Optional<String>> version(SqlClient client, String roundId, int version) {
    return client.preparedQuery("SELECT body FROM summary_versions WHERE round_id = $1::uuid AND version = $2")
        .execute(Tuple.of(roundId, version))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getString(0)));
  }

  record VersionRef(int version, OffsetDateTime publishedAt) {}

  static Future<List<VersionRef>> versions(SqlClient client, String roundId) {
    return client.preparedQuery("SELECT version, published_at FROM summary_versions WHERE round_id = $1::uuid"
        + " ORDER BY version DESC").execute(Tuple.of(roundId)).map(rows -> {
          List<VersionRef> list = new ArrayList<>();
          rows.forEach(r -> list.add(new VersionRef(r.getInteger(0), r.getOffsetDateTime(1))));
          return list;
        });
  }

  /** A finding awaiting or given an answer, for the developers' list. */
  record Awaiting(String roundId, String roundTitle, String findingId, String text, boolean answered,
                  OffsetDateTime dueAt, FindingStatus status) {}

  static Future<List<Awaiting>> published(SqlClient client, Instant now) {
    return client.preparedQuery("SELECT r.id::text, r.title, r.response_due_days, f.id::text, f.text,"
            + " f.first_published_at, EXISTS (SELECT 1 FROM finding_responses x WHERE x.finding_id = f.id)"
            + " FROM findings f JOIN rounds r ON r.id = f.round_id WHERE f.first_published_at IS NOT NULL"
            + " ORDER BY f.first_published_at, f.id").execute()
        .map(rows -> {
          Map<String, Awaiting> list = new LinkedHashMap<>();
          for (Row r : rows) {
            OffsetDateTime due = FindingStatus.dueAt(r.getOffsetDateTime(5), r.getInteger(2));
            list.put(r.getString(3), new Awaiting(r.getString(0), r.getString(1), r.getString(3), r.getString(4),
                r.getBoolean(6), due, FindingStatus.of(r.getBoolean(6), due, now)));
          }
          return List.copyOf(list.values());
        });
  }
}
