package org.roundtable.summaries;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** A due or publish date as people read it ("March 31, 2026" / "31 de marzo de 2026"), in UTC. */
final class Dates {
  private Dates() {}

  static String day(String iso, String lang) {
    if (iso == null) {
      return null;
    }
    return OffsetDateTime.parse(iso).withOffsetSameInstant(ZoneOffset.UTC)
        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(lang)));
  }
}
