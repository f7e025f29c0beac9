package org.roundtable.proposals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What changed from one published version to the next, word by word, per part. {@code changed} names what
 * changed: "title", "language" and the parts' wire names.
 */
public record VersionChanges(int sinceVersion, List<String> changed, String languageBefore, VersionDiff title,
                             Map<Part, VersionDiff> sections) {

  public VersionChanges {
    changed = List.copyOf(changed);
    sections = Map.copyOf(sections);
  }

  /** Takes up to a few hundred milliseconds for long, rewritten parts: call it off the event loop. */
  public static VersionChanges between(ProposalVersion before, ProposalVersion after) {
    List<String> changed = new ArrayList<>();
    VersionDiff title = VersionDiff.between(before.text().title(), after.text().title());
    if (title.changed()) {
      changed.add("title");
    }
    if (!before.text().language().equals(after.text().language())) {
      changed.add("language");
    }
    Map<Part, VersionDiff> sections = new EnumMap<>(Part.class);
    for (Part part : Part.values()) {
      VersionDiff diff = VersionDiff.between(before.text().sections().text(part), after.text().sections().text(part));
      sections.put(part, diff);
      if (diff.changed()) {
        changed.add(part.wire());
      }
    }
    return new VersionChanges(before.number(), changed, before.text().language(), title, sections);
  }

  public VersionDiff section(Part part) {
    return sections.get(part);
  }

  public JsonObject toJson() {
    JsonObject bySection = new JsonObject();
    for (Part part : Part.values()) {
      bySection.put(part.wire(), segmentsJson(section(part)));
    }
    return new JsonObject()
        .put("sinceVersion", sinceVersion)
        .put("changed", new JsonArray(changed))
        .put("languageBefore", languageBefore)
        .put("title", segmentsJson(title))
        .put("sections", bySection);
  }

  private static JsonArray segmentsJson(VersionDiff diff) {
    return new JsonArray(diff.segments().stream()
        .map(segment -> new JsonObject().put("kind", segment.kind().wire()).put("text", segment.text()))
        .toList());
  }
}
