package org.roundtable.attendance;

import io.vertx.core.Future;
import org.roundtable.participants.Participant;
import org.roundtable.participants.ParticipantStore;
import org.roundtable.web.Actor;
import org.roundtable.web.HttpProblem;

/** The signed-in participant, still taking part (401 if they left); the route guard has seen to consent. */
final class Participation {
  private Participation() {}

  static Future<Participant> active(ParticipantStore participants, Actor actor) {
    return participants.find(actor.id()).map(found -> found.orElseThrow(HttpProblem::unauthorized));
  }
}
