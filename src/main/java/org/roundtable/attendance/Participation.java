package org.roundtable.attendance;

import io.vertx.core.Future;
import org.roundtable.participants.Participant;
import org.roundtable.participants.ParticipantStore;
import org.roundtable.web.Actor;
import org.roundtable.web.HttpProblem;

/** The signed-in participant as this feature needs them: still taking part (401 if they left) and consented. */
final class Participation {
  private Participation() {}

  static Future<Participant> active(ParticipantStore participants, Actor actor) {
    return participants.find(actor.id()).map(found -> {
      Participant me = found.orElseThrow(HttpProblem::unauthorized);
      if (!me.hasConsented()) {
        throw HttpProblem.conflict("consent_needed", "participants.consent.needed");
      }
      return me;
    });
  }
}
