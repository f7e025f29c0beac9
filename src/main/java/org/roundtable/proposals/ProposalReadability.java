package org.roundtable.proposals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How hard each part of a proposal is to read, and the whole. The whole proposal's grade is the average of
 * the parts' grades weighted by their number of words, so a long hard part counts for more than a short one
 * and an empty part counts for nothing. Stored with each draft and version exactly as the API shows it.
 */
public record ProposalReadability(Double grade, int words, Map<Part, ReadabilityReport> byPart) {

  public ProposalReadability {
    byPart = Map.copyOf(byPart);
  }

  /** Takes tens of milliseconds for a long proposal: call it off the event loop. */
  public static ProposalReadability of(ProposalText text) {
    Map<Part, ReadabilityReport> byPart = new EnumMap<>(Part.class);
    for (Part part : Part.values()) {
      byPart.put(part, Readability.analyze(text.sections().text(part), text.language()));
    }
    return new ProposalReadability(weightedGrade(byPart), byPart.values().stream()
        .mapToInt(ReadabilityReport::words).sum(), byPart);
  }

  public ReadabilityReport part(Part part) {
    return byPart.get(part);
  }

  public boolean meetsTarget() {
    return grade != null && grade <= Readability.TARGET_GRADE;
  }

  private static Double weightedGrade(Map<Part, ReadabilityReport> byPart) {
    double weighted = 0;
    int words = 0;
    for (ReadabilityReport report : byPart.values()) {
      if (report.hasGrade()) {
        weighted += report.grade() * report.words();
        words += report.words();
      }
    }
    return words == 0 ? null : Readability.roundToTenth(weighted / words);
  }

  public JsonObject toJson() {
    JsonObject bySection = new JsonObject();
    for (Part part : Part.values()) {
      bySection.put(part.wire(), reportJson(part(part)));
    }
    return new JsonObject()
        .put("grade", grade)
        .put("target", Readability.TARGET_GRADE)
        .put("meetsTarget", meetsTarget())
        .put("words", words)
        .put("weighting", "words")
        .put("bySection", bySection);
  }

  static ProposalReadability fromJson(JsonObject json) {
    Map<Part, ReadabilityReport> byPart = new EnumMap<>(Part.class);
    JsonObject bySection = json.getJsonObject("bySection");
    for (Part part : Part.values()) {
      byPart.put(part, report(bySection.getJsonObject(part.wire())));
    }
    return new ProposalReadability(json.getDouble("grade"), json.getInteger("words"), byPart);
  }

  private static JsonObject reportJson(ReadabilityReport report) {
    return new JsonObject()
        .put("grade", report.grade())
        .put("meetsTarget", report.meetsTarget())
        .put("words", report.words())
        .put("sentences", report.sentences())
        .put("syllables", report.syllables())
        .put("hardestSentences", new JsonArray(report.hardestSentences().stream()
            .map(sentence -> new JsonObject()
                .put("text", sentence.text())
                .put("start", sentence.start())
                .put("end", sentence.end())
                .put("words", sentence.words())
                .put("grade", sentence.grade()))
            .toList()));
  }

  private static ReadabilityReport report(JsonObject json) {
    List<SentenceReport> hardest = json.getJsonArray("hardestSentences").stream()
        .map(JsonObject.class::cast)
        .map(sentence -> new SentenceReport(sentence.getString("text"), sentence.getInteger("start"),
            sentence.getInteger("end"), sentence.getInteger("words"), sentence.getDouble("grade")))
        .toList();
    return new ReadabilityReport(json.getDouble("grade"), json.getInteger("words"), json.getInteger("sentences"),
        json.getInteger("syllables"), hardest);
  }
}
