package org.roundtable.attendance;

import java.time.Duration;
import java.time.Instant;
import org.roundtable.rounds.Session;

/**
 * When people may be checked in to a session: from an hour before it starts (people come early) until it ends.
 * Staff may still check someone in afterwards, to put right a check-in that was missed at the door.
 */
record CheckInWindow(Instant opens, Instant closes) {
  static final Duration EARLY = Duration.ofHours(1);

  enum State { NOT_YET, OPEN, OVER }

  static CheckInWindow of(Session session) {
    return new CheckInWindow(session.startsAt().minus(EARLY), session.endsAt());
  }

  State at(Instant now) {
    if (now.isBefore(opens)) {
      return State.NOT_YET;
    }
    return now.isAfter(closes) ? State.OVER : State.OPEN;
  }
}
