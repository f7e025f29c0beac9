package org.roundtable.participants;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import java.time.Duration;
import java.util.UUID;
import org.roundtable.accounts.AuthTokens;
import org.roundtable.accounts.GuessThrottle;
import org.roundtable.accounts.InvitationCodes;
import org.roundtable.accounts.InvitationStore;
import org.roundtable.rounds.RoundStatus;
import org.roundtable.rounds.RoundStore;

/**
 * Letting a person in with an invitation code, the same for the page and the API. A fresh code makes a new
 * participant; a code already used signs that same participant in again (a lost or new phone), so one code is
 * always one person. New people may join only while the round is open.
 *
 * <p>Wrong codes are counted per client address and, past {@value #FREE_WRONG_CODES} in an hour, answered with
 * "wait". Right codes are never refused: a room of people behind one Wi-Fi address must all get in even after
 * someone mistyped many times. The 9-symbol codes (about 43 bits) are what makes guessing hopeless; the count
 * slows down honest mistakes and shows up attacks.
 */
final class Joining {
  static final int FREE_WRONG_CODES = 10;

  enum Result { JOINED, NOT_A_CODE, UNKNOWN, TOO_MANY, ROUND_NOT_OPEN, CODE_WITHDRAWN }

  /** {@code participant} and {@code token} are set when JOINED; {@code roundStatus} when ROUND_NOT_OPEN. */
  record Outcome(Result result, Participant participant, String token, RoundStatus roundStatus, Duration retryAfter) {
    static Outcome of(Result result) {
      return new Outcome(result, null, null, null, null);
    }
  }

  private final Pool pool;
  private final InvitationStore invitations;
  private final RoundStore rounds;
  private final ParticipantStore participants;
  private final AuthTokens tokens;
  private final GuessThrottle throttle;
  private final Pseudonyms pseudonyms = new Pseudonyms();

  Joining(Pool pool, InvitationStore invitations, RoundStore rounds, ParticipantStore participants,
          AuthTokens tokens) {
    this.pool = pool;
    this.invitations = invitations;
    this.rounds = rounds;
    this.participants = participants;
    this.tokens = tokens;
    this.throttle = new GuessThrottle(pool, FREE_WRONG_CODES);
  }

  Future<Outcome> join(String typedCode, String clientAddress, String language, AuthTokens.Kind kind) {
    if (InvitationCodes.normalize(typedCode).isEmpty()) {
      return Future.succeededFuture(Outcome.of(Result.NOT_A_CODE));
    }
    return pool.withTransaction(tx -> enter(tx, typedCode, language, kind, true)).compose(outcome -> {
      if (outcome.result() != Result.UNKNOWN) {
        return Future.succeededFuture(outcome);
      }
      String key = "join:" + clientAddress;
      return throttle.failed(key).compose(v -> throttle.waitFor(key)).map(wait -> wait
          .map(w -> new Outcome(Result.TOO_MANY, null, null, null, w))
          .orElse(outcome));
    });
  }

  private Future<Outcome> enter(SqlClient tx, String code, String language, AuthTokens.Kind kind, boolean firstTry) {
    return invitations.holder(tx, code).compose(holder -> {
      if (holder.isEmpty()) {
        return Future.succeededFuture(Outcome.of(Result.UNKNOWN));
      }
      if (holder.get().participantId() != null) {
        return participants.find(tx, holder.get().participantId()).compose(found -> found
            .map(participant -> signIn(tx, participant, kind))
            .orElseGet(() -> Future.succeededFuture(Outcome.of(Result.CODE_WITHDRAWN))));
      }
      return rounds.find(holder.get().roundId()).compose(round -> {
        RoundStatus status = round.orElseThrow().status();
        if (status != RoundStatus.OPEN) {
          return Future.succeededFuture(new Outcome(Result.ROUND_NOT_OPEN, null, null, status, null));
        }
        UUID id = UUID.randomUUID();
        return invitations.claim(tx, code, id).compose(claim -> claim.isPresent()
            ? participants.create(tx, id, claim.get(), pseudonyms.suggest(language), language)
                .compose(participant -> signIn(tx, participant, kind))
            // Someone else claimed it a moment ago (the same person on two phones): now it signs them in.
            : firstTry ? enter(tx, code, language, kind, false) : Future.succeededFuture(Outcome.of(Result.UNKNOWN)));
      });
    });
  }

  private Future<Outcome> signIn(SqlClient tx, Participant participant, AuthTokens.Kind kind) {
    return tokens.issueForParticipant(tx, participant.id(), kind)
        .map(token -> new Outcome(Result.JOINED, participant, token, null, null));
  }
}
