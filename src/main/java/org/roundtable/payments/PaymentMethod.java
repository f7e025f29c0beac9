package org.roundtable.payments;

import java.util.List;

/** How a person was paid, as the API and the forms spell it; {@code declined} means they chose not to be paid. */
final class PaymentMethod {
  static final String DECLINED = "declined";
  static final List<String> PAID = List.of("cash", "gift_card", "check", "prepaid_card", "bank_transfer");
  static final List<String> ALL = List.of("cash", "gift_card", "check", "prepaid_card", "bank_transfer", DECLINED);

  private PaymentMethod() {}
}
