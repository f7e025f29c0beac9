package org.roundtable.proposals;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The four parts of a proposal (after the Situate AI guidebook). Each has guiding questions for the writer,
 * in the message bundle as {@code proposals.part.<wire>.q1} to {@code q<questions>}.
 */
public enum Part {
  GOALS(6), PEOPLE(4), DATA(3), RESPONSIBILITY(4);

  public static final List<String> WIRE = Arrays.stream(values()).map(Part::wire).toList();

  private final int questions;

  Part(int questions) {
    this.questions = questions;
  }

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String titleKey() {
    return "proposals.part." + wire() + ".title";
  }

  public List<String> questionKeys() {
    return IntStream.rangeClosed(1, questions).mapToObj(n -> "proposals.part." + wire() + ".q" + n).toList();
  }
}
