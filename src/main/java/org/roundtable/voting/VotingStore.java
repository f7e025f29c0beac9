package org.roundtable.voting;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.roundtable.db.Ids;

/**
 * The votes, statements and statement_responses tables. Writes that only an open round allows check the round's
 * status in the same statement, so nothing lands after a round closed even if it closed a moment ago.
 */
final class VotingStore {
  // The round is open and the person still takes part in it. Who is behind a token is remembered per process
  // (accounts/AuthTokens), so the write itself makes sure: someone who left never lands a vote, however recently.
  private static final String ROUND_OPEN = "open AS (SELECT 1 FROM rounds WHERE id = $4::uuid AND status = 'open'),"
      + " person AS (SELECT 1 FROM participants WHERE id = $2::uuid AND round_id = $4::uuid"
      + " AND withdrawn_at IS NULL AND consent_take_part)";
  private static final String OUTCOME = " SELECT EXISTS (SELECT 1 FROM saved), EXISTS (SELECT 1 FROM open),"
      + " EXISTS (SELECT 1 FROM person)";
  // One statement answers every question, so a concurrent change by the same person can never pass for a closed
  // round: did this write change anything, was the round open when it ran, and is the person still in.
  private static final String VOTE = "WITH " + ROUND_OPEN + ", saved AS ("
      + "INSERT INTO votes (proposal_id, participant_id, choice) SELECT $1::uuid, $2::uuid, $3 FROM open, person"
      + " ON CONFLICT (proposal_id, participant_id) DO UPDATE SET choice = EXCLUDED.choice, changed_at = now()"
      + " WHERE votes.choice <> EXCLUDED.choice RETURNING 1)" + OUTCOME;
  // All answers of one form in one statement: they stand or fall together.
  private static final String ANSWER = "WITH " + ROUND_OPEN + ", saved AS ("
      + "INSERT INTO statement_responses (statement_id, participant_id, answer)"
      + " SELECT a.statement_id, $2::uuid, a.answer FROM unnest($1::text[]::uuid[], $3::text[])"
      + " AS a (statement_id, answer), open, person"
      + " ON CONFLICT (statement_id, participant_id) DO UPDATE SET answer = EXCLUDED.answer, answered_at = now()"
      + " WHERE statement_responses.answer <> EXCLUDED.answer RETURNING 1)" + OUTCOME;
  private static final String STATEMENT_COLUMNS = "id::text, proposal_id::text, text, created_at";
  // Only rounds still running give back what a person who leaves had said; closed rounds keep it on record.
  private static final String STILL_OPEN = " AND r.status IN ('draft', 'open')";

  /**
   * What an upsert did: saved a new or changed answer, found the same answer already there, or was refused
   * because the round is not open or the person no longer takes part.
   */
  enum Saved { CHANGED, UNCHANGED, ROUND_CLOSED, NOT_TAKING_PART }

  private final Pool pool;

  VotingStore(Pool pool) {
    this.pool = pool;
  }

  // ---- votes

  Future<Saved> vote(String proposalId, String roundId, String participantId, Choice choice) {
    return pool.preparedQuery(VOTE).execute(Tuple.of(proposalId, participantId, choice.wire(), roundId))
        .map(VotingStore::saved);
  }

  /** The participant's current vote on the proposal, if any. */
  Future<Optional<Choice>> choice(String proposalId, String participantId) {
    return pool.preparedQuery("SELECT choice FROM votes WHERE proposal_id = $1::uuid AND participant_id = $2::uuid")
        .execute(Tuple.of(proposalId, participantId))
        .map(rows -> rows.size() == 0 ? Optional.empty()
            : Optional.of(Choice.fromWire(rows.iterator().next().getString(0))));
  }

  Future<Tally> tally(String proposalId) {
    return tallies(List.of(proposalId)).map(all -> all.get(0));
  }

