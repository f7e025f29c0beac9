package org.roundtable.proposals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Our grades against standard tools, on passages in src/test/resources/passages. */
class ReadabilityReferenceTest {

  // Flesch-Kincaid grades from npm readability-scores 1.0.8 (retext-english sentences, syllable 4.1.0),
  // printed by npm/reference-grades.mjs. It reads "sun. They" in en-1 as one sentence ("Sun." for Sunday).
  @ParameterizedTest(name = "{0}: reference grade {1}")
  @CsvSource({
    "en-1-picture-book.txt,      -1.39",
    "en-2-park-notice.txt,        1.17",
    "en-8-recipe.txt,             2.46",
    "en-3-plain-proposal.txt,     4.61",
    "en-11-volunteer-call.txt,    7.70",
    "en-4-news.txt,               9.78",
    "en-10-council-minutes.txt,  11.90",
    "en-13-explainer.txt,        12.07",
    "en-9-science.txt,           13.48",
    "en-12-annual-report.txt,    20.49",
    "en-5-policy.txt,            21.36",
    "en-7-academic.txt,          26.23",
    "en-6-legal.txt,             26.96",
  })
  void englishGradeIsWithinOneGradeOfReferenceTool(String passage, double referenceGrade) throws IOException {
    ReadabilityReport report = Readability.analyze(read(passage), "en");

    assertEquals(referenceGrade, report.grade(), 1.0);
  }

  // Syllable totals from npm silabea 1.0.0 (a Spanish syllabifier), printed by npm/reference-grades.mjs.
  @ParameterizedTest(name = "{0}: {1} words, {2} syllables")
  @CsvSource({
    "es-1-parque.txt,     50,  96",
    "es-2-propuesta.txt,  58, 128",
    "es-3-academico.txt,  62, 178",
  })
  void spanishSyllableTotalsMatchSilabea(String passage, int words, int syllables) throws IOException {
    ReadabilityReport report = Readability.analyze(read(passage), "es");

    assertEquals(words, report.words());
    assertEquals(syllables, report.syllables());
  }

  private static String read(String passage) throws IOException {
    try (InputStream in = ReadabilityReferenceTest.class.getResourceAsStream("/passages/" + passage)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
