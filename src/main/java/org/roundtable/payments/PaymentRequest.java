package org.roundtable.payments;

import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import org.roundtable.rounds.PayAmount;
import org.roundtable.web.Input;

/**
 * A payment (or a decline) to write: the API sends {@code amountCents}, the payment sheet sends {@code amount} as
 * typed ("50.00"). A decline carries no amount: it gives up whatever is still owed. Paid amounts must be more than
 * zero.
 */
record PaymentRequest(String participantId, String sessionId, long amountCents, String currency, String method,
                      String reference) {
  static final Set<String> FIELDS = Set.of("participantId", "sessionId", "amountCents", "currency", "method",
      "reference");
  static final int MAX_CENTS = 10_000_000;

  boolean declined() {
    return PaymentMethod.DECLINED.equals(method);
  }

  EntryKind kind() {
    return declined() ? EntryKind.DECLINED : EntryKind.PAID;
  }

  /** {@code currency} may be null (the sheet pays in the round's currency); the caller fills it in. */
  static PaymentRequest parse(Input in, String currencyIfMissing) {
    String participantId = in.text("participantId", 100);
    String sessionId = in.optionalText("sessionId", 100).orElse(null);
    String method = in.choice("method", PaymentMethod.ALL);
    String currency = currencyIfMissing != null && !in.has("currency") ? currencyIfMissing
        : in.text("currency", 3);
    if (currency != null) {
      currency = currency.toUpperCase(Locale.ROOT);
    }
    String reference = in.optionalText("reference", 100).orElse(null);
    long amount = PaymentMethod.DECLINED.equals(method) ? declinedAmount(in) : paidAmount(in);
    return new PaymentRequest(participantId, sessionId, amount, currency, method, reference);
  }

  private static long paidAmount(Input in) {
    if (in.has("amount")) {
      String typed = in.text("amount", 30);
      OptionalLong cents = typed == null ? OptionalLong.empty() : PayAmount.cents(typed);
      if (typed != null && (cents.isEmpty() || cents.getAsLong() == 0)) {
        in.reject("amount", PayAmount.isNegative(typed) || cents.isPresent()
            ? "payments.error.positive" : "payments.error.notMoney");
      }
      return cents.orElse(0);
    }
    if (!in.has("amountCents")) {
      in.reject("amountCents", "validation.required");
      return 0;
    }
    Integer cents = in.optionalInteger("amountCents", Integer.MIN_VALUE, Integer.MAX_VALUE).orElse(null);
    if (cents != null && cents <= 0) {
      in.reject("amountCents", "payments.error.positive");
    } else if (cents != null && cents > MAX_CENTS) {
      in.reject("amountCents", "validation.range", 1, MAX_CENTS);
    }
    return cents == null ? 0 : cents;
  }

  /** A decline gives up what is still owed; an amount, if sent at all, must be zero. */
  private static long declinedAmount(Input in) {
    if (in.has("amountCents")) {
      in.optionalInteger("amountCents", 0, 0);
    }
    return 0;
  }
}
