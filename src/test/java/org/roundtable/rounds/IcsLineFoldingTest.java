package org.roundtable.rounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class IcsLineFoldingTest {

  private static String unfold(String folded) {
    return folded.replace("\r\n ", "");
  }

  @Test
  void shortLinesAreLeftAlone() {
    String ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n";

    assertEquals(ics, IcsLineFolding.fold(ics));
  }

  @Test
  void lineOfExactly75OctetsIsNotFolded() {
    String line = "X".repeat(75) + "\r\n";

    assertEquals(line, IcsLineFolding.fold(line));
  }

  @Test
  void multiByteCharactersAreCountedInOctetsAndNeverSplit() {
    String line = "DESCRIPTION:" + "ñ—😀".repeat(40) + "\r\n";

    String folded = IcsLineFolding.fold(line);

    assertEquals(line, unfold(folded));
    for (String physical : folded.split("\r\n")) {
      assertTrue(physical.getBytes(StandardCharsets.UTF_8).length <= IcsLineFolding.MAX_OCTETS, physical);
      assertEquals(physical, new String(physical.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8),
          "a character was split");
    }
  }
}
