package org.roundtable.rounds;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import net.fortuna.ical4j.util.Configurator;

import org.junit.jupiter.api.Test;

/** The servers reach no time-zone service, so ical4j must never try to refresh its bundled definitions. */
class TimeZoneDataOfflineTest {

  @Test
  void ical4jPropertiesTurnsTimeZoneUpdatesOff() {
    assertEquals(Optional.of("false"), Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled"));
  }

  @Test
  void loadingAZoneOpensNoConnection() {
    ProxySelector original = ProxySelector.getDefault();
    // Every http(s) connection asks the default proxy selector first; failing there means the test
    // itself never reaches the network, even when the configuration is wrong.
    ProxySelector.setDefault(new ProxySelector() {
      @Override
      public List<Proxy> select(URI uri) {
        throw new AssertionError("tried to reach " + uri);
      }

      @Override
      public void connectFailed(URI uri, SocketAddress address, IOException failure) {
      }
    });
    try {
      // A zone no other test uses, so its definition is not already cached.
      Instant start = Instant.parse("2025-06-10T13:00:00Z");
      SessionEvent inKathmandu = new SessionEvent("offline@roundtable.example", "Offline", "", start,
          start.plusSeconds(3600), ZoneId.of("Asia/Kathmandu"), "Library", null, null, start, 0);

      assertDoesNotThrow(() -> SessionCalendar.toIcs(inKathmandu));
    } finally {
      ProxySelector.setDefault(original);
    }
  }
}
