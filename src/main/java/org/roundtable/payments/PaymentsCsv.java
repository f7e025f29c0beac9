package org.roundtable.payments;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.roundtable.participants.PublicName;

/**
 * The ledger for finance: one {@code entry} row per ledger row (voids included, each saying what it voids), then
 * {@code total} rows per currency for owed, paid, declined and still owed, counting the rows whose {@code voided}
 * is false, so the file reconciles with itself and with the balances. Text a spreadsheet would run as a formula
 * (starting with = + - @, a tab or a carriage return) is prefixed with an apostrophe.
 */
final class PaymentsCsv {
  static final List<String> HEADER = List.of("row", "entry_id", "recorded_at", "round_id", "session_id",
      "participant_id", "pseudonym", "kind", "method", "amount_cents", "currency", "reference", "voids", "reason",
      "voided");

  private PaymentsCsv() {}

  static String write(List<Entry> entries, Map<String, PublicName> names) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
        .setHeader(HEADER.toArray(String[]::new)).get())) {
      for (Entry e : entries) {
        PublicName name = names.getOrDefault(e.participantId(), PublicName.WITHDRAWN);
        csv.printRecord("entry", e.id(), e.recordedAt().toString(), e.roundId(), e.sessionId(), e.participantId(),
            name.withdrawn() ? "(withdrawn)" : safe(name.pseudonym()), e.kind().wire(), e.method(), e.amountCents(),
            e.currency(), safe(e.reference()), e.voids(), safe(e.reason()), e.voided());
      }
      // A year may span rounds in different currencies: totals per currency, never added across.
      for (String currency : new TreeSet<>(entries.stream().map(Entry::currency).toList())) {
        Balance total = Balance.of(entries, e -> e.currency().equals(currency));
        total(csv, "owed", total.owedCents(), currency);
        total(csv, "paid", total.paidCents(), currency);
        total(csv, "declined", total.declinedCents(), currency);
        total(csv, "outstanding", total.outstandingCents(), currency);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void total(CSVPrinter csv, String kind, long cents, String currency) throws IOException {
    csv.printRecord("total", null, null, null, null, null, null, kind, null, cents, currency, null, null, null,
        null);
  }

  /** Spreadsheets run a cell starting with these as a formula: keep it text. */
  static String safe(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
        ? "'" + value : value;
  }
}
