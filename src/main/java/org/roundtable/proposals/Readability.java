package org.roundtable.proposals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Measures how easy one part of a plain-language proposal is to read, and which sentences to fix. */
public final class Readability {

  /** Plain-language guides ask for text an eighth grader can read. */
  public static final double TARGET_GRADE = 8.0;
  private static final int MAX_HARDEST = 3;
  // Headings and list fragments ("Accountability") get absurd per-sentence grades from one long word;
  // telling the writer to shorten them is no help, so only real sentences are named as the hardest.
  private static final int MIN_WORDS_TO_NAME = 4;

  // Pieces of a word that are said separately: runs of letters, runs of digits.
  private static final Pattern LETTERS_OR_DIGITS = Pattern.compile("[\\p{L}\\p{M}'’]+|\\p{N}+");

  private Readability() {
  }

  /** {@code language} is a {@link TextLanguage} code: "en" or "es". */
  public static ReadabilityReport analyze(String text, String language) {
    TextLanguage rules = TextLanguage.fromCode(language);
    String source = text == null ? "" : text;
    List<SentenceReport> sentences = new ArrayList<>();
    int words = 0;
    int syllables = 0;
    for (SentenceSplitter.Span span : SentenceSplitter.split(source)) {
      String sentence = source.substring(span.start(), span.end());
      Counts counts = count(sentence, rules);
      if (counts.words() > 0) {
        double grade = rules.grade(counts.words(), 1, counts.syllables());
        sentences.add(new SentenceReport(sentence, span.start(), span.end(), counts.words(), roundToTenth(grade)));
        words += counts.words();
        syllables += counts.syllables();
      }
    }
    if (words == 0) {
      return new ReadabilityReport(null, 0, 0, 0, List.of());
    }
    List<SentenceReport> hardest = sentences.stream()
        .filter(sentence -> sentence.grade() > TARGET_GRADE && sentence.words() >= MIN_WORDS_TO_NAME)
        .sorted(Comparator.comparingDouble(SentenceReport::grade).reversed())
        .limit(MAX_HARDEST)
        .toList();
    return new ReadabilityReport(roundToTenth(rules.grade(words, sentences.size(), syllables)), words,
        sentences.size(), syllables, hardest);
  }

  private record Counts(int words, int syllables) {
  }

  /** A number is read aloud, at about one syllable per digit. */
  private static Counts count(String sentence, TextLanguage rules) {
    int words = 0;
    int syllables = 0;
    int i = 0;
    while (i < sentence.length()) {
      if (!isWordCharacter(sentence.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      i = endOfWord(sentence, i);
      words++;
      Matcher piece = LETTERS_OR_DIGITS.matcher(sentence).region(start, i);
      while (piece.find()) {
        syllables += Character.isDigit(sentence.charAt(piece.start()))
            ? piece.end() - piece.start()
            : rules.syllables(piece.group());
      }
    }
    return new Counts(words, syllables);
  }

  /**
   * Where the word starting at {@code i} ends. Letters and digits joined by a hyphen or apostrophe
   * ("well-known", "don't"), by a period or comma inside a number ("3.5", "1,000") or by the periods of
   * initials ("e.g", "U.S") make one word. A plain loop rather than a regular expression: Java's regex
   * engine recurses once per repetition of a group, and a 20,000-character "a-a-a-…" would overflow the stack.
   */
  private static int endOfWord(String text, int i) {
    while (i < text.length()) {
      if (isWordCharacter(text.charAt(i))) {
        i++;
      } else if (i + 1 < text.length() && isWordCharacter(text.charAt(i + 1)) && joins(text, i)) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /** Whether the mark at {@code i}, between two word characters, holds them in one word. */
  private static boolean joins(String text, int i) {
    char c = text.charAt(i);
    boolean inNumber = (c == '.' || c == ',') && Character.isDigit(text.charAt(i - 1))
        && Character.isDigit(text.charAt(i + 1));
    return c == '-' || c == '\'' || c == '’' || inNumber || (c == '.' && isInitial(text, i - 1));
  }

  /** A single letter standing alone before a period: the "U" of "U.S.", the "g" of "e.g.". */
  private static boolean isInitial(String text, int i) {
    return Character.isLetter(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
  }

  private static boolean isWordCharacter(char c) {
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
  }

  static double roundToTenth(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
