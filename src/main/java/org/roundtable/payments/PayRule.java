package org.roundtable.payments;

import java.time.Duration;
import org.roundtable.rounds.PayPolicy;
import org.roundtable.rounds.Session;

/** What one attended session earns under a round's pay policy, in integer cents. */
final class PayRule {
  private PayRule() {}

  /** Per session: the amount. Per hour: the amount for each hour of the session's length, to the nearest cent. */
  static long owedFor(PayPolicy policy, Session session) {
    if ("hour".equals(policy.per())) {
      long minutes = Duration.between(session.startsAt(), session.endsAt()).toMinutes();
      return (policy.amountCents() * minutes + 30) / 60;
    }
    return policy.amountCents();
  }
}
