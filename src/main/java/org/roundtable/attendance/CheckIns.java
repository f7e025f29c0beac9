package org.roundtable.attendance;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.roundtable.accounts.GuessThrottle;
import org.roundtable.audit.AuditLog;
import org.roundtable.participants.Participant;
import org.roundtable.participants.ParticipantStore;
import org.roundtable.rounds.RoundStatus;
import org.roundtable.rounds.RoundStore;
import org.roundtable.rounds.Session;
import org.roundtable.rounds.SessionStore;
import org.roundtable.web.Actor;
import org.roundtable.web.FieldErrors;
import org.roundtable.web.HttpProblem;

/**
 * Checking people in, by staff at the door or by the person typing the session code, the same for the pages and
 * the API. Checking in twice keeps the first check-in and says so.
 *
 * <p>Wrong session codes are counted per person (they are signed in), and past {@value #FREE_WRONG_CODES} in an
 * hour that person must wait before trying again, even with the right code; staff can still check them in. Per
 * person rather than per address: a whole room shares one Wi-Fi address, and one person's typing slips must not
 * lock the others out.
 */
final class CheckIns {
  static final int FREE_WRONG_CODES = 10;

  enum Result { CHECKED_IN, ALREADY, NOT_A_CODE, WRONG_CODE, TOO_MANY, ROUND_CLOSED, NOT_YET, OVER }

  /**
   * {@code session} is set once the code named one of their round's sessions, {@code attendee} once they are in,
   * {@code retryAfter} for TOO_MANY.
   */
  record SelfOutcome(Result result, Session session, Attendee attendee, Duration retryAfter) {
    static SelfOutcome of(Result result, Session session) {
      return new SelfOutcome(result, session, null, null);
    }

    static SelfOutcome tooMany(Duration wait) {
      return new SelfOutcome(Result.TOO_MANY, null, null, wait);
    }
  }

  record StaffOutcome(Attendee attendee, boolean already) {}

  private final Pool pool;
  private final AttendanceStore attendance;
  private final SessionCodeStore codes;
  private final SessionStore sessions;
  private final RoundStore rounds;
  private final ParticipantStore participants;
  private final AuditLog audit;
  private final GuessThrottle throttle;
  private final List<CheckInStep> steps;

  CheckIns(Pool pool, AttendanceStore attendance, SessionCodeStore codes, SessionStore sessions, RoundStore rounds,
           ParticipantStore participants, AuditLog audit, List<CheckInStep> steps) {
    this.pool = pool;
    this.attendance = attendance;
    this.codes = codes;
    this.sessions = sessions;
    this.rounds = rounds;
    this.participants = participants;
    this.audit = audit;
    this.throttle = new GuessThrottle(pool, FREE_WRONG_CODES);
    this.steps = List.copyOf(steps);
  }

  /**
   * Staff check a person of the session's round in, from an hour before it starts (409 before), also after it
   * ended. Someone unknown, of another round or who withdrew is a 400 on {@code participantId}.
   */
  Future<StaffOutcome> byStaff(Actor staff, Session session, String participantId) {
    if (CheckInWindow.of(session).at(Instant.now()) == CheckInWindow.State.NOT_YET) {
      return Future.failedFuture(HttpProblem.conflict("checkin_not_open", "attendance.error.notOpenStaff"));
    }
    return participants.find(participantId).compose(found -> {
      if (found.filter(p -> p.roundId().equals(session.roundId())).isEmpty()) {
        throw HttpProblem.invalid(new FieldErrors().add("participantId", "attendance.error.notInRound"));
      }
      return pool.withTransaction(tx -> checkIn(tx, session, participantId, CheckInMode.STAFF, staff)
          .compose(added -> (added ? audit.record(tx, staff, "attendance.checked_in", "session", session.id(),
                  new JsonObject().put("participantId", participantId)) : Future.<Void>succeededFuture())
              .compose(v -> attendance.find(tx, session.id(), participantId))
              .map(attendee -> new StaffOutcome(attendee, !added))));
    });
  }

  /** A participant typed a session code: checked in if it is their round's session and its window is open. */
  Future<SelfOutcome> bySelf(Participant me, String typed) {
    String key = "checkin:" + me.id();
    return throttle.waitFor(key).compose(wait -> {
      if (wait.isPresent()) {
        return Future.succeededFuture(SelfOutcome.tooMany(wait.get()));
      }
      if (!SessionCodeStore.looksLikeACode(typed)) {
        return Future.succeededFuture(SelfOutcome.of(Result.NOT_A_CODE, null));
      }
      return codes.sessionFor(typed)
          .compose(id -> id.isEmpty() ? Future.succeededFuture(Optional.<Session>empty()) : sessions.find(id.get()))
          .compose(found -> {
            Optional<Session> ours = found.filter(s -> s.roundId().equals(me.roundId()));
            return ours.isEmpty() ? wrongCode(key) : checkInSelf(me, ours.get(), key);
          });
    });
  }

  private Future<SelfOutcome> checkInSelf(Participant me, Session session, String key) {
    return rounds.find(session.roundId()).compose(round -> {
      if (round.orElseThrow().status() != RoundStatus.OPEN) {
        return Future.succeededFuture(SelfOutcome.of(Result.ROUND_CLOSED, session));
      }
      CheckInWindow.State state = CheckInWindow.of(session).at(Instant.now());
      if (state != CheckInWindow.State.OPEN) {
        return Future.succeededFuture(SelfOutcome.of(
            state == CheckInWindow.State.NOT_YET ? Result.NOT_YET : Result.OVER, session));
      }
      return pool.withTransaction(tx -> checkIn(tx, session, me.id(), CheckInMode.SELF, null))
          .compose(added -> throttle.succeeded(key)
              .compose(v -> attendance.find(pool, session.id(), me.id()))
              .map(attendee -> new SelfOutcome(added ? Result.CHECKED_IN : Result.ALREADY, session, attendee, null)));
    });
  }

  /** The attendance row and, only when it is new, every other feature's step, in one transaction. */
  private Future<Boolean> checkIn(SqlConnection tx, Session session, String participantId, CheckInMode how,
                                  Actor staff) {
    String staffId = staff == null ? null : staff.id();
    return attendance.checkIn(tx, session.id(), participantId, how, staffId).compose(added -> {
      Future<Void> done = Future.succeededFuture();
      if (added) {
        for (CheckInStep step : steps) {
          done = done.compose(v -> step.apply(tx, session, participantId, staff));
        }
      }
      return done.map(added);
    });
  }

  private Future<SelfOutcome> wrongCode(String key) {
    return throttle.failed(key).compose(v -> throttle.waitFor(key)).map(wait -> wait
        .map(SelfOutcome::tooMany)
        .orElse(SelfOutcome.of(Result.WRONG_CODE, null)));
  }
}
