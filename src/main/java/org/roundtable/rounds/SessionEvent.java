package org.roundtable.rounds;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What {@link SessionCalendar} needs to describe one session.
 *
 * @param uid          stable id of the session, so a re-downloaded file updates the same calendar entry
 * @param title        shown as the event title
 * @param description  purpose and accessibility notes
 * @param start        start instant
 * @param end          end instant, after {@code start}
 * @param zone         the session's named zone (e.g. America/Los_Angeles), in which calendars show it
 * @param place        physical place, or null
 * @param onlineLink   link to join online, or null
 * @param pageUrl      where participants find Roundtable, or null
 * @param lastModified when the session was last changed
 * @param sequence     how many times it was changed, so calendar apps replace an older copy
 */
public record SessionEvent(String uid, String title, String description, Instant start, Instant end, ZoneId zone,
                           String place, URI onlineLink, URI pageUrl, Instant lastModified, int sequence) {

  public SessionEvent {
    Objects.requireNonNull(uid, "uid");
    Objects.requireNonNull(title, "title");
    description = Objects.requireNonNullElse(description, "");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(lastModified, "lastModified");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("A session must end after it starts: " + start + " – " + end);
    }
    place = place == null || place.isBlank() ? null : place;
  }
}
