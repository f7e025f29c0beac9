package org.roundtable.comments;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What a comment is about. People read these as plain words (see {@link #messageKey()}). */
public enum Topic {
  FAIRNESS, PRIVACY, RELIABILITY, TRANSPARENCY, WORKLOAD, OTHER;

  public static final List<String> WIRE = Arrays.stream(values()).map(Topic::wire).toList();

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** "privacy" reads as "privacy and safety", "reliability" as "mistakes and reliability". */
  public String messageKey() {
    return "comments.topic." + wire();
  }

  public static Topic fromWire(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
