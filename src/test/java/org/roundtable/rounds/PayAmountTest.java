package org.roundtable.rounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PayAmountTest {

  @ParameterizedTest(name = "\"{0}\" is {1} cents")
  @CsvSource(delimiter = '|', value = {
      "50|5000", "50.00|5000", "$50|5000", "$ 50.00|5000", " 50 |5000", "50.5|5050", "0.99|99", ".75|75",
      "0|0", "1,250.50|125050", "10,000|1000000", "50,00|5000", "7,5|750"})
  void typedAmountsBecomeIntegerCents(String typed, long cents) {
    assertEquals(OptionalLong.of(cents), PayAmount.cents(typed));
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @ValueSource(strings = {"", "fifty", "50.005", "5O", "50 dollars", "1,25,0", "12,3456", "$$50", "50.", "1e3",
      "-5", "$-5", "−5", "0x10"})
  void anythingElseIsRefused(String typed) {
    assertTrue(PayAmount.cents(typed).isEmpty());
  }

  @Test
  void negativeAmountsAreRecognisedSoTheFormCanSaySo() {
    assertTrue(PayAmount.isNegative("-5"));
    assertTrue(PayAmount.isNegative(" $-5.00"));
    assertFalse(PayAmount.isNegative("5"));
  }

  @Test
  void centsAreShownAgainWithTwoDecimals() {
    assertEquals("50.00", PayAmount.typed(5000));
    assertEquals("0.99", PayAmount.typed(99));
  }

  @Test
  void amountsAreFormattedForTheReader() {
    assertEquals("$50.00", PayAmount.format(5000, "USD", "en"));
    assertEquals("50,00 US$", PayAmount.format(5000, "USD", "es").replace('\u00a0', ' '));
  }
}
