package org.roundtable.rounds;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * An amount of money as people type it in a form ("50", "50.00", "$50", "1,250.50", or "50,5" with a decimal
 * comma) read into integer cents. Anything else, negative amounts included, is refused rather than guessed.
 * Public for payments, which reads amounts typed on the payment sheet the same way.
 */
public final class PayAmount {
  private static final Pattern PLAIN = Pattern.compile("\\d{1,9}(\\.\\d{1,2})?|\\.\\d{1,2}");
  private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d{1,2})?");
  // A comma followed by one or two digits can only be a decimal comma ("50,00"); three digits are thousands.
  private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d{1,9},\\d{1,2}");

  private PayAmount() {}

  /** The amount in cents, or empty when {@code typed} is not a plain, non-negative amount. */
  public static OptionalLong cents(String typed) {
    String amount = typed.strip();
    if (amount.startsWith("$")) {
      amount = amount.substring(1).strip();
    }
    if (THOUSANDS.matcher(amount).matches()) {
      amount = amount.replace(",", "");
    } else if (DECIMAL_COMMA.matcher(amount).matches()) {
      amount = amount.replace(',', '.');
    } else if (!PLAIN.matcher(amount).matches()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(new BigDecimal(amount).movePointRight(2).longValueExact());
  }

  /** Whether {@code typed} looks like a negative amount, so the form can say so rather than "not a number". */
  public static boolean isNegative(String typed) {
    String amount = typed.strip();
    return amount.startsWith("-") || amount.startsWith("$-") || amount.startsWith("−");
  }

  /** Cents as the form shows them again: "50.00". */
  public static String typed(long cents) {
    return BigDecimal.valueOf(cents, 2).toPlainString();
  }

  /** For reading: "$50.00" in English, "50,00 US$" in Spanish. */
  public static String format(long cents, String currency, String lang) {
    NumberFormat format = NumberFormat.getCurrencyInstance(Locale.forLanguageTag(lang));
    format.setCurrency(Currency.getInstance(currency));
    return format.format(BigDecimal.valueOf(cents, 2));
  }
}
