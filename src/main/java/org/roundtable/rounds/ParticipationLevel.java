package org.roundtable.rounds;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The IAP2 spectrum. Each level carries a promise to participants (message key
 * {@code level.<wire>.promise}), shown wherever the round is.
 */
public enum ParticipationLevel {
  INFORM, CONSULT, INVOLVE, COLLABORATE, EMPOWER;

  public static final List<String> WIRE = Arrays.stream(values()).map(ParticipationLevel::wire).toList();

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
