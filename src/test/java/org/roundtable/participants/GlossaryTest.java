package org.roundtable.participants;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundtable.web.Messages;

class GlossaryTest {
  private final Glossary glossary = new Glossary(Messages.load(Path.of("web/messages")));

  @Test
  void firstUseOfEachTermInAPartLinksToItsMeaning() {
    List<Map<String, Object>> linked = glossary.link(List.of(Map.of("text",
        "Each call gets a Risk Score. A risk score can be wrong: a false alarm.")), "en");
    assertEquals(List.of(
        Map.of("text", "Each call gets a "),
        Map.of("text", "Risk Score", "term", "riskScore"),
        Map.of("text", ". A risk score can be wrong: a "),
        Map.of("text", "false alarm", "term", "falseAlarm"),
        Map.of("text", ".")), linked);
  }

  @Test
  void pluralsAndLineBreaksInsideATermAreFound() {
    List<Map<String, Object>> linked = glossary.link(List.of(Map.of("text", "Fewer missed\ncases.")), "en");
    assertEquals(Map.of("text", "missed\ncases", "term", "missedCase"), linked.get(1));
  }

  @Test
  void termsAreLookedForInTheProposalsOwnLanguage() {
    List<Map<String, Object>> linked = glossary.link(List.of(Map.of("text",
        "El modelo da un puntaje de riesgo.")), "es");
    assertEquals(List.of("model", "riskScore"),
        linked.stream().filter(s -> s.containsKey("term")).map(s -> s.get("term")).toList());
  }

  @Test
  void wordsInsideOtherWordsAndChangedTextAreLeftAlone() {
    List<Map<String, Object>> segments = List.of(
        Map.of("text", "The remodeling is not a modeled thing. "),
        Map.of("text", "a new model", "added", true, "removed", false));
    assertEquals(segments, glossary.link(segments, "en"));
  }
}
