package org.roundtable.participants;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.roundtable.proposals.Readability;
import org.roundtable.proposals.ReadabilityReport;

/** What people agree to must be easy to read: the consent page's English text is at grade 6 or below. */
class ConsentTextTest {

  @Test
  void consentTextReadsAtGradeSixOrBelow() throws IOException {
    Properties en = new Properties();
    try (Reader reader = Files.newBufferedReader(Path.of("web/messages/participants.en.properties"),
        StandardCharsets.UTF_8)) {
      en.load(reader);
    }
    String text = en.stringPropertyNames().stream().filter(key -> key.startsWith("participants.consent."))
        .sorted()
        .map(key -> en.getProperty(key).replace("{0}", "$50.00 per session"))
        .map(line -> line.endsWith(".") || line.endsWith("?") ? line : line + ".")
        .collect(Collectors.joining(" "));
    ReadabilityReport report = Readability.analyze(text, "en");
    assertTrue(report.grade() <= 6.0, "consent text is at grade " + report.grade() + ": " + report.hardestSentences());
  }
}
