package org.roundtable.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InvitationCodesTest {
  private static final String SYMBOL = "[" + InvitationCodes.ALPHABET + "]";
  private final InvitationCodes codes = new InvitationCodes();

  @Test
  void tenThousandGeneratedCodesAreUniqueWellFormedAndGroupedForDisplay() {
    var seen = new HashSet<String>();
    for (int i = 0; i < 10_000; i++) {
      String canonical = codes.generate();
      assertTrue(canonical.matches(SYMBOL + "{9}"), canonical);
      String display = InvitationCodes.format(canonical);
      assertTrue(display.matches(SYMBOL + "{3}-" + SYMBOL + "{3}-" + SYMBOL + "{3}"), display);
      assertEquals(Optional.of(canonical), InvitationCodes.normalize(display));
      assertTrue(seen.add(canonical), "duplicate " + canonical);
    }
  }

  @Test
  void alphabetHasNoLookAlikesOrRepeats() {
    for (char c : "0Oo1lIiBSZU".toCharArray()) {
      assertTrue(InvitationCodes.ALPHABET.indexOf(c) < 0, "contains " + c);
    }
    assertEquals(InvitationCodes.ALPHABET.length(), InvitationCodes.ALPHABET.chars().distinct().count());
  }

  @Test
  void codesCarryAtLeastFortyBitsOfRandomness() {
    BigInteger combinations = BigInteger.valueOf(InvitationCodes.ALPHABET.length()).pow(InvitationCodes.LENGTH);
    assertTrue(combinations.compareTo(BigInteger.TWO.pow(40)) >= 0, "bits: " + combinations.bitLength());
  }

  @ParameterizedTest
  @ValueSource(strings = {"KQ7-MX3-PDA", "KQ7MX3PDA", "kq7-mx3-pda", "kq7mx3pda", "Kq7 mX3 pDa", " kq7 - mx3 - pda\t",
      "K-Q-7-M-X-3-P-D-A"})
  void normalizeAcceptsLowerCaseSpacesAndDashes(String typed) {
    assertEquals(Optional.of("KQ7MX3PDA"), InvitationCodes.normalize(typed));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {
      "KQ7-MX3-PD", "KQ7-MX3-PDAA", "---", // wrong length
      "KQ7-MX3-PD0", "KQ7-MX3-PDO", "KQ7-MX3-PD1", "KQ7-MX3-PDl", "KQ7-MX3-PDI", "kq7-mx3-pdi", // look-alikes
      "KQ7_MX3_PDA", "KQ7.MX3.PDA", "KQ7-MX3-PD!", "KQ7-MX3-PDÄ", "KQ7-MX3-PDﬀ", // junk
  })
  void normalizeRejectsAnythingThatCannotBeACode(String typed) {
    assertEquals(Optional.empty(), InvitationCodes.normalize(typed));
  }

  @Test
  void formatGroupsCanonicalCodesInThreesAndRefusesAnythingElse() {
    assertEquals("KQ7-MX3-PDA", InvitationCodes.format("KQ7MX3PDA"));
    assertThrows(IllegalArgumentException.class, () -> InvitationCodes.format("kq7mx3pda"));
    assertThrows(IllegalArgumentException.class, () -> InvitationCodes.format("KQ7-MX3-PDA"));
  }
}
