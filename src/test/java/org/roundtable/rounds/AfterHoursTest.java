package org.roundtable.rounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AfterHoursTest {

  // The week of Monday 9 June 2025.
  private static final String TUESDAY = "2025-06-10";
  private static final String FRIDAY = "2025-06-13";
  private static final String SATURDAY = "2025-06-14";
  private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

  private static AfterHoursCheck check(String start, String end) {
    return check(start, end, LOS_ANGELES);
  }

  private static AfterHoursCheck check(String start, String end, ZoneId zone) {
    return AfterHours.check(
        LocalDateTime.parse(start).atZone(zone).toInstant(),
        LocalDateTime.parse(end).atZone(zone).toInstant(),
        zone);
  }

  @Test
  void weekdaySessionStartingAt1659OverlapsWorkingHours() {
    AfterHoursCheck check = check(TUESDAY + "T16:59", TUESDAY + "T18:00");

    assertFalse(check.afterHours());
    WorkingHoursOverlap overlap = check.firstOverlap().orElseThrow();
    assertEquals(DayOfWeek.TUESDAY, overlap.date().getDayOfWeek());
    assertEquals(LocalTime.of(16, 59), overlap.from());
    assertEquals(LocalTime.of(17, 0), overlap.until());
  }

  @Test
  void weekdaySessionStartingAt1700IsAfterHours() {
    assertTrue(check(TUESDAY + "T17:00", TUESDAY + "T19:00").afterHours());
  }

  @Test
  void earlySessionEndingExactlyAt0800IsAfterHours() {
    assertTrue(check(TUESDAY + "T07:00", TUESDAY + "T08:00").afterHours());
  }

  @Test
  void earlySessionRunningPast0800OverlapsWorkingHours() {
    AfterHoursCheck check = check(TUESDAY + "T07:30", TUESDAY + "T08:30");

    assertFalse(check.afterHours());
    assertEquals(LocalTime.of(8, 0), check.firstOverlap().orElseThrow().from());
    assertEquals(LocalTime.of(8, 30), check.firstOverlap().orElseThrow().until());
  }

  @Test
  void saturdayMorningIsAfterHours() {
    assertTrue(check(SATURDAY + "T10:00", SATURDAY + "T12:00").afterHours());
  }

  @Test
  void fridayAfternoonRunningIntoTheEveningOverlapsWorkingHours() {
    AfterHoursCheck check = check(FRIDAY + "T16:00", FRIDAY + "T18:00");

    assertFalse(check.afterHours());
    assertEquals(DayOfWeek.FRIDAY, check.firstOverlap().orElseThrow().date().getDayOfWeek());
  }

  @Test
  void overnightSessionFromFridayEveningIntoSaturdayIsAfterHours() {
    assertTrue(check(FRIDAY + "T20:00", SATURDAY + "T02:00").afterHours());
  }

  @Test
  void overnightSessionRunningIntoNextWorkdayMorningOverlapsWorkingHours() {
    AfterHoursCheck check = check("2025-06-09T22:00", TUESDAY + "T09:00");

    assertFalse(check.afterHours());
    WorkingHoursOverlap overlap = check.firstOverlap().orElseThrow();
    assertEquals(LocalDate.parse(TUESDAY), overlap.date());
    assertEquals(LocalTime.of(8, 0), overlap.from());
    assertEquals(LocalTime.of(9, 0), overlap.until());
  }

  @Test
  void weekendLongSessionIsAfterHours() {
    assertTrue(check(FRIDAY + "T17:00", "2025-06-16T08:00").afterHours());
  }

  @Test
  void multiDaySessionReachingMondayWorkingHoursIsNotAfterHours() {
    AfterHoursCheck check = check(FRIDAY + "T17:00", "2025-06-16T08:01");

    assertFalse(check.afterHours());
    assertEquals(DayOfWeek.MONDAY, check.firstOverlap().orElseThrow().date().getDayOfWeek());
  }

  @Test
  void sessionThatDoesNotEndAfterItStartsIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> check(TUESDAY + "T18:00", TUESDAY + "T18:00"));
  }

  /** The JVM runs in UTC here; answers must follow the session's zone, which is half a day away. */
  @Nested
  class InASessionZoneOtherThanTheServers {

    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    private TimeZone serverDefault;

    @BeforeEach
    void runServerInUtc() {
      serverDefault = TimeZone.getDefault();
      TimeZone.setDefault(TimeZone.getTimeZone(ZoneOffset.UTC));
    }

    @AfterEach
    void restoreServerZone() {
      TimeZone.setDefault(serverDefault);
    }

    @Test
    void aucklandEveningIsAfterHoursThoughItIsUtcMorning() {
      // 19:00–21:00 in Auckland (NZST, +12) is 07:00–09:00 UTC on the same Tuesday.
      assertTrue(check(TUESDAY + "T19:00", TUESDAY + "T21:00", AUCKLAND).afterHours());
    }

    @Test
    void aucklandMondayMorningOverlapsWorkingHoursThoughItIsSundayInUtc() {
      // 10:00–11:00 Monday in Auckland is 22:00–23:00 UTC on Sunday.
      AfterHoursCheck check = check("2025-06-09T10:00", "2025-06-09T11:00", AUCKLAND);

      assertFalse(check.afterHours());
      WorkingHoursOverlap overlap = check.firstOverlap().orElseThrow();
      assertEquals(DayOfWeek.MONDAY, overlap.date().getDayOfWeek());
      assertEquals(LocalTime.of(10, 0), overlap.from());
    }
  }
}
