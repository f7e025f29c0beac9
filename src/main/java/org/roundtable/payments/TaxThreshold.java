package org.roundtable.payments;

import io.vertx.core.json.JsonObject;

/**
 * The amount paid in one calendar year from which a person needs a tax form. Without an admin's setting: USD 2,000
 * for payments made from 2026 on, USD 600 before (the US reporting threshold changed for 2026).
 */
record TaxThreshold(int year, long amountCents, String currency, boolean isDefault) {
  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2100;

  static TaxThreshold defaultFor(int year) {
    return new TaxThreshold(year, year >= 2026 ? 200_000 : 60_000, "USD", true);
  }

  boolean reachedBy(long paidCents) {
    return paidCents >= amountCents;
  }

  JsonObject toJson() {
    return new JsonObject().put("year", year).put("amountCents", amountCents).put("currency", currency)
        .put("isDefault", isDefault);
  }
}
