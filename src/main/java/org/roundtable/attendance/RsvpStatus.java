package org.roundtable.attendance;

import java.util.Locale;

/** A person's answer for a session: a seat is theirs, or they wait for one. Cancelling removes the answer. */
public enum RsvpStatus {
  GOING, WAITING;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  static RsvpStatus fromWire(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
