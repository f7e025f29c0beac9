package org.roundtable.proposals;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.StreamSupport;
import org.roundtable.db.Ids;
import org.roundtable.web.Actor;

/** The proposals and proposal_versions tables. */
public final class ProposalStore {
  // The draft, its latest published version's number, and whether the draft differs from that version.
  private static final String LATEST_VERSION = " FROM proposals p LEFT JOIN LATERAL (SELECT * FROM proposal_versions pv"
      + " WHERE pv.proposal_id = p.id ORDER BY pv.version DESC LIMIT 1) v ON true ";
  private static final String CHANGED = "v.version IS NOT NULL AND"
      + " (p.title, p.language, p.goals, p.people, p.data, p.responsibility) IS DISTINCT FROM"
      + " (v.title, v.language, v.goals, v.people, v.data, v.responsibility)";
  private static final String PROPOSAL = "SELECT p.id::text, p.round_id::text, p.title, p.language, p.goals,"
      + " p.people, p.data, p.responsibility, p.readability, v.version, " + CHANGED + ", p.submitted_by::text,"
      + " p.submitted_by_name, p.submitted_by_role, p.created_at, p.updated_at" + LATEST_VERSION
      + "WHERE p.id = $1::uuid";
  private static final String SUMMARIES = "SELECT p.id::text, p.title, p.language, (p.readability->>'grade')::float8,"
      + " v.version, " + CHANGED + LATEST_VERSION + "WHERE p.round_id = $1::uuid ORDER BY p.created_at, p.id";
  private static final String PUBLISHED = "SELECT p.id::text, v.title, v.language, (v.readability->>'grade')::float8,"
      + " v.version FROM proposals p JOIN LATERAL (SELECT * FROM proposal_versions pv WHERE pv.proposal_id = p.id"
      + " ORDER BY pv.version DESC LIMIT 1) v ON true WHERE p.round_id = $1::uuid ORDER BY p.created_at, p.id";
  private static final String VERSION_COLUMNS = "proposal_id::text, version, title, language, goals, people, data,"
      + " responsibility, readability, published_at, published_by::text, published_by_name";

  private final Pool pool;

  public ProposalStore(Pool pool) {
    this.pool = pool;
  }

