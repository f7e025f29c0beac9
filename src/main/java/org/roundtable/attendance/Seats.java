package org.roundtable.attendance;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.time.Instant;
import java.util.List;
import org.roundtable.participants.Participant;
import org.roundtable.participants.ParticipantStore;
import org.roundtable.rounds.RoundStatus;
import org.roundtable.rounds.RoundStore;
import org.roundtable.rounds.Session;
import org.roundtable.rounds.SessionStore;
import org.roundtable.web.Actor;
import org.roundtable.web.HttpProblem;

/**
 * Saying "I will come" to a session of one's own round, and taking it back, the same for the page and the API.
 * Each change holds the session's row lock while it counts and takes seats, so a session never has more people
 * going than its capacity, however many ask at once; a seat that comes free goes to the first person waiting in
 * the same transaction. People may answer until the session starts, while the round is open.
 */
final class Seats {
  private final Pool pool;
  private final RsvpStore rsvps;
  private final SessionStore sessions;
  private final RoundStore rounds;
  private final ParticipantStore participants;

  Seats(Pool pool, RsvpStore rsvps, SessionStore sessions, RoundStore rounds, ParticipantStore participants) {
    this.pool = pool;
    this.rsvps = rsvps;
    this.sessions = sessions;
    this.rounds = rounds;
    this.participants = participants;
  }

  /** Their answer after asking: a seat, or a place in the queue; asking again changes nothing. */
  Future<RsvpStore.Answer> take(Actor actor, String sessionId) {
    return changeable(actor, sessionId).compose(me -> pool.withTransaction(tx -> lockedBeforeStart(tx, sessionId)
        .compose(session -> rsvps.moveUp(tx, List.of(session))
            .compose(v -> rsvps.take(tx, session, me.id()))
            .compose(v -> rsvps.answer(tx, sessionId, me.id()))
            .map(answer -> answer.orElseThrow()))));
  }

  /** Gives up their seat or their place in the queue; harmless if they had neither. */
  Future<Void> cancel(Actor actor, String sessionId) {
    return changeable(actor, sessionId).compose(me -> pool.withTransaction(tx -> lockedBeforeStart(tx, sessionId)
        .compose(session -> rsvps.remove(tx, sessionId, me.id()).compose(v -> rsvps.moveUp(tx, List.of(session))))));
  }

  /**
   * For withdrawing: gives up every seat and queue place in sessions still to come, moving the queues up. What
   * they answered for sessions that already took place stays, like their attendance.
   */
  Future<Void> cancelUpcoming(SqlConnection tx, String participantId) {
    return rsvps.sessionsOf(tx, participantId).compose(ids -> ids.isEmpty() ? Future.succeededFuture()
        : sessions.lockAll(tx, ids).compose(locked -> {
          Instant now = Instant.now();
          List<Session> upcoming = locked.stream().filter(s -> s.startsAt().isAfter(now)).toList();
          if (upcoming.isEmpty()) {
            return Future.succeededFuture();
          }
          return rsvps.removeAll(tx, participantId, upcoming.stream().map(Session::id).toList())
              .compose(v -> rsvps.moveUp(tx, upcoming));
        }));
  }

  /** After staff changed a session still to come: seats a larger capacity made go to the first people waiting. */
  Future<Void> fillFreedSeats(SqlConnection tx, Session saved) {
    return saved.startsAt().isAfter(Instant.now()) ? rsvps.moveUp(tx, List.of(saved)) : Future.succeededFuture();
  }

  /** The seats of the round's sessions for this person; only sessions not yet over if {@code upcomingOnly}. */
  Future<List<SessionPlaces>> places(Participant participant, boolean upcomingOnly) {
    return sessions.forRound(participant.roundId()).compose(all -> {
      Instant now = Instant.now();
      return rsvps.places(all.stream().filter(s -> !upcomingOnly || s.endsAt().isAfter(now)).toList(),
          participant.id());
    });
  }

  /** The participant, if the session is one of their open round's (404 otherwise, 409 once the round closed). */
  private Future<Participant> changeable(Actor actor, String sessionId) {
    return Participation.active(participants, actor).compose(me -> sessions.find(sessionId).compose(found -> {
      Session session = found.filter(s -> s.roundId().equals(me.roundId())).orElseThrow(HttpProblem::notFound);
      return rounds.find(session.roundId()).map(round -> {
        if (round.orElseThrow().status() != RoundStatus.OPEN) {
          throw HttpProblem.conflict("round_closed", "attendance.error.roundClosed");
        }
        return me;
      });
    }));
  }

  private Future<Session> lockedBeforeStart(SqlConnection tx, String sessionId) {
    return sessions.lock(tx, sessionId).map(found -> {
      Session session = found.orElseThrow(HttpProblem::notFound);
      if (!session.startsAt().isAfter(Instant.now())) {
        throw HttpProblem.conflict("session_started", "attendance.error.started");
      }
      return session;
    });
  }
}
