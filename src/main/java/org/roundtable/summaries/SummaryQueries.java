package org.roundtable.summaries;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.roundtable.comments.Topic;
import org.roundtable.voting.Choice;

/**
 * The read model: a round's figures counted in PostgreSQL from other features' tables (invitations, participants,
 * attendance, votes, statements, comments), one aggregate query per figure, never row by row in Java. Nothing here
 * selects a participant's id, pseudonym, contact or code: only groups, counts, and the words of comments whose
 * authors agreed to be quoted and have not withdrawn.
 */
final class SummaryQueries {
  private SummaryQueries() {}

  static final List<String> GROUPS = List.of("community", "frontline");
  static final int TOP_CONCERNS = 5;

  private static final String TURNOUT = "SELECT g.grp,"
      + " (SELECT count(*) FROM invitations i WHERE i.round_id = $1::uuid AND i.participant_group = g.grp)::int,"
      + " (SELECT count(*) FROM participants p WHERE p.round_id = $1::uuid AND p.participant_group = g.grp)::int,"
      + " (SELECT count(DISTINCT a.participant_id) FROM attendance a JOIN participants p ON p.id = a.participant_id"
      + "   WHERE p.round_id = $1::uuid AND p.participant_group = g.grp)::int"
      + " FROM unnest(ARRAY['community', 'frontline']) AS g(grp)";
  // Published proposals only (those with a version), titled as last published.
  private static final String PROPOSALS = "SELECT p.id::text, v.title, v.language FROM proposals p"
      + " JOIN LATERAL (SELECT title, language FROM proposal_versions WHERE proposal_id = p.id"
      + "   ORDER BY version DESC LIMIT 1) v ON true"
      + " WHERE p.round_id = $1::uuid ORDER BY p.created_at, p.id";
  private static final String VOTES = "SELECT v.proposal_id::text, p.participant_group, v.choice, count(*)::int"
      + " FROM votes v JOIN proposals pr ON pr.id = v.proposal_id JOIN participants p ON p.id = v.participant_id"
      + " WHERE pr.round_id = $1::uuid GROUP BY 1, 2, 3";
  private static final String STATEMENTS = "SELECT s.proposal_id::text, s.id::text, s.text, p.participant_group,"
      + " r.answer, count(r.answer)::int"
      + " FROM statements s JOIN proposals pr ON pr.id = s.proposal_id"
      + " LEFT JOIN statement_responses r ON r.statement_id = s.id"
      + " LEFT JOIN participants p ON p.id = r.participant_id"
      + " WHERE pr.round_id = $1::uuid GROUP BY s.proposal_id, s.id, s.text, s.created_at, 4, 5"
      + " ORDER BY s.created_at, s.id";
  private static final String TOPICS = "SELECT proposal_id::text, topic, count(*)::int FROM comments"
      + " WHERE round_id = $1::uuid AND hidden_at IS NULL GROUP BY 1, 2";
  // The most "me too"-ed visible comments per proposal. The body only when its author may be quoted.
  private static final String TOP = "SELECT proposal_id, id, topic, endorsements, body FROM ("
      + " SELECT c.proposal_id::text AS proposal_id, c.id::text AS id, c.topic, e.n AS endorsements,"
      + "  CASE WHEN a.consent_quote AND a.withdrawn_at IS NULL THEN c.body END AS body,"
      + "  row_number() OVER (PARTITION BY c.proposal_id ORDER BY e.n DESC, c.created_at, c.id) AS rank"
      + " FROM comments c JOIN participants a ON a.id = c.author_id"
      + " JOIN (SELECT ce.comment_id, count(*)::int AS n FROM comment_endorsements ce"
      + "   JOIN comments cc ON cc.id = ce.comment_id WHERE cc.round_id = $1::uuid GROUP BY ce.comment_id) e"
      + "   ON e.comment_id = c.id"
      + " WHERE c.round_id = $1::uuid AND c.hidden_at IS NULL) ranked"
      + " WHERE rank <= " + TOP_CONCERNS + " ORDER BY proposal_id, rank";

