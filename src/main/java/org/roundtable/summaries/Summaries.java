package org.roundtable.summaries;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.roundtable.audit.AuditLog;
import org.roundtable.db.Ids;
import org.roundtable.rounds.Round;
import org.roundtable.rounds.RoundStore;
import org.roundtable.web.Actor;
import org.roundtable.web.FieldErrors;
import org.roundtable.web.HttpProblem;
import org.roundtable.web.Role;

/** Building a round's summary, writing findings, publishing numbered versions, and the developers' answers. */
final class Summaries {
  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  private final Pool pool;
  private final RoundStore rounds;
  private final AuditLog audit;
  private final Clock clock;

  Summaries(Pool pool, RoundStore rounds, AuditLog audit, Clock clock) {
    this.pool = pool;
    this.rounds = rounds;
    this.audit = audit;
    this.clock = clock;
  }

  Future<Round> round(String roundId) {
    if (Ids.parse(roundId).isEmpty()) {
      return Future.failedFuture(HttpProblem.notFound());
    }
    return rounds.find(roundId).map(found -> found.orElseThrow(HttpProblem::notFound));
  }

  /** The summary as it stands now; developers see only findings that have been published. */
  Future<JsonObject> current(Actor actor, String roundId) {
    return round(roundId).compose(round -> build(pool, round, actor.role() != Role.DEVELOPER));
  }

  private Future<JsonObject> build(SqlClient client, Round round, boolean withDrafts) {
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    return Future.all(SummaryQueries.figures(client, round.id()),
        SummaryStore.findings(client, round.id(), round.responseDueDays(), withDrafts, now.toInstant())).map(all -> {
          JsonObject figures = all.resultAt(0);
          return new JsonObject()
              .put("roundId", round.id())
              .put("roundTitle", round.title())
              .put("generatedAt", now.toString())
              .put("turnout", figures.getJsonObject("turnout"))
              .put("proposals", figures.getJsonArray("proposals"))
              .put("findings", all.resultAt(1));
        });
  }

  Future<String> addFinding(Actor staff, String roundId, String proposalId, String text, List<String> commentIds) {
    return round(roundId).compose(round -> pool.withTransaction(tx ->
        SummaryStore.isPublishedProposal(tx, proposalId, roundId).compose(published -> {
          if (!published) {
            throw HttpProblem.invalid(new FieldErrors().add("proposalId", "summaries.error.proposal"));
          }
          return SummaryStore.allCommentsOf(tx, commentIds, proposalId);
        }).compose(allFound -> {
          if (!allFound) {
            throw HttpProblem.invalid(new FieldErrors().add("commentIds", "summaries.error.comments"));
          }
          return SummaryStore.addFinding(tx, roundId, proposalId, text, commentIds, staff.id());
        }).compose(id -> audit.record(tx, staff, "finding.created", "finding", id,
            new JsonObject().put("roundId", roundId)).map(id))));
  }

  /**
   * Publishes the next version: the findings it is the first to contain get their due date, the rendered JSON is
   * stored as it will be served for ever, and every webhook gets an outbox row, all in one transaction.
   */
  Future<JsonObject> publish(Actor staff, String roundId) {
    return round(roundId).compose(round -> pool.withTransaction(tx ->
        SummaryStore.nextVersion(tx, roundId).compose(version -> SummaryStore.markPublished(tx, roundId)
            .compose(v -> build(tx, round, false))
            .compose(summary -> {
              OffsetDateTime at = OffsetDateTime.parse(summary.getString("generatedAt"));
              JsonObject published = new JsonObject().put("version", version).put("publishedAt", at.toString())
                  .mergeIn(summary);
              return SummaryStore.saveVersion(tx, roundId, version, published.encode(), at, staff.id())
                  .compose(v -> audit.record(tx, staff, "summary.published", "round", roundId,
                      new JsonObject().put("version", version)))
                  .map(published);
            }))));
  }

  Future<String> version(String roundId, int version) {
    return round(roundId).compose(round -> SummaryStore.version(pool, roundId, version))
        .map(found -> found.orElseThrow(HttpProblem::notFound));
  }

