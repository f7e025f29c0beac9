package org.roundtable.rounds;

import io.vertx.core.json.JsonObject;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import org.roundtable.web.Input;
import org.roundtable.web.Messages;

/** What a person is paid for their time: integer cents, one currency per round, per session or per hour. */
public record PayPolicy(int amountCents, String currency, String per) {
  public static final List<String> PER = List.of("session", "hour");
  static final Set<String> FIELDS = Set.of("amountCents", "currency", "per");
  static final int MAX_CENTS = 1_000_000;

  /** The API sends {@code amountCents}; the form sends {@code amount} as typed ("50.00"). */
  static PayPolicy parse(Input pay) {
    Integer amount = pay.has("amount") ? typedAmount(pay) : pay.integer("amountCents", 0, MAX_CENTS);
    String currency = pay.text("currency", 3);
    if (currency != null) {
      currency = currency.toUpperCase(Locale.ROOT);
    }
    if (currency != null && !isCurrency(currency)) {
      pay.reject("currency", "validation.currency");
      currency = null;
    }
    String per = pay.choice("per", PER);
    return new PayPolicy(amount == null ? 0 : amount, currency, per);
  }

  /** "$50.00 per session", in the reader's language. */
  public String describe(String lang, Messages messages) {
    return messages.text(lang, "rounds.pay.per." + per, PayAmount.format(amountCents, currency, lang));
  }

  public JsonObject toJson() {
    return new JsonObject().put("amountCents", amountCents).put("currency", currency).put("per", per);
  }

  private static Integer typedAmount(Input pay) {
    String typed = pay.text("amount", 30);
    if (typed == null) {
      return null;
    }
    OptionalLong cents = PayAmount.cents(typed);
    if (cents.isEmpty()) {
      pay.reject("amount", PayAmount.isNegative(typed) ? "rounds.pay.negative" : "rounds.pay.notMoney");
      return null;
    }
    if (cents.getAsLong() > MAX_CENTS) {
      pay.reject("amount", "rounds.pay.tooMuch", PayAmount.typed(MAX_CENTS));
      return null;
    }
    return (int) cents.getAsLong();
  }

  private static boolean isCurrency(String code) {
    if (!code.matches("[A-Z]{3}")) {
      return false;
    }
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
