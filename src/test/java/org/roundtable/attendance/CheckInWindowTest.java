package org.roundtable.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.roundtable.attendance.CheckInWindow.State;
import org.roundtable.rounds.Session;

class CheckInWindowTest {
  private static final Instant START = Instant.parse("2026-12-09T02:00:00Z");
  private static final Session SESSION = new Session("s", "r", START, START.plusSeconds(7200),
      ZoneId.of("America/Los_Angeles"), "Library", null, null, 10, 0, START);

  @Test
  void opensAnHourBeforeTheStartAndClosesAtTheEnd() {
    CheckInWindow window = CheckInWindow.of(SESSION);
    assertEquals(State.NOT_YET, window.at(START.minusSeconds(3601)));
    assertEquals(State.OPEN, window.at(START.minusSeconds(3600)));
    assertEquals(State.OPEN, window.at(START.plusSeconds(7200)));
    assertEquals(State.OVER, window.at(START.plusSeconds(7201)));
  }
}
