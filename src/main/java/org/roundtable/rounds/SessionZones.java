package org.roundtable.rounds;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Pattern;

/** The named time zones a session may be held in, and the choice of them the session form offers. */
final class SessionZones {
  /** The United States first, in plain words; every other named zone follows by its id. */
  static final List<String> COMMON = List.of("America/New_York", "America/Chicago", "America/Denver",
      "America/Phoenix", "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "America/Puerto_Rico");
  private static final Pattern GEOGRAPHIC =
      Pattern.compile("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+");
  // The JDK's own tz database ids: ZoneId's list would also hold the ids ical4j registers for itself.
  private static final Set<String> TZDB = Set.of(TimeZone.getAvailableIDs());
  private static final List<String> OTHERS = Arrays.stream(TimeZone.getAvailableIDs())
      .filter(id -> GEOGRAPHIC.matcher(id).matches() && !COMMON.contains(id))
      .sorted()
      .toList();

  private SessionZones() {}

  /** A region id such as America/Chicago that calendar files can describe; offsets and unknown names are not. */
  static Optional<ZoneId> parse(String id) {
    if (!TZDB.contains(id)) {
      return Optional.empty();
    }
    try {
      ZoneId zone = ZoneId.of(id);
      return zone instanceof ZoneOffset || !SessionCalendar.supports(zone) ? Optional.empty() : Optional.of(zone);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** "Pacific Time — Los Angeles" in English, "hora del Pacífico — Los Angeles" in Spanish. */
  static String label(ZoneId zone, String lang) {
    String id = zone.getId();
    String city = id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
    return zone.getDisplayName(TextStyle.FULL, Locale.forLanguageTag(lang)) + " — " + city;
  }

  /**
   * Options for the form's select, in two groups, with {@code chosen} selected. A zone in neither group (set
   * through the API, e.g. US/Pacific) is offered first so that saving the form keeps it.
   */
  static Map<String, List<Map<String, Object>>> options(String chosen, String lang) {
    List<Map<String, Object>> common = new ArrayList<>();
    if (chosen != null && !chosen.isEmpty() && !COMMON.contains(chosen) && !OTHERS.contains(chosen)) {
      common.add(option(chosen, chosen, true));
    }
    for (String id : COMMON) {
      common.add(option(id, label(ZoneId.of(id), lang), id.equals(chosen)));
    }
    List<Map<String, Object>> others = OTHERS.stream()
        .map(id -> option(id, id.replace('_', ' '), id.equals(chosen)))
        .toList();
    return Map.of("common", common, "others", others);
  }

  private static Map<String, Object> option(String value, String label, boolean selected) {
    return Map.of("value", value, "label", label, "selected", selected);
  }
}
