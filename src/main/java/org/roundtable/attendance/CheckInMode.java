package org.roundtable.attendance;

import java.util.Locale;

/** How someone was checked in: by a staff member at the door, or by typing the session code themselves. */
public enum CheckInMode {
  STAFF, SELF;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  static CheckInMode fromWire(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
