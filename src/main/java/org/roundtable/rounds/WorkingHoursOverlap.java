package org.roundtable.rounds;

import java.time.LocalDate;
import java.time.LocalTime;

/** The part of a session that falls inside working hours on one day, in the session's local time. */
public record WorkingHoursOverlap(LocalDate date, LocalTime from, LocalTime until) {}
