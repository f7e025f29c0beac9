package org.roundtable.proposals;

import java.util.List;

/**
 * How hard a text is to read.
 *
 * @param grade            school grade needed to read the text, to one decimal; {@code null} when the text has
 *                         no words
 * @param hardestSentences sentences above the target, hardest first, at most three: the ones to shorten
 */
public record ReadabilityReport(Double grade, int words, int sentences, int syllables,
                                List<SentenceReport> hardestSentences) {

  public ReadabilityReport {
    hardestSentences = List.copyOf(hardestSentences);
  }

  public boolean hasGrade() {
    return grade != null;
  }

  public boolean meetsTarget() {
    return grade != null && grade <= Readability.TARGET_GRADE;
  }
}
