package org.roundtable.rounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyListAccessor;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;

class SessionCalendarTest {
  private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
  // 18:30–20:00 on Tuesday 10 June 2025 in Auckland; far from both UTC and a typical server zone.
  private static final Instant START = LocalDateTime.parse("2025-06-10T18:30").atZone(AUCKLAND).toInstant();
  private static final Instant END = START.plusSeconds(90 * 60);
  private static final Instant CHANGED = Instant.parse("2025-05-01T09:15:30.123456Z");
  private static final URI ONLINE = URI.create("https://meet.example.org/j/8841?pwd=a,b");
  private static final URI PAGE = URI.create("https://roundtable.example/");
  private static final String TITLE = "Sesión en español — niños, familias; IA en la escuela";
  private static final String DESCRIPTION = "Propósito: hablar de las herramientas de IA que usa la agencia, "
      + "con tiempo para preguntas; todos bienvenidos.\n"
      + "Accesibilidad: intérprete de lengua de señas, subtítulos, acceso sin escalones — niños bienvenidos.";
  private static final String PLACE = "Biblioteca Central, Sala 2; 100 Larkin St, San José";

  private static SessionEvent session(String place, URI onlineLink, URI pageUrl) {
    return new SessionEvent("session-42@roundtable", TITLE, DESCRIPTION, START, END, AUCKLAND, place, onlineLink,
        pageUrl, CHANGED, 3);
  }

  private static SessionEvent fullSession() {
    return session(PLACE, ONLINE, PAGE);
  }

