package org.roundtable.proposals;

import java.util.Locale;

/** A run of text that stayed, was added or was removed; pages render ADDED as ins and REMOVED as del. */
public record DiffSegment(Kind kind, String text) {

  public enum Kind {
    SAME, ADDED, REMOVED;

    public String wire() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
