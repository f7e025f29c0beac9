package org.roundtable.voting;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How a participant answers a statement. */
public enum Answer {
  AGREE, DISAGREE, UNSURE;

  public static final List<String> WIRE = Arrays.stream(values()).map(Answer::wire).toList();

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Answer fromWire(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
