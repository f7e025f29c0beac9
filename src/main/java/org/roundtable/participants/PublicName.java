package org.roundtable.participants;

/**
 * How a participant appears next to what they said: their pseudonym, or, once they have withdrawn, no name at
 * all ({@code pseudonym} is then null, so it cannot be shown by mistake).
 */
public record PublicName(String pseudonym, boolean withdrawn) {
  public static final PublicName WITHDRAWN = new PublicName(null, true);
}
