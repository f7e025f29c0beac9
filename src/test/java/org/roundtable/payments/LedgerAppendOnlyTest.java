package org.roundtable.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundtable.payments.PaymentFixtures.attended;
import static org.roundtable.payments.PaymentFixtures.ledger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.payments.PaymentFixtures.Attended;
import org.roundtable.support.TestApp;
import org.roundtable.support.TestDatabase;

/** The database itself refuses to change or remove ledger rows, whoever asks. */
class LedgerAppendOnlyTest {
  @RegisterExtension
  static final TestApp app = new TestApp();

  @Test
  void updateDeleteAndTruncateOnTheLedgerFailAtTheDatabase() {
    Attended ana = attended(app);
    String id = ledger(app, ana.id()).getJsonArray("entries").getJsonObject(0).getString("id");

    IllegalStateException update = assertThrows(IllegalStateException.class, () -> TestDatabase.execute(
        app.database(), "UPDATE payment_entries SET amount_cents = 1 WHERE id = '" + id + "'"));
    assertTrue(update.getMessage().contains("append-only"), update.getMessage());
    IllegalStateException delete = assertThrows(IllegalStateException.class, () -> TestDatabase.execute(
        app.database(), "DELETE FROM payment_entries WHERE id = '" + id + "'"));
    assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
    assertThrows(IllegalStateException.class, () -> TestDatabase.execute(app.database(),
        "TRUNCATE payment_entries CASCADE"));

    assertEquals(5000, ledger(app, ana.id()).getLong("owedCents"), "the row is as it was");
  }
}
