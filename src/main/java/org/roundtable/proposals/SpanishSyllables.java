package org.roundtable.proposals;

import java.util.Locale;

/**
 * Counts syllables in Spanish words. Spanish spelling is regular enough to count vowel nuclei:
 * adjacent vowels share a syllable (diphthong, triphthong) unless both are strong (a, e, o:
 * "le-er") or one is a stressed i/u ("pa-ís"). A silent h does not separate vowels ("ahu-mar").
 */
final class SpanishSyllables {

  private static final String STRONG = "aeoáéó";
  private static final String WEAK = "iuü";
  private static final String STRESSED_WEAK = "íú";

  private SpanishSyllables() {
  }

  static int count(String word) {
    String letters = word.toLowerCase(Locale.ROOT).replace("h", "");
    int syllables = 0;
    char previous = 0; // the vowel just before, or 0 after a consonant
    for (int i = 0; i < letters.length(); i++) {
      char c = letters.charAt(i);
      // y is a vowel only at the end of a word: "hoy", "muy", "y"
      boolean vowel = isVowel(c) || (c == 'y' && i == letters.length() - 1);
      if (!vowel) {
        previous = 0;
        continue;
      }
      if (previous == 0 || startsNewSyllable(previous, c)) {
        syllables++;
      }
      previous = c;
    }
    return letters.isEmpty() ? 0 : Math.max(1, syllables);
  }

  private static boolean startsNewSyllable(char previous, char vowel) {
    boolean bothStrong = STRONG.indexOf(previous) >= 0 && STRONG.indexOf(vowel) >= 0;
    return bothStrong || STRESSED_WEAK.indexOf(previous) >= 0 || STRESSED_WEAK.indexOf(vowel) >= 0;
  }

  private static boolean isVowel(char c) {
    return STRONG.indexOf(c) >= 0 || WEAK.indexOf(c) >= 0 || STRESSED_WEAK.indexOf(c) >= 0;
  }
}
