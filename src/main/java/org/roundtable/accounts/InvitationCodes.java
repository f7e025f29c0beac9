package org.roundtable.accounts;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Invitation codes such as {@code KQ7-MX3-PDA}: short to type on a phone, hard to misread, hard to guess.
 *
 * <p>The canonical form (stored, looked up, put in links) is the 9 characters without separators; the display
 * form groups them in threes, which is easy to read aloud and to hold in mind while typing.
 */
public final class InvitationCodes {
  /**
   * Digits 2-9 and upper-case letters, minus look-alikes: 0/O, 1/I/L, and also 2/Z, 5/S, 8/B, plus U (reads
   * as V on poor screens). 27 symbols, so 9 of them carry 9 × log2(27) ≈ 42.8 bits.
   */
  public static final String ALPHABET = "23456789ACDEFGHJKMNPQRTVWXY";
  public static final int LENGTH = 9;
  static final int GROUP = 3;
  private static final char SEPARATOR = '-';

  private final RandomGenerator random;

  public InvitationCodes() {
    this(new SecureRandom());
  }

  /** Tests pass a seeded generator to make codes clash on purpose; anything else uses the secure default. */
  InvitationCodes(RandomGenerator random) {
    this.random = Objects.requireNonNull(random);
  }

  /** A fresh code in canonical form. */
  public String generate() {
    return generate(LENGTH);
  }

  /** A fresh code of another length from the same alphabet (session codes are shorter: they live for hours). */
  public String generate(int length) {
    var code = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      // nextInt(bound) rejects out-of-range draws, so every symbol is equally likely.
      code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /**
   * The canonical form of what a person typed: case-insensitive, dashes and whitespace ignored. Empty if it
   * cannot be a code (wrong length, a character outside the alphabet, null).
   */
  public static Optional<String> normalize(String typed) {
    return normalize(typed, LENGTH);
  }

  /** The same for a code of {@code length} symbols. */
  public static Optional<String> normalize(String typed, int length) {
    if (typed == null) {
      return Optional.empty();
    }
    var code = new StringBuilder(length);
    for (int i = 0; i < typed.length(); i++) {
      char c = typed.charAt(i);
      if (c == SEPARATOR || Character.isWhitespace(c)) {
        continue;
      }
      // ASCII-only upper-casing: locale or Unicode case rules must not turn junk into a valid symbol.
      char upper = c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c;
      if (ALPHABET.indexOf(upper) < 0 || code.length() == length) {
        return Optional.empty();
      }
      code.append(upper);
    }
    return code.length() == length ? Optional.of(code.toString()) : Optional.empty();
  }

  /** Canonical form to display form, e.g. {@code KQ7MX3PDA} to {@code KQ7-MX3-PDA}. */
  public static String format(String canonical) {
    return format(canonical, LENGTH);
  }

  /** The same for a code of {@code length} symbols, a multiple of three. */
  public static String format(String canonical, int length) {
    if (!normalize(canonical, length).filter(canonical::equals).isPresent()) {
      throw new IllegalArgumentException("not a canonical code of " + length);
    }
    var display = new StringBuilder(canonical);
    for (int at = length - GROUP; at > 0; at -= GROUP) {
      display.insert(at, SEPARATOR);
    }
    return display.toString();
  }
}
