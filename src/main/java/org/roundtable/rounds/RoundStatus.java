package org.roundtable.rounds;

import java.util.Locale;
import java.util.Optional;

/** draft → open → closed → reported; nothing else. Staff open and close a round; a published summary reports it. */
public enum RoundStatus {
  DRAFT, OPEN, CLOSED, REPORTED;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static RoundStatus fromWire(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }

  /** The one move staff may make by hand from here: open a draft, close an open round. */
  public Optional<RoundStatus> staffStep() {
    return switch (this) {
      case DRAFT -> Optional.of(OPEN);
      case OPEN -> Optional.of(CLOSED);
      case CLOSED, REPORTED -> Optional.empty();
    };
  }

  /** A closed round keeps what people saw on record: its details and sessions no longer change. */
  public boolean editable() {
    return this == DRAFT || this == OPEN;
  }
}
