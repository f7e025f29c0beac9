package org.roundtable.payments;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.roundtable.attendance.AttendanceStore;
import org.roundtable.attendance.Attendee;
import org.roundtable.audit.AuditLog;
import org.roundtable.participants.ParticipantStore;
import org.roundtable.rounds.Round;
import org.roundtable.rounds.RoundStore;
import org.roundtable.rounds.Session;
import org.roundtable.rounds.SessionStore;
import org.roundtable.web.Actor;
import org.roundtable.web.FieldErrors;
import org.roundtable.web.HttpProblem;
import org.roundtable.web.Role;

/**
 * Writing to the ledger and reading balances, the same for the API and the payment sheet. Each write runs in one
 * transaction with its audit entry, under a lock on the person's ledger, so the checks ("not more than is owed",
 * "not voided yet") and the write cannot race, and the same idempotency key twice finds the first row.
 *
 * <p>Paying more than is still owed is refused (409 {@code more_than_owed}): with a session, more than is owed for
 * that session; without, more than is owed for the round. Overpayments are how ledgers stop reconciling.
 */
final class Payments {
  /** A write's row, and whether it was there already (a retry). */
  record Recorded(Entry entry, boolean replayed) {}

  /** One person's rows and what they add up to. */
  record Ledger(String participantId, List<Entry> entries, Balance balance) {}

  private final Pool pool;
  private final LedgerStore ledger;
  private final ParticipantStore participants;
  private final RoundStore rounds;
  private final SessionStore sessions;
  private final AttendanceStore attendance;
  private final AuditLog audit;

  Payments(Pool pool, LedgerStore ledger, ParticipantStore participants, RoundStore rounds, SessionStore sessions,
           AttendanceStore attendance, AuditLog audit) {
    this.pool = pool;
    this.ledger = ledger;
    this.participants = participants;
    this.rounds = rounds;
    this.sessions = sessions;
    this.attendance = attendance;
    this.audit = audit;
  }

  // ---- reading

  /** Staff read anyone's; a participant only their own (404 for anyone else, as for an unknown id). */
  Future<Ledger> ledgerOf(Actor reader, String participantId) {
    if (reader.role() == Role.PARTICIPANT && !reader.id().equals(participantId)) {
      return Future.failedFuture(HttpProblem.notFound());
    }
    return roundOfPerson(participantId).compose(round -> {
      if (round.isEmpty()) {
        throw HttpProblem.notFound();
      }
      return ledger.forParticipant(participantId)
          .map(entries -> new Ledger(participantId, entries, Balance.of(entries)));
    });
  }

  /**
   * The round a person takes part in. Someone who withdrew is no longer found among participants, but what they
   * were owed is still theirs: their round is then the one their ledger rows name.
   */
  private Future<Optional<String>> roundOfPerson(String participantId) {
    return participants.find(participantId).compose(found -> found.isPresent()
        ? Future.succeededFuture(Optional.of(found.get().roundId()))
        : ledger.forParticipantIfId(participantId).map(entries -> entries.stream().map(Entry::roundId).findFirst()));
  }

  /** A person's own rows, for their home page. */
  Future<List<Entry>> entriesOf(String participantId) {
    return ledger.forParticipant(participantId);
  }

  Future<Entry> entry(String id) {
    return ledger.find(pool, id).map(found -> found.orElseThrow(HttpProblem::notFound));
  }

  Future<Round> round(String roundId) {
    return rounds.find(roundId).map(found -> found.orElseThrow(HttpProblem::notFound));
  }

  Future<Session> session(String sessionId) {
    return sessions.find(sessionId).map(found -> found.orElseThrow(HttpProblem::notFound));
  }

  Future<List<Session>> sessionsOf(String roundId) {
    return sessions.forRound(roundId);
  }

  Future<List<Entry>> forSession(String sessionId) {
    return ledger.forSession(sessionId);
  }

  Future<List<Entry>> forRound(String roundId) {
    return ledger.forRound(roundId);
  }

  Future<List<Entry>> forYear(int year) {
    return ledger.forYear(year);
  }

  Future<List<Attendee>> attendees(String sessionId) {
    return attendance.attendees(sessionId);
  }

  // ---- paying and declining

  /** Writes a payment or a decline once per {@code key} (scoped to the staff member who sent it). */
  Future<Recorded> record(Actor staff, PaymentRequest request, String key) {
    return roundOfPerson(request.participantId()).compose(found -> {
      String roundId = found.orElseThrow(() -> fieldError("participantId", "payments.error.unknownPerson"));
      return round(roundId).compose(round -> checkSession(round, request)
          .compose(v -> checkAttended(request))
          .compose(v -> {
            if (!round.pay().currency().equals(request.currency())) {
              throw HttpProblem.invalid(new FieldErrors().add("currency", "payments.error.currency",
                  round.pay().currency()));
            }
            String scoped = staff.id() + ":" + key;
            return pool.withTransaction(tx -> ledger.lock(tx, request.participantId())
                .compose(locked -> ledger.byKey(tx, scoped))
                .compose(existing -> existing.isPresent() ? replay(existing.get(), request)
                    : write(tx, staff, round, request, scoped)));
          }));
    });
  }

