package org.roundtable.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roundtable.rounds.PayPolicy;
import org.roundtable.rounds.Session;

/** The pure rules: what rows add up to, what a session earns, the tax threshold's defaults, CSV cells. */
class BalanceTest {
  private static final OffsetDateTime AT = OffsetDateTime.parse("2026-12-08T18:00:00Z");

  @Test
  void onlyRowsNobodyVoidedCount() {
    List<Entry> rows = List.of(row(EntryKind.OWED, 5000, "s1", false), row(EntryKind.PAID, 2000, "s1", true),
        row(EntryKind.VOID, 2000, "s1", false), row(EntryKind.PAID, 1000, "s1", false),
        row(EntryKind.OWED, 5000, "s2", false), row(EntryKind.DECLINED, 5000, "s2", false));
    Balance all = Balance.of(rows);
    assertEquals(10_000, all.owedCents());
    assertEquals(1000, all.paidCents());
    assertEquals(5000, all.declinedCents());
    assertEquals(4000, all.outstandingCents());
    assertEquals(4000, Balance.forSession(rows, "s1").outstandingCents());
    assertEquals(0, Balance.forSession(rows, "s2").outstandingCents());
    assertEquals(5000, all.without(rows.get(3)).outstandingCents(), "voiding a payment owes it again");
  }

  @Test
  void perSessionPaysTheAmountAndPerHourPaysForTheLength() {
    Instant start = Instant.parse("2026-12-08T02:00:00Z");
    Session ninetyMinutes = new Session("s", "r", start, start.plus(Duration.ofMinutes(90)),
        ZoneId.of("America/Los_Angeles"), "Library", null, null, 20, 1, start);
    assertEquals(5000, PayRule.owedFor(new PayPolicy(5000, "USD", "session"), ninetyMinutes));
    assertEquals(3000, PayRule.owedFor(new PayPolicy(2000, "USD", "hour"), ninetyMinutes));
    assertEquals(1667, PayRule.owedFor(new PayPolicy(1111, "USD", "hour"), ninetyMinutes), "to the nearest cent");
  }

  @Test
  void theDefaultTaxThresholdIs600DollarsBefore2026And2000From2026() {
    assertEquals(60_000, TaxThreshold.defaultFor(2025).amountCents());
    assertEquals(200_000, TaxThreshold.defaultFor(2026).amountCents());
    assertEquals(200_000, TaxThreshold.defaultFor(2030).amountCents());
    TaxThreshold y2025 = TaxThreshold.defaultFor(2025);
    TaxThreshold y2026 = TaxThreshold.defaultFor(2026);
    assertEquals(true, y2025.reachedBy(60_000));
    assertEquals(false, y2026.reachedBy(60_000), "$600 reached the form in 2025 but not in 2026");
    assertEquals(true, y2026.reachedBy(200_000));
    assertEquals(false, y2026.reachedBy(199_999));
  }

  @Test
  void csvCellsThatLookLikeFormulasStayText() {
    assertEquals("'=HYPERLINK(\"x\")", PaymentsCsv.safe("=HYPERLINK(\"x\")"));
    assertEquals("'+1", PaymentsCsv.safe("+1"));
    assertEquals("'-1", PaymentsCsv.safe("-1"));
    assertEquals("'@SUM(A1)", PaymentsCsv.safe("@SUM(A1)"));
    assertEquals("1234", PaymentsCsv.safe("1234"));
  }

  private static Entry row(EntryKind kind, long cents, String session, boolean voided) {
    return new Entry("id-" + Math.random(), 1, "p", "r", session, kind, null, cents, "USD", null, null, null, null,
        AT, voided);
  }
}
