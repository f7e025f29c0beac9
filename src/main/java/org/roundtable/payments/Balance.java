package org.roundtable.payments;

import java.util.Collection;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What a set of ledger rows adds up to, counting only rows nobody voided. {@code outstandingCents} is what is
 * still owed: everything owed, less what was paid and what was declined.
 */
record Balance(long owedCents, long paidCents, long declinedCents) {
  static final Balance NONE = new Balance(0, 0, 0);

  static Balance of(Collection<Entry> entries) {
    return of(entries, e -> true);
  }

  static Balance of(Collection<Entry> entries, Predicate<Entry> which) {
    long owed = 0;
    long paid = 0;
    long declined = 0;
    for (Entry e : entries) {
      if (!e.live() || !which.test(e)) {
        continue;
      }
      switch (e.kind()) {
        case OWED -> owed += e.amountCents();
        case PAID -> paid += e.amountCents();
        case DECLINED -> declined += e.amountCents();
        default -> { }
      }
    }
    return new Balance(owed, paid, declined);
  }

  /** Only the rows for one session. */
  static Balance forSession(Collection<Entry> entries, String sessionId) {
    return of(entries, e -> Objects.equals(e.sessionId(), sessionId));
  }

  long outstandingCents() {
    return owedCents - paidCents - declinedCents;
  }

  /** The balance after {@code entry} stops counting (it is voided). */
  Balance without(Entry entry) {
    return switch (entry.kind()) {
      case OWED -> new Balance(owedCents - entry.amountCents(), paidCents, declinedCents);
      case PAID -> new Balance(owedCents, paidCents - entry.amountCents(), declinedCents);
      case DECLINED -> new Balance(owedCents, paidCents, declinedCents - entry.amountCents());
      case VOID -> this;
    };
  }
}