  private static Calendar parse(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  private static VEvent eventIn(String ics) throws Exception {
    return parse(ics).<VEvent>getComponent(Component.VEVENT).orElseThrow();
  }

  private static Optional<String> valueOf(PropertyListAccessor holder, String propertyName) {
    return holder.getProperty(propertyName).map(Property::getValue);
  }

  private static Temporal dateOf(VEvent event, String propertyName) {
    return event.<DateProperty<?>>getProperty(propertyName).orElseThrow().getDate();
  }

  private static String tzidOf(VEvent event, String propertyName) {
    return event.getProperty(propertyName).orElseThrow().getParameter(Parameter.TZID).orElseThrow().getValue();
  }

  @Test
  void startAndEndReadBackAsTheSameInstants() throws Exception {
    VEvent event = eventIn(SessionCalendar.toIcs(fullSession()));

    assertEquals(START, Instant.from(dateOf(event, Property.DTSTART)));
    assertEquals(END, Instant.from(dateOf(event, Property.DTEND)));
  }

  @Test
  void startAndEndAreWrittenInTheSessionsLocalTimeWithItsTzid() throws Exception {
    String ics = SessionCalendar.toIcs(fullSession());
    VEvent event = eventIn(ics);

    assertTrue(ics.contains("DTSTART;TZID=Pacific/Auckland:20250610T183000\r\n"), ics);
    assertTrue(ics.contains("DTEND;TZID=Pacific/Auckland:20250610T200000\r\n"), ics);
    assertEquals("Pacific/Auckland", tzidOf(event, Property.DTSTART));
    assertEquals("Pacific/Auckland", tzidOf(event, Property.DTEND));
  }

  @Test
  void includesTheVtimezoneTheDatesReferTo() throws Exception {
    VTimeZone timeZone = parse(SessionCalendar.toIcs(fullSession()))
        .<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow();

    assertEquals("Pacific/Auckland", valueOf(timeZone, Property.TZID).orElseThrow());
    assertFalse(timeZone.getObservances().isEmpty());
  }

  @Test
  void aliasZoneIsWrittenUnderTheIdOfItsVtimezone() throws Exception {
    SessionEvent inAlias = new SessionEvent("alias@roundtable", TITLE, DESCRIPTION, START, END,
        ZoneId.of("US/Pacific"), PLACE, null, null, CHANGED, 0);
    Calendar calendar = parse(SessionCalendar.toIcs(inAlias));
    VEvent event = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
    VTimeZone timeZone = calendar.<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow();

    assertEquals("America/Los_Angeles", tzidOf(event, Property.DTSTART));
    assertEquals("America/Los_Angeles", valueOf(timeZone, Property.TZID).orElseThrow());
    assertEquals(START, Instant.from(dateOf(event, Property.DTSTART)));
  }

  @Test
  void isAPlainEventToImportNotAnInvitation() throws Exception {
    Calendar calendar = parse(SessionCalendar.toIcs(fullSession()));

    assertEquals(SessionCalendar.PRODUCT_ID, valueOf(calendar, Property.PRODID).orElseThrow());
    assertEquals("2.0", valueOf(calendar, Property.VERSION).orElseThrow());
    assertTrue(valueOf(calendar, Property.METHOD).isEmpty());
    assertTrue(valueOf(eventIn(calendar.toString()), Property.ORGANIZER).isEmpty());
  }

  @Test
  void anEditedSessionCarriesItsUidSequenceAndLastChange() throws Exception {
    VEvent event = eventIn(SessionCalendar.toIcs(fullSession()));
    Instant changedToTheSecond = Instant.parse("2025-05-01T09:15:30Z");

    assertEquals("session-42@roundtable", valueOf(event, Property.UID).orElseThrow());
    assertEquals("3", valueOf(event, Property.SEQUENCE).orElseThrow());
    assertEquals(changedToTheSecond, Instant.from(dateOf(event, Property.LAST_MODIFIED)));
    assertEquals(changedToTheSecond, Instant.from(dateOf(event, Property.DTSTAMP)));
  }

  @Test
  void theSameSessionAlwaysGivesTheSameFile() {
    assertEquals(SessionCalendar.toIcs(fullSession()), SessionCalendar.toIcs(fullSession()));
  }

  @Test
  void textWithCommasSemicolonsLineBreaksAndAccentsRoundTrips() throws Exception {
    VEvent event = eventIn(SessionCalendar.toIcs(session(PLACE, null, null)));

    assertEquals(TITLE, valueOf(event, Property.SUMMARY).orElseThrow());
    assertEquals(PLACE, valueOf(event, Property.LOCATION).orElseThrow());
    assertEquals(DESCRIPTION, valueOf(event, Property.DESCRIPTION).orElseThrow());
  }

  @Test
  void lineBreaksTypedInAFormReadBackAsPlainNewlines() throws Exception {
    SessionEvent fromForm = new SessionEvent("form@roundtable", TITLE, "Línea uno\r\nLínea dos\rTres",
        START, END, AUCKLAND, PLACE, null, null, CHANGED, 0);

    VEvent event = eventIn(SessionCalendar.toIcs(fromForm));

    assertEquals("Línea uno\nLínea dos\nTres", valueOf(event, Property.DESCRIPTION).orElseThrow());
  }

  @Test
  void descriptionEndsWithTheOnlineLinkAndRoundtablePage() throws Exception {
    VEvent event = eventIn(SessionCalendar.toIcs(fullSession()));

    assertEquals(DESCRIPTION + "\n\n" + ONLINE + "\n" + PAGE, valueOf(event, Property.DESCRIPTION).orElseThrow());
  }

  @Test
  void hybridSessionIsLocatedAtThePlaceWithTheOnlineLinkAsUrl() throws Exception {
    VEvent event = eventIn(SessionCalendar.toIcs(fullSession()));

    assertEquals(PLACE, valueOf(event, Property.LOCATION).orElseThrow());
    assertEquals(ONLINE.toString(), valueOf(event, Property.URL).orElseThrow());
  }

  @Test
  void onlineOnlySessionIsLocatedAtItsLink() throws Exception {
    VEvent event = eventIn(SessionCalendar.toIcs(session(null, ONLINE, PAGE)));

    assertEquals(ONLINE.toString(), valueOf(event, Property.LOCATION).orElseThrow());
    assertEquals(ONLINE.toString(), valueOf(event, Property.URL).orElseThrow());
  }

  @Test
  void inPersonSessionLinksToRoundtable() throws Exception {
    VEvent event = eventIn(SessionCalendar.toIcs(session(PLACE, null, PAGE)));

    assertEquals(PAGE.toString(), valueOf(event, Property.URL).orElseThrow());
  }

  @Test
  void sessionWithoutPlaceOrLinksHasNoLocationOrUrl() throws Exception {
    VEvent event = eventIn(SessionCalendar.toIcs(session(null, null, null)));

    assertTrue(valueOf(event, Property.LOCATION).isEmpty());
    assertTrue(valueOf(event, Property.URL).isEmpty());
  }

  @Test
  void everyLineEndsWithCrlf() {
    String ics = SessionCalendar.toIcs(fullSession());

    assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
    assertEquals(ics.split("\n", -1).length, ics.split("\r\n", -1).length, "a bare LF or CR slipped in");
    assertEquals(ics.split("\r", -1).length, ics.split("\r\n", -1).length, "a bare LF or CR slipped in");
  }

  @Test
  void longLinesAreFoldedToAtMost75Octets() {
    String ics = SessionCalendar.toIcs(fullSession());

    assertTrue(ics.contains("\r\n "), "the long description should have been folded");
    for (String line : ics.split("\r\n")) {
      assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, () -> "too long: " + line);
    }
  }

  @Test
  void writtenCalendarPassesIcal4jValidation() throws Exception {
    for (SessionEvent session : new SessionEvent[] {fullSession(), session(null, ONLINE, null), session(null, null, null)}) {
      Calendar calendar = parse(SessionCalendar.toIcs(session));

      assertFalse(calendar.validate().hasErrors(), () -> calendar.validate().toString());
    }
  }

  @Test
  void onlyNamedZonesWithADefinitionAreSupported() {
    SessionEvent atOffset = new SessionEvent("offset@roundtable", TITLE, DESCRIPTION, START, END,
        ZoneOffset.ofHours(12), PLACE, null, null, CHANGED, 0);

    assertTrue(SessionCalendar.supports(AUCKLAND));
    assertFalse(SessionCalendar.supports(ZoneOffset.ofHours(12)));
    assertThrows(IllegalArgumentException.class, () -> SessionCalendar.toIcs(atOffset));
  }
}
