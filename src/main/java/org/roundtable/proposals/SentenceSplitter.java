package org.roundtable.proposals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into sentences, keeping each sentence's character range in the original text. Proposals are
 * often written as lists, so a line break also ends a sentence, unless the next line starts in lower case
 * (a wrapped sentence).
 */
final class SentenceSplitter {

  /** A sentence's range in the original text: {@code start} inclusive, {@code end} exclusive. */
  record Span(int start, int end) {
  }

  // Abbreviations (English and Spanish) whose period does not end a sentence even before a capital.
  private static final Set<String> ABBREVIATIONS = Set.of(
      "vs", "cf", "approx", "dr", "mr", "mrs", "ms", "prof", "st", "sr", "sra", "srta",
      "dra", "ud", "uds", "pág", "núm", "av", "fig");
  private static final Pattern LIST_MARKER = Pattern.compile("(?:[-*•–]|\\d{1,3}[.)]|[a-z][.)])\\s+");
  private static final String TERMINATORS = ".!?…";
  private static final String CLOSERS = "\"'”’»)]";

  private SentenceSplitter() {
  }

  static List<Span> split(String text) {
    List<Span> sentences = new ArrayList<>();
    Matcher marker = LIST_MARKER.matcher(text);
    int start = -1;
    boolean atLineStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (start < 0) {
        if (c == '\n') {
          atLineStart = true;
        }
        if (Character.isWhitespace(c)) {
          continue;
        }
        if (atLineStart && marker.region(i, text.length()).lookingAt()) {
          i = marker.end() - 1;
          atLineStart = false;
          continue;
        }
        start = i;
        atLineStart = false;
      }
      if (c == '\n' && !continuesOnNextLine(text, i)) {
        sentences.add(trimmed(text, start, i));
        start = -1;
        atLineStart = true;
      } else if (TERMINATORS.indexOf(c) >= 0) {
        int end = i + 1;
        while (end < text.length() && (TERMINATORS + CLOSERS).indexOf(text.charAt(end)) >= 0) {
          end++;
        }
        boolean atBreak = end == text.length() || Character.isWhitespace(text.charAt(end));
        if (atBreak && !(c == '.' && periodContinues(text, start, i, end))) {
          sentences.add(new Span(start, end));
          start = -1;
        }
        i = end - 1;
      }
    }
    if (start >= 0) {
      sentences.add(trimmed(text, start, text.length()));
    }
    return sentences;
  }

  /** A period after an abbreviation or an initial, or one followed by lower case, is not an ending. */
  private static boolean periodContinues(String text, int start, int period, int end) {
    int wordStart = period;
    while (wordStart > start && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
      wordStart--;
    }
    String word = text.substring(wordStart, period);
    boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
    boolean dotted = word.indexOf('.') >= 0; // e.g, i.e, U.S, p.ej
    if (initial || dotted || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))) {
      return true;
    }
    int next = end;
    while (next < text.length() && text.charAt(next) == ' ') {
      next++;
    }
    return next < text.length() && Character.isLowerCase(text.charAt(next));
  }

  /** A wrapped sentence goes on in lower case on the next line; a blank line always ends it. */
  private static boolean continuesOnNextLine(String text, int newline) {
    int next = newline + 1;
    while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
      next++;
    }
    return next < text.length() && Character.isLowerCase(text.charAt(next));
  }

  private static Span trimmed(String text, int start, int end) {
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }
}
