package org.roundtable.participants;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What a person may need to take part in a session; staff plan interpreters, captions, rooms and childcare. */
public enum AccessNeed {
  INTERPRETER, CAPTIONS, STEP_FREE, CHILDCARE;

  public static final List<String> WIRE = Arrays.stream(values()).map(AccessNeed::wire).toList();

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