  /** Every figure query by name, for the benchmark's EXPLAIN ANALYZE (each takes the round id as $1). */
  static final Map<String, String> ALL = Map.of("turnout", TURNOUT, "proposals", PROPOSALS, "votes", VOTES,
      "statements", STATEMENTS, "topics", TOPICS, "concerns", TOP);

  /** {@code {"turnout", "proposals"}} of the summary JSON (see ../shared/API.md), read through {@code client}. */
  static Future<JsonObject> figures(SqlClient client, String roundId) {
    Tuple round = Tuple.of(roundId);
    return Future.all(List.of(query(client, TURNOUT, round), query(client, PROPOSALS, round),
        query(client, VOTES, round), query(client, STATEMENTS, round), query(client, TOPICS, round),
        query(client, TOP, round))).map(all -> {
          JsonObject figures = new JsonObject().put("turnout", turnout(all.resultAt(0)));
          Map<String, ProposalFigures> proposals = new LinkedHashMap<>();
          for (Row row : SummaryQueries.<List<Row>>at(all, 1)) {
            proposals.put(row.getString(0), new ProposalFigures(row.getString(0), row.getString(1), row.getString(2)));
          }
          for (Row row : SummaryQueries.<List<Row>>at(all, 2)) {
            with(proposals, row, p -> p.vote(row.getString(1), Choice.fromWire(row.getString(2)), row.getInteger(3)));
          }
          for (Row row : SummaryQueries.<List<Row>>at(all, 3)) {
            with(proposals, row, p -> p.statementAnswer(row.getString(1), row.getString(2), row.getString(3),
                row.getString(4), row.getInteger(5)));
          }
          for (Row row : SummaryQueries.<List<Row>>at(all, 4)) {
            with(proposals, row, p -> p.topic(Topic.fromWire(row.getString(1)), row.getInteger(2)));
          }
          for (Row row : SummaryQueries.<List<Row>>at(all, 5)) {
            with(proposals, row, p -> p.concern(new JsonObject().put("commentId", row.getString(1))
                .put("body", row.getString(4)).put("topic", row.getString(2)).put("endorsements", row.getInteger(3))));
          }
          return figures.put("proposals", new JsonArray(proposals.values().stream().map(ProposalFigures::toJson).toList()));
        });
  }

  private static Future<List<Row>> query(SqlClient client, String sql, Tuple args) {
    return client.preparedQuery(sql).execute(args).map(rows -> {
      List<Row> list = new java.util.ArrayList<>(rows.size());
      rows.forEach(list::add);
      return list;
    });
  }

  @SuppressWarnings("unchecked")
  private static <T> T at(io.vertx.core.CompositeFuture all, int i) {
    return (T) all.resultAt(i);
  }

  /** Figures about a proposal that is not (or no longer) published are left out. */
  private static void with(Map<String, ProposalFigures> proposals, Row row,
                           java.util.function.Consumer<ProposalFigures> add) {
    ProposalFigures p = proposals.get(row.getString(0));
    if (p != null) {
      add.accept(p);
    }
  }

  /**
   * Turnout is shown exactly, small groups included: it counts people, not what they said, and staff need it to see
   * who is missing. What a small group answered is what folding protects (votes and statements).
   */
  private static JsonObject turnout(List<Row> rows) {
    JsonObject invited = new JsonObject();
    JsonObject joined = new JsonObject();
    JsonObject attended = new JsonObject();
    for (Row row : rows) {
      invited.put(row.getString(0), row.getInteger(1));
      joined.put(row.getString(0), row.getInteger(2));
      attended.put(row.getString(0), row.getInteger(3));
    }
    return new JsonObject().put("invited", invited).put("joined", joined).put("attended", attended);
  }
}
