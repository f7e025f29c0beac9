package org.roundtable.rounds;

import java.util.Locale;
import java.util.Set;

/** draft → open → closed → reported; nothing else. */
public enum RoundStatus {
  DRAFT, OPEN, CLOSED, REPORTED;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static RoundStatus fromWire(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }

  public boolean canMoveTo(RoundStatus next) {
    return switch (this) {
      case DRAFT -> next == OPEN;
      case OPEN -> next == CLOSED;
      case CLOSED -> next == REPORTED;
      case REPORTED -> false;
    };
  }

  public Set<RoundStatus> nextSteps() {
    return switch (this) {
      case DRAFT -> Set.of(OPEN);
      case OPEN -> Set.of(CLOSED);
      case CLOSED -> Set.of(REPORTED);
      case REPORTED -> Set.of();
    };
  }
}
