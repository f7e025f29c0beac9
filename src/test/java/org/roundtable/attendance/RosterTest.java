package org.roundtable.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundtable.accounts.ParticipantGroup;
import org.roundtable.participants.Participant;
import org.roundtable.rounds.Session;

class RosterTest {
  private static final Instant START = Instant.parse("2026-12-09T02:00:00Z");
  private static final Session SESSION = new Session("s", "r", START, START.plusSeconds(7200),
      ZoneId.of("America/Los_Angeles"), "Library", null, null, 2, 0, START);

  @Test
  void accessNeedsAreCountedOverThePeopleWithASeat() {
    Roster roster = Roster.of(SESSION,
        List.of(line("a", RsvpStatus.GOING, 1), line("b", RsvpStatus.GOING, 2), line("c", RsvpStatus.WAITING, 1)),
        List.of(),
        List.of(person("a", "interpreter", "captions"), person("b", "interpreter"), person("c", "childcare")));
    assertEquals(Map.of("interpreter", 2, "captions", 1, "step_free", 0, "childcare", 0), roster.needs());
    assertEquals(List.of("interpreter", "captions", "step_free", "childcare"), List.copyOf(roster.needs().keySet()),
        "always every need, in the profile's order");
    assertEquals(0, roster.placesLeft());
    assertEquals("c", roster.waiting().get(0).participantId());
  }

  @Test
  void someoneWhoLeftKeepsTheirAttendanceWithoutAName() {
    Attendee came = new Attendee("s", "gone", OffsetDateTime.now(), CheckInMode.STAFF, "staff-1");
    Roster roster = Roster.of(SESSION, List.of(), List.of(came), List.of());
    assertNull(roster.arrived().get(0).pseudonym());
    assertEquals(1, roster.toJson("K7MQ2P").getInteger("checkedIn"));
    assertTrue(roster.toJson("K7MQ2P").getJsonArray("attendees").getJsonObject(0).containsKey("pseudonym"));
  }

  private static RsvpStore.Line line(String id, RsvpStatus status, int position) {
    return new RsvpStore.Line(id, status, position);
  }

  private static Participant person(String id, String... needs) {
    return new Participant(id, "r", ParticipantGroup.COMMUNITY, "Person " + id, "en", null, List.of(needs), true,
        false, OffsetDateTime.now(), OffsetDateTime.now());
  }
}
