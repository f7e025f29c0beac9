package org.roundtable.payments;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.roundtable.participants.ParticipantStore;

/** The CSV files for finance, per round and per calendar year, for the API and the staff pages alike. */
final class PaymentExports {
  private final Payments payments;
  private final ParticipantStore participants;

  PaymentExports(Payments payments, ParticipantStore participants) {
    this.payments = payments;
    this.participants = participants;
  }

  Future<Void> round(RoutingContext ctx, String roundId) {
    return payments.round(roundId).compose(round -> payments.forRound(round.id()))
        .compose(entries -> send(ctx, entries, "round-" + roundId + "-payments.csv"));
  }

  Future<Void> year(RoutingContext ctx, int year) {
    return payments.forYear(year).compose(entries -> send(ctx, entries, "payments-" + year + ".csv"));
  }

  private Future<Void> send(RoutingContext ctx, List<Entry> entries, String fileName) {
    return participants.publicNames(entries.stream().map(Entry::participantId).toList()).map(names -> {
      ctx.response()
          .putHeader("Content-Type", "text/csv; charset=utf-8")
          .putHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
          .putHeader("Cache-Control", "no-store")
          .end(PaymentsCsv.write(entries, names));
      return null;
    });
  }
}
