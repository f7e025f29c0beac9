package org.roundtable.rounds;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import org.roundtable.web.Input;

/**
 * The fields staff give for a session, from the API or the form, validated the same way. Fields that failed
 * validation are null; {@link #afterHoursCheck()} still judges the times when those are sound, so a form shown
 * again for another mistake can already warn about working hours.
 */
public record SessionDraft(Instant startsAt, Instant endsAt, ZoneId timeZone, String place, String onlineUrl,
                           String accessibility, Integer capacity) {
  static final Set<String> FIELDS = Set.of("startsAt", "endsAt", "timeZone", "place", "onlineUrl", "accessibility",
      "capacity");
  static final int LONGEST_HOURS = 12;
  // Far enough either way for any real session, and keeps typing slips like year 20026 out of the database.
  private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

  static SessionDraft parse(Input in) {
    ZoneId zone = zone(in);
    Instant start = time(in, "startsAt", zone);
    Instant end = time(in, "endsAt", zone);
    if (start != null && end != null) {
      if (!end.isAfter(start)) {
        in.reject("endsAt", "sessions.error.endBeforeStart");
        end = null;
      } else if (Duration.between(start, end).toMinutes() > LONGEST_HOURS * 60L) {
        in.reject("endsAt", "sessions.error.tooLong", LONGEST_HOURS);
        end = null;
      }
    }
    Optional<String> place = in.optionalText("place", 300);
    Optional<String> onlineUrl = in.optionalUrl("onlineUrl");
    if (onlineUrl.isPresent() && !onlineUrl.get().startsWith("https:")) {
      in.reject("onlineUrl", "validation.url");
      onlineUrl = Optional.empty();
    }
    // A refused place or link already has its own message; asking for "one of them" too would only confuse.
    if (place.isEmpty() && onlineUrl.isEmpty() && !in.errors().has("place") && !in.errors().has("onlineUrl")) {
      in.reject("place", "sessions.error.placeOrLink");
    }
    return new SessionDraft(start, end, zone, place.orElse(null), onlineUrl.orElse(null),
        in.optionalText("accessibility", 2000).orElse(null), in.integer("capacity", 1, 10_000));
  }

  /** The after-hours judgement, once start, end and zone are all sound. */
  public Optional<AfterHoursCheck> afterHoursCheck() {
    return startsAt == null || endsAt == null || timeZone == null
        ? Optional.empty() : Optional.of(AfterHours.check(startsAt, endsAt, timeZone));
  }

  private static ZoneId zone(Input in) {
    String id = in.text("timeZone", 64);
    if (id == null) {
      return null;
    }
    Optional<ZoneId> zone = SessionZones.parse(id);
    if (zone.isEmpty()) {
      in.reject("timeZone", "sessions.error.timeZone");
    }
    return zone.orElse(null);
  }

  /**
   * A local date and time ("2026-12-08T18:00", as a datetime-local field sends it) read in the session's zone,
   * or a time with an offset ("2026-12-08T18:00-08:00", "2026-12-09T02:00Z"), which is converted.
   */
  private static Instant time(Input in, String field, ZoneId zone) {
    String text = in.text(field, 40);
    if (text == null) {
      return null;
    }
    String iso = text.replace(' ', 'T');
    Instant instant;
    try {
      instant = OffsetDateTime.parse(iso).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      try {
        LocalDateTime local = LocalDateTime.parse(iso);
        if (zone == null) {
          return null; // the time zone's own message says what to fix
        }
        instant = local.atZone(zone).toInstant();
      } catch (DateTimeParseException e) {
        in.reject(field, "sessions.error.dateTime");
        return null;
      }
    }
    if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
      in.reject(field, "sessions.error.year");
      return null;
    }
    return instant;
  }
}
