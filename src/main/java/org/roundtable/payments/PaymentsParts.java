package org.roundtable.payments;

import io.vertx.sqlclient.Pool;
import java.util.List;
import org.roundtable.attendance.AttendanceStore;
import org.roundtable.attendance.CheckInStep;
import org.roundtable.audit.AuditLog;
import org.roundtable.participants.HomePanel;
import org.roundtable.participants.ParticipantStore;
import org.roundtable.rounds.RoundStore;
import org.roundtable.rounds.SessionStore;
import org.roundtable.web.Feature;
import org.roundtable.web.Pages;

/**
 * Payments wired together: its routes, the {@link CheckInStep} that makes a check-in owed (handed to attendance)
 * and the balance on the participant's home page (handed to participants). Neither imports payments.
 */
public final class PaymentsParts {
  private final List<Feature> features;
  private final CheckInStep checkInStep;
  private final HomePanel homePanel;

  private PaymentsParts(List<Feature> features, CheckInStep checkInStep, HomePanel homePanel) {
    this.features = features;
    this.checkInStep = checkInStep;
    this.homePanel = homePanel;
  }

  /** {@code attendance} is read only: who came to which session. */
  public static PaymentsParts of(Pool pool, Pages pages, RoundStore rounds, SessionStore sessions,
                                 ParticipantStore participants, AttendanceStore attendance, AuditLog audit) {
    LedgerStore ledger = new LedgerStore(pool);
    Payments payments = new Payments(pool, ledger, participants, rounds, sessions, attendance, audit);
    TaxYears taxYears = new TaxYears(pool, ledger, new TaxStore(pool), participants, audit);
    PaymentSheet sheet = new PaymentSheet(payments, participants, pages.messages());
    PaymentExports exports = new PaymentExports(payments, participants);
    return new PaymentsParts(List.of(
        new PaymentApiRoutes(payments, taxYears, exports),
        new PaymentPageRoutes(payments, sheet, pages),
        new TaxPageRoutes(taxYears, exports, pages)),
        payments::owedOnCheckIn,
        new BalanceHomePanel(payments, pages.messages()));
  }

  public List<Feature> features() {
    return features;
  }

  /** Makes what a first check-in earns owed, in the check-in's transaction. */
  public CheckInStep checkInStep() {
    return checkInStep;
  }

  /** The participant's own balance, in plain words, on their home page. */
  public HomePanel homePanel() {
    return homePanel;
  }
}
