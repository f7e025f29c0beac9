package org.roundtable.rounds;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A meeting of a round, stored as two instants and the named time zone in which it is held and shown. */
public record Session(String id, String roundId, Instant startsAt, Instant endsAt, ZoneId timeZone, String place,
                      String onlineUrl, String accessibility, int capacity, int revision, Instant updatedAt) {

  public AfterHoursCheck afterHoursCheck() {
    return AfterHours.check(startsAt, endsAt, timeZone);
  }

  public String calendarPath() {
    return "/api/v1/sessions/" + id + "/calendar.ics";
  }

  /** Times as ISO-8601 with the offset the session's zone has on that day, e.g. 2026-12-08T18:00:00-08:00. */
  public JsonObject toJson(String baseUrl) {
    return new JsonObject()
        .put("id", id)
        .put("roundId", roundId)
        .put("startsAt", local(startsAt))
        .put("endsAt", local(endsAt))
        .put("timeZone", timeZone.getId())
        .put("place", place)
        .put("onlineUrl", onlineUrl)
        .put("accessibility", accessibility)
        .put("capacity", capacity)
        .put("afterHours", afterHoursCheck().afterHours())
        .put("calendarUrl", baseUrl + calendarPath());
  }

  private String local(Instant instant) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(timeZone).toOffsetDateTime());
  }
}
