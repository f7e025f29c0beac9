package org.roundtable.payments;

import io.vertx.core.Future;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.roundtable.attendance.Attendee;
import org.roundtable.participants.Participant;
import org.roundtable.participants.ParticipantStore;
import org.roundtable.participants.PublicName;
import org.roundtable.rounds.PayAmount;
import org.roundtable.rounds.Round;
import org.roundtable.rounds.Session;
import org.roundtable.rounds.SessionView;
import org.roundtable.web.Messages;

/**
 * The model of one session's payment sheet, for the page and its print view: everyone who came (also who withdrew
 * since: what they are owed is still theirs), what each is owed, paid and declined for this session, their rows,
 * and their contact (staff only see these pages; a withdrawn person's contact was erased).
 */
final class PaymentSheet {
  private final Payments payments;
  private final ParticipantStore participants;
  private final Messages messages;

  PaymentSheet(Payments payments, ParticipantStore participants, Messages messages) {
    this.payments = payments;
    this.participants = participants;
    this.messages = messages;
  }

  Future<Map<String, Object>> model(Session session, String lang) {
    return payments.round(session.roundId()).compose(round -> payments.attendees(session.id())
        .compose(attendees -> {
          List<String> ids = attendees.stream().map(Attendee::participantId).toList();
          return participants.publicNames(ids).compose(names -> participants.findAll(ids)
              .compose(active -> payments.forSession(session.id())
                  .map(entries -> build(round, session, attendees, names, active, entries, lang))));
        }));
  }

  private Map<String, Object> build(Round round, Session session, List<Attendee> attendees,
                                    Map<String, PublicName> names, List<Participant> active, List<Entry> entries,
                                    String lang) {
    Map<String, Participant> byId = active.stream().collect(Collectors.toMap(Participant::id, Function.identity()));
    Map<String, List<Entry>> byPerson = entries.stream().collect(Collectors.groupingBy(Entry::participantId));
    String currency = round.pay().currency();
    List<Map<String, Object>> rows = new ArrayList<>();
    long owedTotal = 0;
    boolean anyOwed = false;
    for (Attendee attendee : attendees) {
      String id = attendee.participantId();
      List<Entry> mine = byPerson.getOrDefault(id, List.of());
      Balance balance = Balance.of(mine);
      PublicName name = names.getOrDefault(id, PublicName.WITHDRAWN);
      Participant person = byId.get(id);
      Map<String, Object> row = new HashMap<>();
      row.put("participantId", id);
      row.put("pseudonym", name.pseudonym());
      row.put("withdrawn", name.withdrawn());
      row.put("contact", person == null ? null : person.contact());
      row.put("owed", money(balance.owedCents(), currency, lang));
      row.put("paid", money(balance.paidCents(), currency, lang));
      row.put("declined", balance.declinedCents() > 0 || mine.stream()
          .anyMatch(e -> e.live() && e.kind() == EntryKind.DECLINED));
      row.put("outstanding", money(balance.outstandingCents(), currency, lang));
      row.put("isOwed", balance.outstandingCents() > 0);
      row.put("amountTyped", PayAmount.typed(balance.outstandingCents()));
      row.put("entries", mine.stream().filter(e -> e.kind() != EntryKind.VOID).map(e -> entryView(e, lang)).toList());
      rows.add(row);
      owedTotal += balance.outstandingCents();
      anyOwed |= balance.outstandingCents() > 0;
    }
    Map<String, Object> model = new HashMap<>();
    model.put("round", round);
    model.put("view", SessionView.of(session, lang, messages));
    model.put("rows", rows);
    model.put("anyOwed", anyOwed);
    model.put("owedTotal", money(owedTotal, currency, lang));
    model.put("currency", currency);
    model.put("methods", PaymentMethod.PAID);
    return model;
  }

  /** One row as the sheet and the void page show it. */
  Map<String, Object> entryView(Entry e, String lang) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", e.id());
    row.put("kindKey", "payments.kind." + e.kind().wire());
    row.put("methodKey", e.method() == null ? null : "payments.method." + e.method());
    row.put("amount", money(e.amountCents(), e.currency(), lang));
    row.put("reference", e.reference());
    row.put("at", DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.forLanguageTag(lang))
        .format(e.recordedAt()));
    row.put("voided", e.voided());
    row.put("sessionId", e.sessionId());
    row.put("roundId", e.roundId());
    return row;
  }

  static String money(long cents, String currency, String lang) {
    return PayAmount.format(cents, currency, lang);
  }
}
