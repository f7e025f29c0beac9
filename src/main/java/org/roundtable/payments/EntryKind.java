package org.roundtable.payments;

import java.util.Locale;

/** What one ledger row says: money became owed, was paid, was declined, or an earlier row was voided. */
enum EntryKind {
  OWED, PAID, DECLINED, VOID;

  String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  static EntryKind fromWire(String wire) {
    return valueOf(wire.toUpperCase(Locale.ROOT));
  }
}
