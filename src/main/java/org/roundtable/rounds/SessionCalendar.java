package org.roundtable.rounds;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.StringJoiner;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Builds the iCalendar (.ics, RFC 5545) file for one session, for import into Google Calendar, Apple Calendar
 * and Outlook. The file is a plain event to import, not a meeting invitation: it has no METHOD, so it needs no
 * ORGANIZER (an organizer would make Outlook treat it as someone else's meeting), and DTSTAMP is the time of
 * the last change, as RFC 5545 asks when METHOD is absent.
 */
public final class SessionCalendar {
  static final String PRODUCT_ID = "-//Roundtable//Sessions//EN";

  // ical4j's registry serves the VTIMEZONE definitions bundled in its jar (no network, see ical4j.properties).
  private static final TimeZoneRegistry TIME_ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

  private SessionCalendar() {}

  /** Whether a file can be written for sessions in {@code zone}: it must be a named zone with a VTIMEZONE. */
  public static boolean supports(ZoneId zone) {
    return TIME_ZONES.getTimeZone(zone.getId()) != null;
  }

  /**
   * The .ics text for {@code session}, lines ending in CRLF and folded at 75 octets; encode it as UTF-8
   * and serve it as {@code text/calendar; charset=utf-8}.
   *
   * @throws IllegalArgumentException if the session zone has no bundled VTIMEZONE (e.g. a bare offset)
   */
  public static String toIcs(SessionEvent session) {
    TimeZone timeZone = TIME_ZONES.getTimeZone(session.zone().getId());
    if (timeZone == null) {
      throw new IllegalArgumentException("No time-zone definition for " + session.zone() + "; use a named zone");
    }
    Calendar calendar = new Calendar()
        .withProdId(PRODUCT_ID)
        .withProperty(ImmutableVersion.VERSION_2_0)
        .withProperty(ImmutableCalScale.GREGORIAN)
        .withComponent(timeZone.getVTimeZone())
        .withComponent(event(session, ZoneId.of(timeZone.getID())))
        .getFluentTarget();
    return IcsLineFolding.fold(calendar.toString());
  }

  // tzid is the registry's canonical id (US/Pacific becomes America/Los_Angeles), so DTSTART's TZID
  // always names the VTIMEZONE in the file.
  private static VEvent event(SessionEvent session, ZoneId tzid) {
    Instant changed = wholeSeconds(session.lastModified());
    VEvent event = new VEvent(false);
    event.add(new Uid(session.uid()));
    event.add(new DtStamp(changed));
    event.add(new LastModified(changed));
    event.add(new Sequence(session.sequence()));
    event.add(new DtStart<>(localTime(session.start(), tzid)));
    event.add(new DtEnd<>(localTime(session.end(), tzid)));
    event.add(new Summary(plainText(session.title())));
    event.add(new Description(plainText(descriptionWithLinks(session))));
    String location = session.place() != null ? session.place()
        : session.onlineLink() != null ? session.onlineLink().toString() : null;
    if (location != null) {
      event.add(new Location(plainText(location)));
    }
    URI url = session.onlineLink() != null ? session.onlineLink() : session.pageUrl();
    if (url != null) {
      event.add(new Url(url));
    }
    return event;
  }

  // iCalendar times carry whole seconds; truncating here keeps DTSTART equal to what the parser reads back.
  private static ZonedDateTime localTime(Instant instant, ZoneId zone) {
    return wholeSeconds(instant).atZone(zone);
  }

  private static Instant wholeSeconds(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS);
  }

  // Google Calendar and Outlook ignore URL on import, so the links are repeated where every client shows them.
  private static String descriptionWithLinks(SessionEvent session) {
    StringJoiner links = new StringJoiner("\n");
    if (session.onlineLink() != null) {
      links.add(session.onlineLink().toString());
    }
    if (session.pageUrl() != null) {
      links.add(session.pageUrl().toString());
    }
    if (links.length() == 0) {
      return session.description();
    }
    return session.description().isBlank() ? links.toString() : session.description() + "\n\n" + links;
  }

  // Form text may carry a lone CR, which ical4j would write raw and so break the line; other control
  // characters are not allowed in iCalendar text at all.
  private static String plainText(String text) {
    return text.replaceAll("\\r\\n?", "\n").replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "");
  }
}
