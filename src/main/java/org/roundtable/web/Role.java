package org.roundtable.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who is calling: three staff roles and the participant. */
public enum Role {
  ADMIN,
  FACILITATOR,
  DEVELOPER,
  PARTICIPANT;

  public static final Role[] STAFF = {ADMIN, FACILITATOR, DEVELOPER};

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean isStaff() {
    return this != PARTICIPANT;
  }

  public static Optional<Role> fromWire(String value) {
    return Arrays.stream(values()).filter(r -> r.wire().equals(value)).findFirst();
  }
}
