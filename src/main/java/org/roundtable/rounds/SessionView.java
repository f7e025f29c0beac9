package org.roundtable.rounds;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.roundtable.web.Messages;

/**
 * A session as staff pages show it: times in the session's own zone, in the reader's language, and the
 * working-hours warning spelled out. {@code overlap} is null for a session after hours.
 */
public record SessionView(Session session, String when, String zoneName, String overlap) {

  public static SessionView of(Session session, String lang, Messages messages) {
    ZonedDateTime start = session.startsAt().atZone(session.timeZone());
    ZonedDateTime end = session.endsAt().atZone(session.timeZone());
    Locale locale = Locale.forLanguageTag(lang);
    String endText = end.toLocalDate().equals(start.toLocalDate())
        ? time(end.toLocalTime(), locale) : date(end.toLocalDate(), locale) + ", " + time(end.toLocalTime(), locale);
    String when = messages.text(lang, "sessions.when", date(start.toLocalDate(), locale),
        time(start.toLocalTime(), locale), endText);
    return new SessionView(session, when, SessionZones.label(session.timeZone(), lang),
        overlapSentence(session.afterHoursCheck(), lang, messages));
  }

  public boolean afterHours() {
    return overlap == null;
  }

  /** "It runs into working hours on Tuesday, June 10, 2025, from 4:59 PM to 5:00 PM.", or null after hours. */
  static String overlapSentence(AfterHoursCheck check, String lang, Messages messages) {
    Locale locale = Locale.forLanguageTag(lang);
    return check.firstOverlap().map(o -> messages.text(lang, "sessions.warning.overlap",
        date(o.date(), locale), time(o.from(), locale), time(o.until(), locale))).orElse(null);
  }

  private static String date(LocalDate date, Locale locale) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(date);
  }

  private static String time(LocalTime time, Locale locale) {
    return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(time);
  }
}
