package org.roundtable.participants;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.roundtable.web.Messages;

/**
 * The few words a proposal may use that nobody should have to know already ("risk score", "false alarm"). Where
 * one first appears in a part, it becomes a link to what it means, so the meaning is one tap away from the word.
 * The forms to look for come from the message bundles, in the proposal's own language.
 */
final class Glossary {
  static final List<String> TERMS = List.of("model", "riskScore", "falseAlarm", "missedCase");

  private final Map<String, Pattern> byLanguage = new HashMap<>();

  Glossary(Messages messages) {
    for (String lang : Messages.LANGUAGES) {
      String alternatives = TERMS.stream().map(term -> "(" + forms(messages, lang, term) + ")")
          .collect(Collectors.joining("|"));
      byLanguage.put(lang, Pattern.compile("(?iu)\\b(?:" + alternatives + ")\\b"));
    }
  }

  /**
   * The text segments of one part with the first use of each term cut out as a segment of its own that names the
   * term ({@code term}). Only text that stayed the same is linked: added and removed words are marked already.
   */
  List<Map<String, Object>> link(List<Map<String, Object>> segments, String textLanguage) {
    Pattern pattern = byLanguage.get(Messages.supported(textLanguage));
    Set<String> linked = new HashSet<>();
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> segment : segments) {
      if (Boolean.TRUE.equals(segment.get("added")) || Boolean.TRUE.equals(segment.get("removed"))) {
        out.add(segment);
        continue;
      }
      String text = (String) segment.get("text");
      Matcher matcher = pattern.matcher(text);
      int at = 0;
      while (matcher.find()) {
        String term = TERMS.get(firstGroup(matcher));
        if (linked.add(term)) {
          addPlain(out, text.substring(at, matcher.start()));
          out.add(Map.of("text", matcher.group(), "term", term));
          at = matcher.end();
        }
      }
      addPlain(out, text.substring(at));
    }
    return out;
  }

  private static void addPlain(List<Map<String, Object>> out, String text) {
    if (!text.isEmpty()) {
      out.add(Map.of("text", text));
    }
  }

  private static int firstGroup(Matcher matcher) {
    for (int group = 1; group <= matcher.groupCount(); group++) {
      if (matcher.group(group) != null) {
        return group - 1;
      }
    }
    throw new IllegalStateException("a match always has one term's group");
  }

  /** "risk score|risk scores", longest first so "risk scores" is not cut to "risk score". */
  private static String forms(Messages messages, String lang, String term) {
    return Arrays.stream(messages.text(lang, "participants.glossary." + term + ".forms").split("\\|"))
        .map(String::trim).filter(form -> !form.isEmpty())
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(form -> Pattern.quote(form).replace(" ", "\\E\\s+\\Q"))
        .collect(Collectors.joining("|"));
  }
}
