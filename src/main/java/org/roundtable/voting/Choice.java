package org.roundtable.voting;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The four answers to "Should the agency go ahead?"; "do not build" is always one of them. */
public enum Choice {
  GO_AHEAD, GO_AHEAD_WITH_CHANGES, NOT_YET, DO_NOT_BUILD;

  public static final List<String> WIRE = Arrays.stream(values()).map(Choice::wire).toList();

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Choice fromWire(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
