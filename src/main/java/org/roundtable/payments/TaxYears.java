package org.roundtable.payments;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.roundtable.audit.AuditLog;
import org.roundtable.participants.ParticipantStore;
import org.roundtable.participants.PublicName;
import org.roundtable.web.Actor;
import org.roundtable.web.HttpProblem;

/**
 * Who needs a tax form for a calendar year: everyone whose payments that year (paid rows nobody voided, in the
 * threshold's currency, by the date they were logged in UTC) reach the year's threshold. Staff note whether the
 * form came in; the threshold is an admin's setting. Both are in the audit log.
 */
final class TaxYears {
  /** One person at or over the threshold. {@code form} is empty until someone noted it. */
  record TaxPerson(String participantId, PublicName name, long paidCents, Optional<TaxStore.TaxForm> form) {}

  record TaxYear(TaxThreshold threshold, List<TaxPerson> people) {}

  private final Pool pool;
  private final LedgerStore ledger;
  private final TaxStore store;
  private final ParticipantStore participants;
  private final AuditLog audit;

  TaxYears(Pool pool, LedgerStore ledger, TaxStore store, ParticipantStore participants, AuditLog audit) {
    this.pool = pool;
    this.ledger = ledger;
    this.store = store;
    this.participants = participants;
    this.audit = audit;
  }

  /** A year as typed in a path: 2000 to 2100, else 404. */
  static int year(String typed) {
    if (typed == null || !typed.matches("\\d{4}")) {
      throw HttpProblem.notFound();
    }
    int year = Integer.parseInt(typed);
    if (year < TaxThreshold.FIRST_YEAR || year > TaxThreshold.LAST_YEAR) {
      throw HttpProblem.notFound();
    }
    return year;
  }

  static int thisYear() {
    return Year.now(ZoneOffset.UTC).getValue();
  }

  Future<TaxThreshold> threshold(int year) {
    return store.threshold(year);
  }

  Future<TaxYear> year(int year) {
    return store.threshold(year).compose(threshold -> ledger.forYear(year).compose(entries -> {
      Map<String, Long> paid = new LinkedHashMap<>();
      for (Entry e : entries) {
        if (e.live() && e.kind() == EntryKind.PAID && e.currency().equals(threshold.currency())) {
          paid.merge(e.participantId(), e.amountCents(), Long::sum);
        }
      }
      List<String> reached = paid.entrySet().stream().filter(p -> threshold.reachedBy(p.getValue()))
          .map(Map.Entry::getKey).toList();
      return participants.publicNames(reached).compose(names -> store.forms(year).map(forms -> {
        List<TaxPerson> people = new ArrayList<>();
        for (String id : reached) {
          people.add(new TaxPerson(id, names.getOrDefault(id, PublicName.WITHDRAWN), paid.get(id),
              Optional.ofNullable(forms.get(id))));
        }
        people.sort(Comparator.comparingLong(TaxPerson::paidCents).reversed());
        return new TaxYear(threshold, people);
      }));
    }));
  }

  Future<TaxThreshold> setThreshold(Actor admin, int year, long amountCents) {
    return pool.withTransaction(tx -> store.setThreshold(tx, year, amountCents, admin.id())
        .compose(v -> audit.record(tx, admin, "payments.threshold_set", "tax_year", String.valueOf(year),
            new JsonObject().put("amountCents", amountCents))))
        .compose(v -> store.threshold(year));
  }

  /** Only yes or no, with who and when; never a tax number. 404 for someone unknown. */
  Future<Void> recordForm(Actor staff, int year, String participantId, boolean received) {
    // Withdrawn people too: they may have been paid enough that year to need the form.
    return participants.publicNames(List.of(participantId)).compose(found -> {
      if (!found.containsKey(participantId)) {
        throw HttpProblem.notFound();
      }
      return pool.withTransaction(tx -> store.recordForm(tx, participantId, year, received, staff.id())
          .compose(v -> audit.record(tx, staff, "payments.tax_form", "participant", participantId,
              new JsonObject().put("year", year).put("received", received))));
    });
  }
}