  /** One tally per proposal, in the order given, counted with one aggregate query. */
  Future<List<Tally>> tallies(List<String> proposalIds) {
    if (proposalIds.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    return pool.preparedQuery("SELECT proposal_id::text, choice, count(*)::int FROM votes"
            + " WHERE proposal_id = ANY($1::text[]::uuid[]) GROUP BY proposal_id, choice")
        .execute(Tuple.of(proposalIds.toArray(String[]::new)))
        .map(rows -> {
          Map<String, Map<Choice, Integer>> found = new HashMap<>();
          for (Row row : rows) {
            found.computeIfAbsent(row.getString(0), id -> new EnumMap<>(Choice.class))
                .put(Choice.fromWire(row.getString(1)), row.getInteger(2));
          }
          return proposalIds.stream().map(id -> Tally.of(id, found.getOrDefault(id, Map.of()))).toList();
        });
  }

  // ---- statements

  Future<Statement> addStatement(SqlClient tx, String proposalId, String text, String staffId) {
    return tx.preparedQuery("INSERT INTO statements (proposal_id, text, created_by) VALUES ($1::uuid, $2, $3::uuid)"
            + " RETURNING " + STATEMENT_COLUMNS)
        .execute(Tuple.of(proposalId, text, staffId))
        .map(rows -> statement(rows.iterator().next()));
  }

  /** Oldest first. */
  Future<List<Statement>> statements(String proposalId) {
    return pool.preparedQuery("SELECT " + STATEMENT_COLUMNS + " FROM statements WHERE proposal_id = $1::uuid"
            + " ORDER BY created_at, id")
        .execute(Tuple.of(proposalId))
        .map(rows -> StreamSupport.stream(rows.spliterator(), false).map(VotingStore::statement).toList());
  }

  Future<Optional<Statement>> statement(String id) {
    if (Ids.parse(id).isEmpty()) {
      return Future.succeededFuture(Optional.empty());
    }
    return pool.preparedQuery("SELECT " + STATEMENT_COLUMNS + " FROM statements WHERE id = $1::uuid")
        .execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(statement(rows.iterator().next())));
  }

  Future<Saved> answer(Map<String, Answer> answers, String roundId, String participantId) {
    String[] statements = answers.keySet().toArray(String[]::new);
    String[] chosen = Arrays.stream(statements).map(id -> answers.get(id).wire()).toArray(String[]::new);
    return pool.preparedQuery(ANSWER).execute(Tuple.of(statements, participantId, chosen, roundId))
        .map(VotingStore::saved);
  }

  private static Saved saved(RowSet<Row> rows) {
    Row row = rows.iterator().next();
    if (!row.getBoolean(2)) {
      return Saved.NOT_TAKING_PART;
    }
    return row.getBoolean(0) ? Saved.CHANGED : row.getBoolean(1) ? Saved.UNCHANGED : Saved.ROUND_CLOSED;
  }

  /** The participant's answers to the proposal's statements, by statement id. */
  Future<Map<String, Answer>> answers(String proposalId, String participantId) {
    return pool.preparedQuery("SELECT r.statement_id::text, r.answer FROM statement_responses r"
            + " JOIN statements s ON s.id = r.statement_id WHERE s.proposal_id = $1::uuid AND r.participant_id = $2::uuid")
        .execute(Tuple.of(proposalId, participantId))
        .map(rows -> {
          Map<String, Answer> answers = new HashMap<>();
          rows.forEach(row -> answers.put(row.getString(0), Answer.fromWire(row.getString(1))));
          return answers;
        });
  }

  /** Each statement's counts, by statement id in the statements' order. */
  Future<Map<String, StatementTally>> statementTallies(String proposalId) {
    return pool.preparedQuery("SELECT s.id::text, r.answer, count(r.answer)::int FROM statements s"
            + " LEFT JOIN statement_responses r ON r.statement_id = s.id WHERE s.proposal_id = $1::uuid"
            + " GROUP BY s.id, s.created_at, r.answer ORDER BY s.created_at, s.id")
        .execute(Tuple.of(proposalId))
        .map(rows -> {
          Map<String, Map<Answer, Integer>> found = new LinkedHashMap<>();
          for (Row row : rows) {
            Map<Answer, Integer> counts = found.computeIfAbsent(row.getString(0), id -> new EnumMap<>(Answer.class));
            if (row.getString(1) != null) {
              counts.put(Answer.fromWire(row.getString(1)), row.getInteger(2));
            }
          }
          Map<String, StatementTally> tallies = new LinkedHashMap<>();
          found.forEach((id, counts) -> tallies.put(id, StatementTally.of(counts)));
          return tallies;
        });
  }

  // ---- withdrawing

  /** Deletes the person's votes and statement answers in rounds still running; returns the proposals touched. */
  Future<List<String>> forget(SqlClient tx, String participantId) {
    Tuple id = Tuple.of(participantId);
    return tx.preparedQuery("DELETE FROM votes v USING proposals p, rounds r WHERE v.participant_id = $1::uuid"
            + " AND p.id = v.proposal_id AND r.id = p.round_id" + STILL_OPEN + " RETURNING v.proposal_id::text")
        .execute(id)
        .compose(votes -> tx.preparedQuery("DELETE FROM statement_responses sr USING statements s, proposals p, rounds r"
                + " WHERE sr.participant_id = $1::uuid AND s.id = sr.statement_id AND p.id = s.proposal_id"
                + " AND r.id = p.round_id" + STILL_OPEN)
            .execute(id)
            .map(answers -> ids(votes)));
  }

  private static List<String> ids(RowSet<Row> rows) {
    List<String> ids = new ArrayList<>();
    rows.forEach(row -> ids.add(row.getString(0)));
    return ids;
  }

  private static Statement statement(Row row) {
    return new Statement(row.getString(0), row.getString(1), row.getString(2), row.getOffsetDateTime(3));
  }
}
