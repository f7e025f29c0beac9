package org.roundtable.web;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every string people read, per language. Bundles are {@code web/messages/<feature>.<lang>.properties}
 * (UTF-8), merged per language so each feature keeps its own file.
 */
public final class Messages {
  public static final List<String> LANGUAGES = List.of("en", "es");
  public static final String DEFAULT_LANGUAGE = "en";

  private final Map<String, Map<String, String>> byLanguage;
  private final boolean strict;

  Messages(Map<String, Map<String, String>> byLanguage, boolean strict) {
    this.byLanguage = byLanguage;
    this.strict = strict;
  }

  /** Strict (tests): a missing key is an error, so a page that uses one fails loudly. */
  public static Messages load(Path dir) {
    Map<String, Map<String, String>> all = new HashMap<>();
    for (String lang : LANGUAGES) {
      all.put(lang, new TreeMap<>());
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
        String[] parts = file.getFileName().toString().split("\\.");
        if (parts.length == 3 && all.containsKey(parts[1])) {
          all.get(parts[1]).putAll(read(file));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Messages(all, Boolean.getBoolean("roundtable.strictMessages"));
  }

  public static String supported(String lang) {
    return lang != null && LANGUAGES.contains(lang) ? lang : DEFAULT_LANGUAGE;
  }

  public String text(String lang, String key, Object... args) {
    String pattern = byLanguage.get(supported(lang)).get(key);
    if (pattern == null) {
      if (strict) {
        throw new IllegalStateException("Missing message '" + key + "' for language " + lang);
      }
      return key;
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.forLanguageTag(lang)).format(args);
  }

  public boolean has(String lang, String key) {
    return byLanguage.get(supported(lang)).containsKey(key);
  }

  public Set<String> keys(String lang) {
    return byLanguage.get(supported(lang)).keySet();
  }

  private static Map<String, String> read(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    Map<String, String> map = new HashMap<>();
    properties.forEach((k, v) -> map.put((String) k, (String) v));
    return map;
  }
}
