package org.roundtable.summaries;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Where a finding stands with the developers, worked out from dates: answered once it has an answer; overdue when its
 * due date (the round's response days after the first publish that contained it) has passed without one; else
 * awaiting. A finding never published has no due date yet.
 */
enum FindingStatus {
  AWAITING, ANSWERED, OVERDUE;

  String wire() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  static OffsetDateTime dueAt(OffsetDateTime firstPublishedAt, int responseDueDays) {
    return firstPublishedAt == null ? null
        : firstPublishedAt.withOffsetSameInstant(ZoneOffset.UTC).plus(responseDueDays, ChronoUnit.DAYS);
  }

  static FindingStatus of(boolean answered, OffsetDateTime dueAt, Instant now) {
    if (answered) {
      return ANSWERED;
    }
    return dueAt != null && now.isAfter(dueAt.toInstant()) ? OVERDUE : AWAITING;
  }
}
