package org.roundtable.attendance;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.roundtable.participants.HomePanel;
import org.roundtable.participants.Participant;
import org.roundtable.rounds.RoundStatus;
import org.roundtable.rounds.RoundStore;
import org.roundtable.web.Language;
import org.roundtable.web.Pages;

/**
 * The participant's home page, per session card: places left, their seat or place on the waiting list and the
 * buttons to change it; and, while a session's check-in is open, the box to type its code. All under the model key
 * {@code attendance}: {@code cards} by session id (with a {@code notice} on the card just changed) and
 * {@code checkInOpen}.
 */
final class SeatsHomePanel implements HomePanel {
  static final String CANCELLED = "cancelled";
  private static final Set<String> NOTICES = Set.of("going", "waiting", CANCELLED);

  private final Seats seats;
  private final RoundStore rounds;
  private final Pages pages;

  SeatsHomePanel(Seats seats, RoundStore rounds, Pages pages) {
    this.seats = seats;
    this.rounds = rounds;
    this.pages = pages;
  }

  @Override
  public Future<Void> addTo(Map<String, Object> model, RoutingContext ctx, Participant participant) {
    return rounds.find(participant.roundId()).compose(round -> seats.places(participant, true).map(all -> {
      boolean open = round.orElseThrow().status() == RoundStatus.OPEN;
      Instant now = Instant.now();
      String done = ctx.request().getParam("rsvp");
      String changed = done != null && NOTICES.contains(done) ? ctx.request().getParam("session") : null;
      Map<String, Object> cards = new HashMap<>();
      boolean checkInOpen = false;
      for (SessionPlaces places : all) {
        boolean inWindow = CheckInWindow.of(places.session()).at(now) == CheckInWindow.State.OPEN;
        checkInOpen |= open && inWindow && !places.checkedIn();
        Map<String, Object> card = new HashMap<>();
        card.put("canAnswer", open && places.session().startsAt().isAfter(now));
        card.put("going", places.mine() == RsvpStatus.GOING);
        card.put("waiting", places.mine() == RsvpStatus.WAITING);
        card.put("position", places.position());
        card.put("placesLeft", places.placesLeft());
        card.put("full", places.placesLeft() == 0);
        card.put("waitingCount", places.waiting());
        card.put("checkedIn", places.checkedIn());
        if (places.session().id().equals(changed)) {
          card.put("notice", pages.messages().text(Language.of(ctx), "attendance.home.done." + done));
        }
        cards.put(places.session().id(), card);
      }
      Map<String, Object> panel = new HashMap<>();
      panel.put("cards", cards);
      panel.put("checkInOpen", checkInOpen);
      model.put("attendance", panel);
      return null;
    }));
  }
}
