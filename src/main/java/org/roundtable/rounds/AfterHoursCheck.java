package org.roundtable.rounds;

import java.util.Objects;
import java.util.Optional;

/**
 * Outcome of {@link AfterHours#check}: after hours, or the first stretch of working hours the session overlaps,
 * which the session form shows to warn the facilitator.
 */
public record AfterHoursCheck(Optional<WorkingHoursOverlap> firstOverlap) {

  public AfterHoursCheck {
    Objects.requireNonNull(firstOverlap, "firstOverlap");
  }

  public boolean afterHours() {
    return firstOverlap.isEmpty();
  }
}
