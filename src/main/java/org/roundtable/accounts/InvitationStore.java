package org.roundtable.accounts;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.roundtable.db.Ids;

/** The invitations table. Codes are kept and returned in canonical form; the routes format them for people. */
public final class InvitationStore {
  /** How many codes a group has, and how many people have joined with one. */
  public record GroupCount(ParticipantGroup group, int invited, int used) {}

  /** One batch as listed on the invitations page. */
  public record BatchSummary(String id, ParticipantGroup group, OffsetDateTime createdAt, int codes, int used) {}

  /** One batch for its printable sheet: only the codes nobody has used yet are worth printing. */
  public record Batch(String id, ParticipantGroup group, List<String> unusedCodes, int used) {}

  public record Invitation(String code, ParticipantGroup group, String batchId, OffsetDateTime createdAt,
                           OffsetDateTime usedAt) {}

  /** What joining needs to know about the invitation a person has just claimed. */
  public record Claim(String invitationId, String roundId, ParticipantGroup group) {}

  /** Who holds a code: its round, and the participant who claimed it (null while nobody has). */
  public record Holder(String roundId, String participantId) {}

  /** A clash is about one in 10^10 per code; five rounds of retries only fail if the random source is broken. */
  private static final int ATTEMPTS = 5;
  private static final String INSERT = "INSERT INTO invitations (code, round_id, participant_group, batch_id, created_by) "
      + "SELECT code, $2, $3, $4, $5 FROM unnest($1::text[]) AS code ON CONFLICT (code) DO NOTHING RETURNING code";

  private final Pool pool;
  private final InvitationCodes codes;

  public InvitationStore(Pool pool, InvitationCodes codes) {
    this.pool = pool;
    this.codes = codes;
  }

  /** Makes {@code count} new codes in one batch; a code that clashes with an existing one is replaced. */
  public Future<List<String>> createBatch(SqlClient tx, String roundId, ParticipantGroup group, int count,
                                          String batchId, String staffId) {
    NewRows rows = new NewRows(UUID.fromString(roundId), group.wire(), UUID.fromString(batchId),
        UUID.fromString(staffId));
    return insertFresh(tx, rows, count, new LinkedHashSet<>(), ATTEMPTS).map(List::copyOf);
  }

  /** The columns every code of one batch shares. */
  private record NewRows(UUID roundId, String group, UUID batchId, UUID staffId) {}

  private Future<Set<String>> insertFresh(SqlClient tx, NewRows batch, int missing, Set<String> made, int attempts) {
    if (missing == 0) {
      return Future.succeededFuture(made);
    }
    if (attempts == 0) {
      return Future.failedFuture(new IllegalStateException("Invitation codes kept clashing; is the random source broken?"));
    }
    Set<String> fresh = new LinkedHashSet<>();
    while (fresh.size() < missing) {
      String code = codes.generate();
      if (!made.contains(code)) {
        fresh.add(code);
      }
    }
    return tx.preparedQuery(INSERT)
        .execute(Tuple.of(fresh.toArray(String[]::new), batch.roundId(), batch.group(), batch.batchId(), batch.staffId()))
        .compose(inserted -> {
          inserted.forEach(row -> made.add(row.getString(0)));
          return insertFresh(tx, batch, missing - inserted.rowCount(), made, attempts - 1);
        });
  }

  /** Every group, in order, with zeros where nothing was made yet. */
  public Future<List<GroupCount>> counts(String roundId) {
    return pool.preparedQuery("SELECT participant_group, count(*)::int, count(participant_id)::int FROM invitations "
            + "WHERE round_id = $1::uuid GROUP BY participant_group")
        .execute(Tuple.of(roundId))
        .map(rows -> {
          Map<ParticipantGroup, GroupCount> byGroup = new EnumMap<>(ParticipantGroup.class);
          for (ParticipantGroup group : ParticipantGroup.values()) {
            byGroup.put(group, new GroupCount(group, 0, 0));
          }
          rows.forEach(row -> {
            ParticipantGroup group = ParticipantGroup.fromWire(row.getString(0));
            byGroup.put(group, new GroupCount(group, row.getInteger(1), row.getInteger(2)));
          });
          return List.copyOf(byGroup.values());
        });
  }

