package org.roundtable.proposals;

import java.util.Arrays;
import java.util.List;

/**
 * A language a proposal can be written in, with the grade formula that fits it. (Not to be confused with
 * {@code org.roundtable.web.Language}, the language a page is shown in.)
 */
enum TextLanguage {

  /** Flesch–Kincaid grade (Kincaid et al., 1975), the usual plain-language measure for English. */
  ENGLISH("en") {
    @Override
    int syllables(String word) {
      return EnglishSyllables.count(word);
    }

    @Override
    double grade(int words, int sentences, int syllables) {
      return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }
  },

  /**
   * Flesch–Kincaid's weights were fitted to English, and Spanish words have more syllables, so it overrates
   * Spanish. Crawford's formula (1984) was fitted to Spanish texts and, unlike Fernández-Huerta or
   * Szigriszt-Pazos (0-100 ease scores), gives a school grade we can hold to the same target. It was fitted
   * on primary-school texts, so grades far above 6 are an extrapolation; they still rank texts sensibly.
   */
  SPANISH("es") {
    @Override
    int syllables(String word) {
      return SpanishSyllables.count(word);
    }

    @Override
    double grade(int words, int sentences, int syllables) {
      double sentencesPer100Words = 100.0 * sentences / words;
      double syllablesPer100Words = 100.0 * syllables / words;
      return -0.205 * sentencesPer100Words + 0.049 * syllablesPer100Words - 3.407;
    }
  };

  /** The wire codes, as proposals store them. */
  static final List<String> CODES = Arrays.stream(values()).map(language -> language.code).toList();

  private final String code;

  TextLanguage(String code) {
    this.code = code;
  }

  static TextLanguage fromCode(String code) {
    return Arrays.stream(values()).filter(language -> language.code.equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unsupported language: " + code));
  }

  /** Syllables in one run of letters. */
  abstract int syllables(String word);

  abstract double grade(int words, int sentences, int syllables);
}
