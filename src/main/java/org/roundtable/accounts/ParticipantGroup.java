package org.roundtable.accounts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Which side of the table a person sits on; invitations are made per group and participants keep it. */
public enum ParticipantGroup {
  COMMUNITY, FRONTLINE;

  public static final List<String> WIRE = Arrays.stream(values()).map(ParticipantGroup::wire).toList();

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ParticipantGroup fromWire(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
