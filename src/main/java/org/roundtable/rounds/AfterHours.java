package org.roundtable.rounds;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * The after-hours rule: a session is after hours unless it overlaps 08:00–17:00, Monday to Friday,
 * in the session's own time zone. Touching an edge (ending at 08:00, starting at 17:00) is not overlapping.
 */
public final class AfterHours {
  static final LocalTime WORKDAY_START = LocalTime.of(8, 0);
  static final LocalTime WORKDAY_END = LocalTime.of(17, 0);

  private AfterHours() {}

  /** Judges a session held in {@code sessionZone}; the server's default zone plays no part. */
  public static AfterHoursCheck check(Instant start, Instant end, ZoneId sessionZone) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(sessionZone, "sessionZone");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("A session must end after it starts: " + start + " – " + end);
    }
    return new AfterHoursCheck(firstOverlap(start, end, sessionZone));
  }

  // Every local date the session touches is checked, so overnight and multi-day sessions are covered.
  private static Optional<WorkingHoursOverlap> firstOverlap(Instant start, Instant end, ZoneId zone) {
    LocalDate lastDate = end.atZone(zone).toLocalDate();
    for (LocalDate date = start.atZone(zone).toLocalDate(); !date.isAfter(lastDate); date = date.plusDays(1)) {
      if (isWeekend(date)) {
        continue;
      }
      // Compared as instants so a daylight-saving change inside the session cannot skew the result.
      Instant workStart = date.atTime(WORKDAY_START).atZone(zone).toInstant();
      Instant workEnd = date.atTime(WORKDAY_END).atZone(zone).toInstant();
      if (start.isBefore(workEnd) && end.isAfter(workStart)) {
        Instant from = start.isAfter(workStart) ? start : workStart;
        Instant until = end.isBefore(workEnd) ? end : workEnd;
        return Optional.of(new WorkingHoursOverlap(date, from.atZone(zone).toLocalTime(), until.atZone(zone).toLocalTime()));
      }
    }
    return Optional.empty();
  }

  private static boolean isWeekend(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }
}
