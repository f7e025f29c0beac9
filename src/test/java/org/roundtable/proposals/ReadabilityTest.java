package org.roundtable.proposals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadabilityTest {

  @Test
  void shortPlainSentencesScoreBelowGradeEight() {
    ReadabilityReport report = Readability.analyze("We fix the park. Kids can play. Vote yes.", "en");

    assertTrue(report.grade() < 8.0);
    assertTrue(report.meetsTarget());
    assertEquals(8.0, Readability.TARGET_GRADE);
    assertEquals(List.of(), report.hardestSentences());
  }

  @Test
  void gradeFollowsFleschKincaidFormulaRoundedToOneDecimal() {
    ReadabilityReport report = Readability.analyze("The cat sat on the mat. It was a sunny day.", "en");

    assertEquals(11, report.words());
    assertEquals(2, report.sentences());
    assertEquals(12, report.syllables());
    // 0.39 * 11/2 + 11.8 * 12/11 - 15.59 = -0.575...
    assertEquals(-0.6, report.grade());
  }

  @Test
  void blankTextHasNoGrade() {
    ReadabilityReport report = Readability.analyze(" \n\t ", "en");

    assertFalse(report.hasGrade());
    assertNull(report.grade());
    assertFalse(report.meetsTarget());
    assertEquals(0, report.words());
    assertEquals(0, report.sentences());
  }

  @Test
  void sentenceOffsetsPointAtTheSentenceInTheOriginalText() {
    String text = "Short one. Notwithstanding the aforementioned considerations, the municipal administration "
        + "shall evaluate comprehensive infrastructure alternatives systematically. Done.";

    SentenceReport hard = Readability.analyze(text, "en").hardestSentences().get(0);

    assertEquals(text.indexOf("Notwithstanding"), hard.start());
    assertEquals(text.indexOf(" Done."), hard.end());
    assertEquals(text.substring(hard.start(), hard.end()), hard.text());
    assertEquals(13, hard.words());
  }

  @Test
  void hardestSentencesComeFirstAndAreCappedAtThree() {
    String text = "The council considered extraordinarily complicated administrative regulations. "
        + "Residents appreciated the opportunity to participate in deliberations regarding municipal "
        + "infrastructure investment priorities for the upcoming fiscal period. "
        + "Go home. "
        + "Comprehensive environmental evaluations necessitate interdisciplinary collaboration. "
        + "Organizational accountability mechanisms were substantially reconsidered.";

    List<SentenceReport> hardest = Readability.analyze(text, "en").hardestSentences();

    // Long words weigh more than length: the six-word sentences of long words are hardest.
    assertEquals(List.of("Comprehensive", "Organizational", "The"),
        hardest.stream().map(sentence -> sentence.text().split(" ")[0]).toList());
    assertTrue(hardest.get(0).grade() > hardest.get(1).grade());
    assertTrue(hardest.get(1).grade() > hardest.get(2).grade());
  }

  @Test
  void textWithoutFinalPeriodStillCountsItsLastSentence() {
    ReadabilityReport report = Readability.analyze("We want a new park. It should have trees  \n", "en");

    assertEquals(2, report.sentences());
    assertEquals(9, report.words());
  }

  @Test
  void abbreviationsAndDecimalNumbersDoNotEndSentences() {
    String text = "Dr. Smith asked for more trees, e.g. oaks and maples. The plan costs 3.5 million. "
        + "It was drafted in the U.S. by J. Rivera.";

    ReadabilityReport report = Readability.analyze(text, "en");

    assertEquals(3, report.sentences());
  }

  @Test
  void lineBreaksAndListItemsEndSentences() {
    String text = "Goals\n- plant trees\n- fix the swings\n1. Ask the city\nThis line is wrapped\nin the middle.";

    ReadabilityReport report = Readability.analyze(text, "en");

    assertEquals(5, report.sentences());
    assertEquals(16, report.words());
  }

  @Test
  void hyphenatedAndNumericTokensCountAsOneWordEach() {
    ReadabilityReport report = Readability.analyze("A well-known plan costs 1,000 dollars in 2025.", "en");

    // A, well-known, plan, costs, 1,000, dollars, in, 2025
    assertEquals(8, report.words());
  }

  @Test
  void spanishUsesCrawfordFormula() {
    ReadabilityReport report = Readability.analyze("La casa es grande. El perro come pan.", "es");

    assertEquals(8, report.words());
    assertEquals(2, report.sentences());
    assertEquals(12, report.syllables());
    // -0.205 * 25 + 0.049 * 150 - 3.407 = -1.182
    assertEquals(-1.2, report.grade());
  }

  @Test
  void spanishAcademicProseScoresHarderThanPlainSpanish() {
    double plain = Readability.analyze("Queremos un parque nuevo. Tendrá árboles y bancos. Vota sí.", "es").grade();
    double academic = Readability.analyze("La implementación de mecanismos participativos institucionalizados "
        + "contribuye significativamente a la legitimidad democrática de las administraciones municipales.",
        "es").grade();

    assertTrue(plain < 8.0);
    assertTrue(academic > 8.0);
  }

  @Test
  void unknownLanguageIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> Readability.analyze("Hallo Welt.", "de"));
  }

  @Test
  void headingsAndShortFragmentsAreNotNamedAsHardSentences() {
    String text = "Accountability\nThe organizational infrastructure modernization initiative was unanimously approved.";

    List<SentenceReport> hardest = Readability.analyze(text, "en").hardestSentences();

    assertEquals(1, hardest.size());
    assertTrue(hardest.get(0).text().startsWith("The organizational"));
  }

  @Test
  void longRunsOfJoinedCharactersAreCountedWithoutOverflowingTheStack() {
    ReadabilityReport report = Readability.analyze("a-".repeat(10_000) + "a. " + "e.g.".repeat(5_000), "en");

    assertEquals(2, report.words());
  }
}
