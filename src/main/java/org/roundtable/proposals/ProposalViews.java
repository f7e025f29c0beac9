package org.roundtable.proposals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns proposals, grades and differences into the plain maps the templates read. */
public final class ProposalViews {

  private ProposalViews() {
  }

  /**
   * The four parts for the form: what is in each field, its error, and the grade it had when last saved
   * ({@code saved} null for a new proposal).
   */
  static List<Map<String, Object>> formParts(Map<String, String> values, Map<String, String> errors,
                                             ProposalReadability saved) {
    List<Map<String, Object>> parts = new ArrayList<>();
    for (Part part : Part.values()) {
      String field = "sections." + part.wire();
      Map<String, Object> view = partHead(part);
      view.put("field", field);
      view.put("value", values.getOrDefault(field, ""));
      view.put("error", errors.get(field));
      if (saved != null) {
        view.put("readability", grade(saved.part(part)));
      }
      parts.add(view);
    }
    return parts;
  }

  /** The four parts of a draft with their grades and the hardest sentences marked in a copy of the text. */
  static List<Map<String, Object>> gradedParts(ProposalText text, ProposalReadability readability) {
    List<Map<String, Object>> parts = new ArrayList<>();
    for (Part part : Part.values()) {
      Map<String, Object> view = partHead(part);
      ReadabilityReport report = readability.part(part);
      view.put("readability", grade(report));
      view.put("marked", marked(text.sections().text(part), report.hardestSentences()));
      parts.add(view);
    }
    return parts;
  }

  /** The four parts of a version, each as its text with what changed since the version before marked. */
  public static List<Map<String, Object>> changedParts(ProposalVersion version, VersionChanges changes) {
    List<Map<String, Object>> parts = new ArrayList<>();
    for (Part part : Part.values()) {
      Map<String, Object> view = partHead(part);
      view.put("readability", grade(version.readability().part(part)));
      if (changes == null) {
        view.put("changed", false);
        view.put("segments", List.of(Map.of("text", version.text().sections().text(part))));
      } else {
        view.put("changed", changes.section(part).changed());
        view.put("segments", segments(changes.section(part)));
      }
      parts.add(view);
    }
    return parts;
  }

  /** "Grade 9.4 — target 8 or lower" with its badge; below zero shows as zero, which reads as "very easy". */
  static Map<String, Object> grade(Double grade) {
    Map<String, Object> view = new HashMap<>();
    view.put("hasGrade", grade != null);
    view.put("grade", grade == null ? 0.0 : Math.max(0.0, grade));
    view.put("meetsTarget", grade != null && grade <= Readability.TARGET_GRADE);
    return view;
  }

  public static List<Map<String, Object>> segments(VersionDiff diff) {
    return diff.segments().stream().map(segment -> Map.<String, Object>of(
        "text", segment.text(),
        "added", segment.kind() == DiffSegment.Kind.ADDED,
        "removed", segment.kind() == DiffSegment.Kind.REMOVED)).toList();
  }

  /** A date and time people can read, in UTC (staff may be anywhere), for the page's language. */
  public static String when(OffsetDateTime at, String lang) {
    Locale locale = Locale.forLanguageTag(lang);
    OffsetDateTime utc = at.withOffsetSameInstant(ZoneOffset.UTC);
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(utc)
        + ", " + DateTimeFormatter.ofPattern("HH:mm").format(utc) + " UTC";
  }

  private static Map<String, Object> partHead(Part part) {
    Map<String, Object> view = new HashMap<>();
    view.put("wire", part.wire());
    view.put("number", part.ordinal() + 1);
    view.put("titleKey", part.titleKey());
    view.put("questionKeys", part.questionKeys());
    return view;
  }

  private static Map<String, Object> grade(ReadabilityReport report) {
    Map<String, Object> view = grade(report.grade());
    List<Map<String, Object>> hardest = new ArrayList<>();
    for (int i = 0; i < report.hardestSentences().size(); i++) {
      hardest.add(Map.of("number", i + 1, "text", report.hardestSentences().get(i).text()));
    }
    view.put("hardest", hardest);
    return view;
  }

  /** The text cut into plain runs and hard sentences, numbered hardest first as in the list beside it. */
  static List<Map<String, Object>> marked(String text, List<SentenceReport> hardest) {
    List<SentenceReport> inOrder = hardest.stream().sorted(Comparator.comparingInt(SentenceReport::start)).toList();
    List<Map<String, Object>> runs = new ArrayList<>();
    int at = 0;
    for (SentenceReport sentence : inOrder) {
      if (sentence.start() < at || sentence.end() > text.length()) {
        continue; // cannot happen for a report of this text; never cut the text wrongly if it does
      }
      if (sentence.start() > at) {
        runs.add(Map.of("text", text.substring(at, sentence.start()), "hard", false));
      }
      runs.add(Map.of("text", text.substring(sentence.start(), sentence.end()), "hard", true,
          "number", hardest.indexOf(sentence) + 1));
      at = sentence.end();
    }
    if (at < text.length()) {
      runs.add(Map.of("text", text.substring(at), "hard", false));
    }
    return runs;
  }
}