  /** The proposals of a round, oldest first; empty for an unknown round. */
  public Future<List<ProposalSummary>> summariesForRound(String roundId) {
    if (Ids.parse(roundId).isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    return pool.preparedQuery(SUMMARIES).execute(Tuple.of(roundId)).map(rows -> all(rows, row -> {
      Integer published = row.getInteger(4);
      PublicationStatus status = PublicationStatus.of(published, row.getBoolean(5));
      return new ProposalSummary(row.getString(0), row.getString(1), row.getString(2), status,
          status.draftVersion(published), published, row.getDouble(3));
    }));
  }

  /** What participants may read: each proposal of a round that has a published version, as last published. */
  public Future<List<ProposalSummary>> publishedForRound(String roundId) {
    return pool.preparedQuery(PUBLISHED).execute(Tuple.of(roundId)).map(rows -> all(rows, row ->
        new ProposalSummary(row.getString(0), row.getString(1), row.getString(2), PublicationStatus.PUBLISHED,
            row.getInteger(4), row.getInteger(4), row.getDouble(3))));
  }

  /** Empty for an unknown or malformed id. */
  public Future<Optional<Proposal>> find(String id) {
    return find(pool, id, "");
  }

  /** The round of a proposal and whether it is published, without its texts; empty for an unknown one. */
  Future<Optional<Placement>> placement(String id) {
    if (Ids.parse(id).isEmpty()) {
      return Future.succeededFuture(Optional.empty());
    }
    return pool.preparedQuery("SELECT p.round_id::text, EXISTS (SELECT 1 FROM proposal_versions v"
            + " WHERE v.proposal_id = p.id) FROM proposals p WHERE p.id = $1::uuid").execute(Tuple.of(id))
        .map(rows -> all(rows, row -> new Placement(row.getString(0), row.getBoolean(1))).stream().findFirst());
  }

  /** Reads the proposal and locks it until {@code tx} ends, so edits and publishing take turns. */
  Future<Optional<Proposal>> findForChange(SqlClient tx, String id) {
    return find(tx, id, " FOR UPDATE OF p");
  }

  private static Future<Optional<Proposal>> find(SqlClient client, String id, String lock) {
    if (Ids.parse(id).isEmpty()) {
      return Future.succeededFuture(Optional.empty());
    }
    return client.preparedQuery(PROPOSAL + lock).execute(Tuple.of(id))
        .map(rows -> all(rows, ProposalStore::proposal).stream().findFirst());
  }

  Future<String> create(SqlClient tx, String roundId, ProposalText text, ProposalReadability readability,
                        Actor submitter) {
    return tx.preparedQuery("INSERT INTO proposals (round_id, title, language, goals, people, data, responsibility,"
            + " readability, submitted_by, submitted_by_name, submitted_by_role)"
            + " VALUES ($1::uuid, $2, $3, $4, $5, $6, $7, $8, $9::uuid, $10, $11) RETURNING id::text")
        .execute(withText(Tuple.of(roundId), text).addValue(readability.toJson())
            .addString(submitter.id()).addString(submitter.name()).addString(submitter.role().wire()))
        .map(rows -> rows.iterator().next().getString(0));
  }

  Future<Void> update(SqlClient tx, String id, ProposalText text, ProposalReadability readability) {
    return tx.preparedQuery("UPDATE proposals SET title = $2, language = $3, goals = $4, people = $5, data = $6,"
            + " responsibility = $7, readability = $8, updated_at = now() WHERE id = $1::uuid")
        .execute(withText(Tuple.of(id), text).addValue(readability.toJson()))
        .mapEmpty();
  }

  /** Copies the draft as it is into version {@code number}. */
  Future<ProposalVersion> publish(SqlClient tx, String id, int number, Actor publisher) {
    return tx.preparedQuery("INSERT INTO proposal_versions (proposal_id, version, title, language, goals, people,"
            + " data, responsibility, readability, published_by, published_by_name)"
            + " SELECT id, $2, title, language, goals, people, data, responsibility, readability, $3::uuid, $4"
            + " FROM proposals WHERE id = $1::uuid RETURNING " + VERSION_COLUMNS)
        .execute(Tuple.of(id, number, publisher.id(), publisher.name()))
        .map(rows -> version(rows.iterator().next()));
  }

  /** Version {@code number} and the one before it (when there is one), oldest first. */
  public Future<List<ProposalVersion>> versionWithPrevious(String proposalId, int number) {
    if (Ids.parse(proposalId).isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    return pool.preparedQuery("SELECT " + VERSION_COLUMNS + " FROM proposal_versions WHERE proposal_id = $1::uuid"
            + " AND version IN ($2, $2 - 1) ORDER BY version")
        .execute(Tuple.of(proposalId, number))
        .map(rows -> all(rows, ProposalStore::version));
  }

  /** Every published version of a proposal, newest first, without their texts. */
  public Future<List<ProposalVersion.Entry>> versions(String proposalId) {
    if (Ids.parse(proposalId).isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    return pool.preparedQuery("SELECT version, title, published_at, published_by_name,"
            + " (readability->>'grade')::float8 FROM proposal_versions WHERE proposal_id = $1::uuid"
            + " ORDER BY version DESC")
        .execute(Tuple.of(proposalId))
        .map(rows -> all(rows, row -> new ProposalVersion.Entry(row.getInteger(0), row.getString(1),
            row.getOffsetDateTime(2), row.getString(3), row.getDouble(4))));
  }

  private static Tuple withText(Tuple tuple, ProposalText text) {
    tuple.addString(text.title()).addString(text.language());
    for (Part part : Part.values()) {
      tuple.addString(text.sections().text(part));
    }
    return tuple;
  }

  private static ProposalText text(Row row, int first) {
    Map<Part, String> texts = new EnumMap<>(Part.class);
    for (Part part : Part.values()) {
      texts.put(part, row.getString(first + 2 + part.ordinal()));
    }
    return new ProposalText(row.getString(first), row.getString(first + 1), new Sections(texts));
  }

  private static Proposal proposal(Row row) {
    return new Proposal(row.getString(0), row.getString(1), text(row, 2), readability(row, 8),
        row.getInteger(9), row.getBoolean(10),
        new Proposal.Submitter(row.getString(11), row.getString(12), row.getString(13)),
        row.getOffsetDateTime(14), row.getOffsetDateTime(15));
  }

  private static ProposalVersion version(Row row) {
    return new ProposalVersion(row.getString(0), row.getInteger(1), text(row, 2), readability(row, 8),
        row.getOffsetDateTime(9), row.getString(10), row.getString(11));
  }

  private static ProposalReadability readability(Row row, int column) {
    return ProposalReadability.fromJson((JsonObject) row.getValue(column));
  }

  private static <T> List<T> all(RowSet<Row> rows, Function<Row, T> mapper) {
    return StreamSupport.stream(rows.spliterator(), false).map(mapper).toList();
  }
}
