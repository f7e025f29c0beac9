package org.roundtable.payments;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.roundtable.participants.HomePanel;
import org.roundtable.participants.Participant;
import org.roundtable.rounds.Session;
import org.roundtable.web.Language;
import org.roundtable.web.Messages;

/**
 * The participant's own money on their home page, in plain words and their language, per session they came to:
 * "You are owed $50.00 for the session on 8 December." and "$50.00 paid by gift card on 9 December." Under the
 * model key {@code payments}: {@code lines}, empty when there is nothing to say.
 */
final class BalanceHomePanel implements HomePanel {
  private final Payments payments;
  private final Messages messages;

  BalanceHomePanel(Payments payments, Messages messages) {
    this.payments = payments;
    this.messages = messages;
  }

  @Override
  public Future<Void> addTo(Map<String, Object> model, RoutingContext ctx, Participant participant) {
    String lang = Language.of(ctx);
    return payments.entriesOf(participant.id()).compose(entries -> entries.isEmpty()
        ? Future.<Void>succeededFuture()
        : payments.sessionsOf(participant.roundId()).map(sessions -> {
          model.put("payments", Map.of("lines", lines(entries, sessions, lang)));
          return null;
        }));
  }

  private List<String> lines(List<Entry> entries, List<Session> sessions, String lang) {
    DateTimeFormatter day = DateTimeFormatter.ofPattern(messages.text(lang, "payments.home.datePattern"),
        Locale.forLanguageTag(lang));
    List<String> lines = new ArrayList<>();
    for (Session session : sessions) {
      List<Entry> mine = entries.stream().filter(e -> Objects.equals(e.sessionId(), session.id())).toList();
      if (mine.isEmpty()) {
        continue;
      }
      ZoneId zone = session.timeZone();
      String on = day.format(session.startsAt().atZone(zone));
      Balance balance = Balance.of(mine);
      if (balance.outstandingCents() > 0) {
        lines.add(messages.text(lang, "payments.home.owed", money(balance.outstandingCents(), mine, lang), on));
      }
      for (Entry e : mine) {
        if (!e.live()) {
          continue;
        }
        String when = day.format(e.recordedAt().atZoneSameInstant(zone));
        if (e.kind() == EntryKind.PAID) {
          lines.add(messages.text(lang, "payments.home.paid", money(e.amountCents(), mine, lang),
              messages.text(lang, "payments.home.by." + e.method()), when));
        } else if (e.kind() == EntryKind.DECLINED) {
          lines.add(messages.text(lang, "payments.home.declined", on));
        }
      }
    }
    return lines;
  }

  private static String money(long cents, List<Entry> entries, String lang) {
    return PaymentSheet.money(cents, entries.get(0).currency(), lang);
  }
}
