package org.roundtable.rounds;

import io.vertx.core.json.JsonObject;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.roundtable.web.Input;

/** What a person is paid for their time: integer cents, one currency per round, per session or per hour. */
public record PayPolicy(int amountCents, String currency, String per) {
  public static final List<String> PER = List.of("session", "hour");
  static final Set<String> FIELDS = Set.of("amountCents", "currency", "per");

  static PayPolicy parse(Input pay) {
    Integer amount = pay.integer("amountCents", 0, 1_000_000);
    String currency = pay.text("currency", 3);
    if (currency != null && !isCurrency(currency)) {
      pay.reject("currency", "validation.currency");
      currency = null;
    }
    String per = pay.choice("per", PER);
    return new PayPolicy(amount == null ? 0 : amount, currency, per);
  }

  public JsonObject toJson() {
    return new JsonObject().put("amountCents", amountCents).put("currency", currency).put("per", per);
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