  /** Newest first. */
  public Future<List<BatchSummary>> batches(String roundId) {
    return pool.preparedQuery("SELECT batch_id::text, participant_group, min(created_at), count(*)::int, "
            + "count(participant_id)::int FROM invitations WHERE round_id = $1::uuid "
            + "GROUP BY batch_id, participant_group ORDER BY min(created_at) DESC, batch_id")
        .execute(Tuple.of(roundId))
        .map(rows -> stream(rows).map(row -> new BatchSummary(row.getString(0),
            ParticipantGroup.fromWire(row.getString(1)), row.getOffsetDateTime(2), row.getInteger(3),
            row.getInteger(4))).toList());
  }

  /** Empty for an unknown or malformed batch id, or a batch of another round. */
  public Future<Optional<Batch>> batch(String roundId, String batchId) {
    if (Ids.parse(batchId).isEmpty()) {
      return Future.succeededFuture(Optional.empty());
    }
    return pool.preparedQuery("SELECT code, participant_group, participant_id IS NOT NULL FROM invitations "
            + "WHERE round_id = $1::uuid AND batch_id = $2::uuid ORDER BY code")
        .execute(Tuple.of(roundId, batchId))
        .map(rows -> {
          if (rows.size() == 0) {
            return Optional.empty();
          }
          List<String> unused = new ArrayList<>();
          int used = 0;
          ParticipantGroup group = null;
          for (Row row : rows) {
            group = ParticipantGroup.fromWire(row.getString(1));
            if (row.getBoolean(2)) {
              used++;
            } else {
              unused.add(row.getString(0));
            }
          }
          return Optional.of(new Batch(batchId, group, unused, used));
        });
  }

  /** Every code of a round, oldest batch first. */
  public Future<List<Invitation>> all(String roundId) {
    return pool.preparedQuery("SELECT code, participant_group, batch_id::text, created_at, used_at FROM invitations "
            + "WHERE round_id = $1::uuid ORDER BY created_at, batch_id, code")
        .execute(Tuple.of(roundId))
        .map(rows -> stream(rows).map(row -> new Invitation(row.getString(0),
            ParticipantGroup.fromWire(row.getString(1)), row.getString(2), row.getOffsetDateTime(3),
            row.getOffsetDateTime(4))).toList());
  }

  /**
   * Links the invitation to the person joining with it. Empty when the typed code is not a code, is unknown,
   * or was already used: of any number of people racing with one code, exactly one wins, because the row lock
   * makes each later UPDATE see the first one's participant.
   */
  public Future<Optional<Claim>> claim(SqlClient client, String typedCode, UUID participantId) {
    Optional<String> code = InvitationCodes.normalize(typedCode);
    if (code.isEmpty()) {
      return Future.succeededFuture(Optional.empty());
    }
    return client.preparedQuery("UPDATE invitations SET participant_id = $2, used_at = now() "
            + "WHERE code = $1 AND participant_id IS NULL RETURNING id::text, round_id::text, participant_group")
        .execute(Tuple.of(code.get(), participantId))
        .map(rows -> stream(rows).findFirst().map(row -> new Claim(row.getString(0), row.getString(1),
            ParticipantGroup.fromWire(row.getString(2)))));
  }

  /** Empty when the typed code is not a code or is unknown. */
  public Future<Optional<Holder>> holder(SqlClient client, String typedCode) {
    Optional<String> code = InvitationCodes.normalize(typedCode);
    if (code.isEmpty()) {
      return Future.succeededFuture(Optional.empty());
    }
    return client.preparedQuery("SELECT round_id::text, participant_id::text FROM invitations WHERE code = $1")
        .execute(Tuple.of(code.get()))
        .map(rows -> stream(rows).findFirst().map(row -> new Holder(row.getString(0), row.getString(1))));
  }

  private static Stream<Row> stream(RowSet<Row> rows) {
    return StreamSupport.stream(rows.spliterator(), false);
  }
}
