package org.roundtable.attendance;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.roundtable.participants.AccessNeed;
import org.roundtable.participants.Participant;
import org.roundtable.rounds.Session;

/**
 * A session as the staff who run it see it: who is going (with what they need to take part), who waits in which
 * order, and who has come. {@code pseudonym} is null for someone who has since withdrawn; their attendance stays.
 */
record Roster(Session session, List<Person> going, List<Person> waiting, List<Arrival> arrived,
              Map<String, Integer> needs) {

  record Person(String participantId, String pseudonym, int position, List<String> needs, boolean checkedIn) {}

  record Arrival(String participantId, String pseudonym, Attendee attendee) {}

  /** {@code people} are the participants named by the lines and attendees who are still taking part. */
  static Roster of(Session session, List<RsvpStore.Line> lines, List<Attendee> attendees, List<Participant> people) {
    Map<String, Participant> byId = people.stream().collect(Collectors.toMap(Participant::id, Function.identity()));
    Set<String> checkedIn = attendees.stream().map(Attendee::participantId).collect(Collectors.toSet());
    Function<RsvpStore.Line, Person> person = line -> {
      Participant p = byId.get(line.participantId());
      return new Person(line.participantId(), p == null ? null : p.pseudonym(), line.position(),
          p == null ? List.of() : p.accessNeeds(), checkedIn.contains(line.participantId()));
    };
    List<Person> going = lines.stream().filter(l -> l.status() == RsvpStatus.GOING).map(person).toList();
    List<Person> waiting = lines.stream().filter(l -> l.status() == RsvpStatus.WAITING).map(person).toList();
    Map<String, Integer> needs = new LinkedHashMap<>();
    AccessNeed.WIRE.forEach(need -> needs.put(need, 0));
    going.forEach(p -> p.needs().forEach(need -> needs.merge(need, 1, Integer::sum)));
    List<Arrival> arrived = attendees.stream().map(a -> new Arrival(a.participantId(),
        byId.containsKey(a.participantId()) ? byId.get(a.participantId()).pseudonym() : null, a)).toList();
    return new Roster(session, going, waiting, arrived, needs);
  }

  int placesLeft() {
    return Math.max(0, session.capacity() - going.size());
  }

  JsonObject toJson(String code) {
    return new JsonObject()
        .put("sessionId", session.id())
        .put("capacity", session.capacity())
        .put("going", going.size())
        .put("waiting", waiting.size())
        .put("placesLeft", placesLeft())
        .put("accessNeeds", new JsonObject(new HashMap<>(needs)))
        .put("checkedIn", arrived.size())
        .put("code", SessionCodeStore.display(code))
        .put("checkInOpensAt", CheckInWindow.of(session).opens().toString())
        .put("rsvps", new JsonArray(Stream.concat(going.stream().map(p -> personJson(p, RsvpStatus.GOING)),
            waiting.stream().map(p -> personJson(p, RsvpStatus.WAITING))).toList()))
        .put("attendees", new JsonArray(arrived.stream().map(a -> new JsonObject()
            .put("participantId", a.participantId())
            .put("pseudonym", a.pseudonym())
            .put("checkedInAt", a.attendee().checkedInAt().toString())
            .put("how", a.attendee().how().wire())).toList()));
  }

  private static JsonObject personJson(Person p, RsvpStatus status) {
    JsonObject json = new JsonObject().put("participantId", p.participantId()).put("pseudonym", p.pseudonym())
        .put("status", status.wire()).put("accessNeeds", new JsonArray(p.needs())).put("checkedIn", p.checkedIn());
    return status == RsvpStatus.WAITING ? json.put("position", p.position()) : json;
  }
}