  private Future<Void> checkSession(Round round, PaymentRequest request) {
    if (request.sessionId() == null) {
      return Future.succeededFuture();
    }
    return sessions.find(request.sessionId()).map(found -> {
      if (found.filter(s -> s.roundId().equals(round.id())).isEmpty()) {
        throw fieldError("sessionId", "payments.error.unknownSession");
      }
      return null;
    });
  }

  /** With a session: they came to it. Without: they came to at least one session. */
  private Future<Void> checkAttended(PaymentRequest request) {
    return attendance.sessionsAttendedBy(request.participantId()).map(came -> {
      boolean attended = request.sessionId() == null ? !came.isEmpty() : came.contains(request.sessionId());
      if (!attended) {
        throw HttpProblem.conflict("not_attended", request.sessionId() == null
            ? "payments.error.neverAttended" : "payments.error.notAtSession");
      }
      return null;
    });
  }

  private static Future<Recorded> replay(Entry existing, PaymentRequest request) {
    boolean same = existing.participantId().equals(request.participantId())
        && Objects.equals(existing.sessionId(), request.sessionId())
        && existing.kind() == request.kind()
        && Objects.equals(existing.method(), request.method())
        && (request.declined() || existing.amountCents() == request.amountCents());
    if (!same) {
      throw HttpProblem.conflict("idempotency_key_reused", "payments.error.keyReused");
    }
    return Future.succeededFuture(new Recorded(existing, true));
  }

  private Future<Recorded> write(SqlConnection tx, Actor staff, Round round, PaymentRequest request, String key) {
    return ledger.forParticipant(tx, request.participantId()).compose(entries -> {
      long stillOwed = stillOwed(entries, round.id(), request.sessionId());
      long amount = request.declined() ? stillOwed : request.amountCents();
      if (request.declined() && stillOwed <= 0) {
        throw HttpProblem.conflict("nothing_owed", "payments.error.nothingOwed");
      }
      if (!request.declined() && amount > stillOwed) {
        throw HttpProblem.conflict("more_than_owed", "payments.error.moreThanOwed");
      }
      LedgerStore.NewEntry entry = new LedgerStore.NewEntry(request.participantId(), round.id(),
          request.sessionId(), request.kind(), request.method(), amount, round.pay().currency(),
          request.reference(), null, null, key, staff.id());
      return insertAudited(tx, staff, entry, "payments." + request.kind().wire()).map(e -> new Recorded(e, false));
    });
  }

  /** Owed for the round, and with a session no more than is owed for that session. */
  private static long stillOwed(List<Entry> entries, String roundId, String sessionId) {
    List<Entry> ofRound = entries.stream().filter(e -> e.roundId().equals(roundId)).toList();
    long forRound = Balance.of(ofRound).outstandingCents();
    return sessionId == null ? forRound : Math.min(forRound, Balance.forSession(ofRound, sessionId).outstandingCents());
  }

  /**
   * Everyone at the session who is still owed for it is paid that amount by {@code method}, in one transaction
   * with one audit entry. Sending the same form again pays nobody twice (each row's key is the form's key plus
   * the person).
   */
  Future<List<Entry>> payAll(Actor staff, Session session, String method, String key) {
    if (!PaymentMethod.PAID.contains(method)) {
      return Future.failedFuture(fieldError("method", "validation.choice", String.join(", ", PaymentMethod.PAID)));
    }
    return round(session.roundId()).compose(round -> attendance.attendees(session.id()).compose(attendees -> {
      List<String> people = attendees.stream().map(Attendee::participantId).sorted().toList();
      return pool.withTransaction(tx -> {
        List<Entry> paid = new ArrayList<>();
        Future<Void> done = Future.succeededFuture();
        for (String person : people) {
          // Sorted, so two sheets paying at once take the locks in the same order.
          done = done.compose(v -> payOne(tx, staff, round, session, person, method, key + ":" + person))
              .map(made -> {
                made.ifPresent(paid::add);
                return null;
              });
        }
        return done.compose(v -> paid.isEmpty() ? Future.succeededFuture(paid)
            : audit.record(tx, staff, "payments.all_paid", "session", session.id(), new JsonObject()
                .put("method", method).put("entries", new JsonArray(paid.stream().map(Entry::id).toList()))
                .put("totalCents", paid.stream().mapToLong(Entry::amountCents).sum())).map(paid));
      });
    }));
  }

