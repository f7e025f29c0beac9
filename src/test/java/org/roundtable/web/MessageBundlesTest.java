package org.roundtable.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every string exists in English and Spanish, and every key a template names is in the bundles. */
class MessageBundlesTest {
  private static final Pattern TEMPLATE_KEY = Pattern.compile("[({]\\s*t\\s+\"([^\"]+)\"");
  private final Messages messages = Messages.load(Path.of("web", "messages"));

  @Test
  void englishAndSpanishHaveTheSameKeys() {
    Set<String> onlyEnglish = new TreeSet<>(messages.keys("en"));
    onlyEnglish.removeAll(messages.keys("es"));
    Set<String> onlySpanish = new TreeSet<>(messages.keys("es"));
    onlySpanish.removeAll(messages.keys("en"));
    assertEquals(Set.of(), onlyEnglish, "missing in Spanish");
    assertEquals(Set.of(), onlySpanish, "missing in English");
  }

  @Test
  void everyKeyATemplateUsesExists() throws IOException {
    List<String> missing = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("web", "templates"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".hbs")).toList()) {
        Matcher m = TEMPLATE_KEY.matcher(Files.readString(file));
        while (m.find()) {
          if (!messages.has("en", m.group(1))) {
            missing.add(file + ": " + m.group(1));
          }
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void noMessageIsLeftEmpty() {
    for (String lang : Messages.LANGUAGES) {
      for (String key : messages.keys(lang)) {
        assertTrue(!messages.text(lang, key).isBlank(), lang + " " + key);
      }
    }
  }
}
