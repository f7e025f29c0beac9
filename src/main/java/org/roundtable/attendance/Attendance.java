package org.roundtable.attendance;

import io.vertx.sqlclient.Pool;
import java.util.List;
import org.roundtable.accounts.InvitationCodes;
import org.roundtable.accounts.InvitationStore;
import org.roundtable.audit.AuditLog;
import org.roundtable.participants.HomePanel;
import org.roundtable.participants.ParticipantStore;
import org.roundtable.participants.WithdrawalStep;
import org.roundtable.rounds.RoundStore;
import org.roundtable.rounds.SessionChangeStep;
import org.roundtable.rounds.SessionStore;
import org.roundtable.web.Feature;
import org.roundtable.web.Pages;

/**
 * Seats at sessions (RSVPs with a waiting list) and check-in, wired together. DESIGN.md places attendance in
 * rounds; it is its own package because check-in must find participants, and participants already imports rounds:
 * here the arrows stay one way (attendance → participants → rounds). Participants reaches back only through the
 * {@link #homePanel()} and {@link #withdrawalStep()} it is handed, rounds through {@link #sessionChangeStep()};
 * features that build on check-in (payments) come in as {@link CheckInStep}s.
 */
public final class Attendance {
  private final List<Feature> features;
  private final HomePanel homePanel;
  private final WithdrawalStep withdrawalStep;
  private final SessionChangeStep sessionChangeStep;
  private final AttendanceStore store;

  public Attendance(Pool pool, Pages pages, SessionStore sessions, RoundStore rounds, ParticipantStore participants,
                    InvitationStore invitations, AuditLog audit, String baseUrl, List<CheckInStep> checkInSteps) {
    RsvpStore rsvps = new RsvpStore(pool);
    SessionCodeStore codes = new SessionCodeStore(pool, new InvitationCodes());
    this.store = new AttendanceStore(pool);
    Seats seats = new Seats(pool, rsvps, sessions, rounds, participants);
    CheckIns checkIns = new CheckIns(pool, store, codes, sessions, rounds, participants, audit, checkInSteps);
    this.features = List.of(
        new RsvpRoutes(seats, participants, baseUrl),
        new CheckInRoutes(checkIns, store, rsvps, codes, sessions, rounds, participants,
            new PeopleSearch(pool, participants, invitations), pages));
    this.homePanel = new SeatsHomePanel(seats, rounds, pages);
    this.withdrawalStep = seats::cancelUpcoming;
    this.sessionChangeStep = seats::fillFreedSeats;
  }

  public List<Feature> features() {
    return features;
  }

  /** Seats and the self check-in box on the participant's home page. */
  public HomePanel homePanel() {
    return homePanel;
  }

  /** Gives up a withdrawing person's seats in sessions still to come; their attendance stays. */
  public WithdrawalStep withdrawalStep() {
    return withdrawalStep;
  }

  /** When staff change a session, a larger capacity gives seats to the people waiting at once. */
  public SessionChangeStep sessionChangeStep() {
    return sessionChangeStep;
  }

  /** Who came to which session, for features that build on it (payments). */
  public AttendanceStore store() {
    return store;
  }
}