  Future<List<SummaryStore.VersionRef>> versions(String roundId) {
    return SummaryStore.versions(pool, roundId);
  }

  Future<List<SummaryStore.Awaiting>> published() {
    return SummaryStore.published(pool, clock.instant());
  }

  /** A developer's answer: the next version of the finding's answer, never replacing one. */
  Future<JsonObject> respond(Actor developer, String findingId, String decision, String explanation) {
    if (Ids.parse(findingId).isEmpty()) {
      return Future.failedFuture(HttpProblem.notFound());
    }
    return pool.withTransaction(tx -> SummaryStore.finding(tx, findingId).compose(found -> {
      SummaryStore.FindingRef finding = found.orElseThrow(HttpProblem::notFound);
      if (!finding.published()) {
        throw HttpProblem.conflict("not_published", "summaries.error.notPublished");
      }
      return SummaryStore.addResponse(tx, findingId, decision, explanation, developer.id(), developer.name())
          .compose(version -> audit.record(tx, developer, "finding.answered", "finding", findingId,
              new JsonObject().put("version", version).put("decision", decision))
              .map(v -> new JsonObject().put("findingId", findingId).put("roundId", finding.roundId())
                  .put("version", version).put("decision", decision).put("explanation", explanation)));
    }));
  }

  /** The round's published findings with their answers, and the titles of the proposals they are about. */
  record Outcome(Round round, io.vertx.core.json.JsonArray findings, java.util.Map<String, java.util.Map<String, String>> titles) {}

  Future<Outcome> outcome(String roundId) {
    return round(roundId).compose(round -> Future.all(
        SummaryStore.findings(pool, roundId, round.responseDueDays(), false, clock.instant()),
        SummaryStore.proposalTitles(pool, roundId)).map(all -> new Outcome(round, all.resultAt(0), all.resultAt(1))));
  }

  /** One published finding with its round (404 if unknown or not published yet). */
  Future<Map.Entry<Outcome, JsonObject>> finding(String findingId) {
    if (Ids.parse(findingId).isEmpty()) {
      return Future.failedFuture(HttpProblem.notFound());
    }
    return SummaryStore.finding(pool, findingId).compose(found -> {
      SummaryStore.FindingRef ref = found.filter(SummaryStore.FindingRef::published).orElseThrow(HttpProblem::notFound);
      return outcome(ref.roundId()).map(outcome -> Map.entry(outcome, outcome.findings().stream()
          .map(JsonObject.class::cast).filter(f -> f.getString("id").equals(findingId)).findFirst().orElseThrow()));
    });
  }

  /** The unguessable key of the round's public outcome page. */
  Future<String> outcomeKey(String roundId) {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    return SummaryStore.outcomeKey(pool, roundId, java.util.HexFormat.of().formatHex(random));
  }

  /** The outcome behind a public link (404 when the key is unknown or the round keeps its outcome private). */
  Future<Outcome> publicOutcome(String key) {
    if (key.length() != 64) {
      return Future.failedFuture(HttpProblem.notFound());
    }
    return SummaryStore.publicRound(pool, key).compose(found -> outcome(found.orElseThrow(HttpProblem::notFound)));
  }

  /** Whether an answer arrived since the participant last read them. */
  Future<Boolean> newAnswerFor(String participantId, String roundId) {
    return Future.all(SummaryStore.newestAnswer(pool, roundId), SummaryStore.answersSeen(pool, participantId))
        .map(all -> {
          Optional<OffsetDateTime> newest = all.resultAt(0);
          Optional<OffsetDateTime> seen = all.resultAt(1);
          return newest.isPresent() && (seen.isEmpty() || newest.get().isAfter(seen.get()));
        });
  }

  Future<Void> sawAnswers(String participantId) {
    return SummaryStore.sawAnswers(pool, participantId);
  }

  Optional<Integer> parseVersion(String raw) {
    try {
      int v = Integer.parseInt(raw);
      return v >= 1 ? Optional.of(v) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