  private Future<Optional<Entry>> payOne(SqlConnection tx, Actor staff, Round round, Session session,
                                         String person, String method, String key) {
    String scoped = staff.id() + ":" + key;
    return ledger.lock(tx, person).compose(v -> ledger.byKey(tx, scoped)).compose(existing -> {
      if (existing.isPresent()) {
        return Future.succeededFuture(Optional.<Entry>empty());
      }
      return ledger.forParticipant(tx, person).compose(entries -> {
        long owed = stillOwed(entries, round.id(), session.id());
        if (owed <= 0) {
          return Future.succeededFuture(Optional.<Entry>empty());
        }
        return ledger.insertOnce(tx, new LedgerStore.NewEntry(person, round.id(), session.id(), EntryKind.PAID,
            method, owed, round.pay().currency(), null, null, null, scoped, staff.id()));
      });
    });
  }

  // ---- voiding

  /**
   * Reverses one row with a reason: a new void row, nothing changed. Voiding twice is a 409; so is voiding what
   * was owed while payments against it stand (void the payment first). The same key again answers the first void.
   */
  Future<Recorded> voidEntry(Actor staff, String entryId, String reason, String key) {
    return ledger.find(pool, entryId).compose(found -> {
      Entry target = found.orElseThrow(HttpProblem::notFound);
      // Without a key a second void cannot be told from a retry: it is refused as voiding twice (409).
      String scoped = staff.id() + ":" + (key == null ? "void-" + UUID.randomUUID() : key);
      return pool.withTransaction(tx -> ledger.lock(tx, target.participantId())
          .compose(v -> ledger.byKey(tx, scoped))
          .compose(existing -> {
            if (existing.isPresent()) {
              if (!target.id().equals(existing.get().voids())) {
                throw HttpProblem.conflict("idempotency_key_reused", "payments.error.keyReused");
              }
              return Future.succeededFuture(new Recorded(existing.get(), true));
            }
            return voidOnce(tx, staff, target, reason, scoped);
          }));
    });
  }

  private Future<Recorded> voidOnce(SqlConnection tx, Actor staff, Entry target, String reason, String key) {
    if (target.kind() == EntryKind.VOID) {
      throw HttpProblem.conflict("cannot_void_void", "payments.error.voidOfVoid");
    }
    return ledger.voidOf(tx, target.id()).compose(already -> {
      if (already.isPresent()) {
        throw HttpProblem.conflict("already_voided", "payments.error.alreadyVoided");
      }
      return ledger.forParticipant(tx, target.participantId());
    }).compose(entries -> {
      List<Entry> ofRound = entries.stream().filter(e -> e.roundId().equals(target.roundId())).toList();
      boolean overpaid = Balance.of(ofRound).without(target).outstandingCents() < 0
          || (target.sessionId() != null
              && Balance.forSession(ofRound, target.sessionId()).without(target).outstandingCents() < 0);
      if (overpaid) {
        throw HttpProblem.conflict("void_payment_first", "payments.error.voidPaymentFirst");
      }
      return insertAudited(tx, staff, new LedgerStore.NewEntry(target.participantId(), target.roundId(),
          target.sessionId(), EntryKind.VOID, null, target.amountCents(), target.currency(), null, target.id(),
          reason, key, staff.id()), "payments.voided").map(e -> new Recorded(e, false));
    });
  }

  // ---- owed on check-in

  /** What a first check-in makes owed under the round's pay policy, once per person and session. */
  Future<Void> owedOnCheckIn(SqlConnection tx, Session session, String participantId, Actor staff) {
    return round(session.roundId()).compose(round -> {
      long amount = PayRule.owedFor(round.pay(), session);
      if (amount <= 0) {
        return Future.succeededFuture();
      }
      LedgerStore.NewEntry owed = new LedgerStore.NewEntry(participantId, round.id(), session.id(), EntryKind.OWED,
          null, amount, round.pay().currency(), null, null, null, "owed:" + session.id() + ":" + participantId,
          staff == null ? null : staff.id());
      return ledger.insertOnce(tx, owed).compose(made -> made.isEmpty() || staff == null
          ? Future.<Void>succeededFuture()
          : audit.record(tx, staff, "payments.owed", "payment", made.get().id(), details(made.get())));
    });
  }

  private Future<Entry> insertAudited(SqlConnection tx, Actor staff, LedgerStore.NewEntry entry, String action) {
    return ledger.insertOnce(tx, entry).compose(made -> {
      Entry e = made.orElseThrow(() -> HttpProblem.conflict("idempotency_key_reused", "payments.error.keyReused"));
      return audit.record(tx, staff, action, "payment", e.id(), details(e)).map(e);
    });
  }

  private static JsonObject details(Entry e) {
    return new JsonObject().put("participantId", e.participantId()).put("sessionId", e.sessionId())
        .put("kind", e.kind().wire()).put("method", e.method()).put("amountCents", e.amountCents())
        .put("currency", e.currency()).put("voids", e.voids()).put("reason", e.reason());
  }

  private static HttpProblem fieldError(String field, String key, Object... args) {
    return HttpProblem.invalid(new FieldErrors().add(field, key, args));
  }
}
